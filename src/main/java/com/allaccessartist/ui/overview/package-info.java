/**
 * The Overview section: the person's organizations and the size of the catalogue they can see,
 * reloaded on Refresh and whenever the session's catalogue changes; an empty catalogue points
 * at the demo catalogue.
 */
package com.allaccessartist.ui.overview;
