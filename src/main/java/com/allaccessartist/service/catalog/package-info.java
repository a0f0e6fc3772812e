/** Catalogue use cases; for now the Overview's figures, limited to what the person may see. */
package com.allaccessartist.service.catalog;
