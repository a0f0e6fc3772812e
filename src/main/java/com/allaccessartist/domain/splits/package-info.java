/**
 * Split sheets: who is paid, and in which shares, for a recording and for the composition it is
 * of. The industry keeps two pies apart:
 * <ul>
 *   <li>the <b>master</b> sheet of a recording ({@link com.allaccessartist.domain.catalog.Song}):
 *       artists, featured artists, producers and the label share what the recording earns
 *       (streams, downloads, neighbouring rights);</li>
 *   <li>the <b>publishing</b> sheet of a work ({@link com.allaccessartist.domain.catalog.Work},
 *       the composition with its ISWC): writers, composers, lyricists, arrangers and publishers
 *       share what the composition earns (performance and mechanical royalties).</li>
 * </ul>
 * {@link com.allaccessartist.domain.splits.SplitRole} says which pie each role belongs to.
 *
 * <p>A song or work has at most one {@link com.allaccessartist.domain.splits.SplitSheet}, which
 * goes with it when it is deleted. A sheet's content is never edited: every change is a new
 * {@link com.allaccessartist.domain.splits.SplitSheetVersion} (numbered 1, 2, ...) with its own
 * {@link com.allaccessartist.domain.splits.SplitLine}s, one per party, and the sheet points at its
 * current version and says whether it is {@linkplain com.allaccessartist.domain.splits.SheetStatus
 * agreed}. Earlier versions stay as the history of who was to be paid what, and when.
 *
 * <p>On PostgreSQL, Row Level Security lets people with {@code can_manage_finances} on the
 * sheet's artist read and add to a sheet, and lets every party named on any version of it read
 * it; nobody but the administrator changes or deletes versions or lines.
 */
package com.allaccessartist.domain.splits;
