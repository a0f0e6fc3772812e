/**
 * Catalogue use cases: organizations, artists, releases with their track listings, stored images,
 * and the Overview's figures, each limited to what the signed-in person may see and do (the rules
 * of the PostgreSQL policies, checked here on both vendors).
 */
package com.allaccessartist.service.catalog;
