/**
 * Works (compositions) and split sheets: who is paid, and in which shares, for a recording
 * (its master sheet) and for the work it is of (its publishing sheet).
 *
 * <p>{@link com.allaccessartist.service.splits.WorkService} lists, creates and edits an artist's
 * works (title, ISWC unique across the catalogue) and links recordings to them.
 * {@link com.allaccessartist.service.splits.SplitSheetService} reads a sheet with its history,
 * saves every change as a new immutable version, records the parties' agreement, and exports a
 * sheet as CSV or as a signable PDF.
 *
 * <p>Rights, checked here first on both vendors (on PostgreSQL Row Level Security applies the same
 * rules again): works are listed by whoever sees the artist and written with manage_songs; a split
 * sheet is read with manage_finances on its artist or by a party named (by user id) on any of its
 * versions, and saved and agreed with manage_finances only.
 */
package com.allaccessartist.service.splits;
