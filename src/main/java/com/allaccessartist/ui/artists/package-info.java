/**
 * Artists: the toolbar's artist switcher (type-ahead over the artists the person may see; the
 * choice is the session's {@link com.allaccessartist.ui.common.ArtistSelection}), the Artists
 * section's list (search as you type, filters, server-side sort, rows loaded page by page as they
 * scroll into view so 10,000+ artists stay instant, CSV export of the current view), and the
 * artist editor (every column of {@code artists}: slug from the name checked live, subgenres as
 * tags, formed date, images from disk, each link checked against its platform's URL shape, the
 * organization chooser, flags; controls the person may not use are disabled with the reason).
 */
package com.allaccessartist.ui.artists;
