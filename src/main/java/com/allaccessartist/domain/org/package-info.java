/** Organizations (labels, management, publishers, distributors, studios) and people's roles in them. */
package com.allaccessartist.domain.org;
