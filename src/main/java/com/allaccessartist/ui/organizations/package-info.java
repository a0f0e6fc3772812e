/**
 * The Organizations section: the list of the person's organizations (with inactive ones on
 * request), and the editor of one organization (every column of {@code organizations}, the logo
 * picked from disk, the structured address with a searchable country, the members read-only).
 * Saving checks every field here and again in the service; a stale save offers to reload.
 */
package com.allaccessartist.ui.organizations;
