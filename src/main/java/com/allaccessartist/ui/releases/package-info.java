/**
 * The Releases section: the releases of the artist chosen in the toolbar
 * ({@link com.allaccessartist.ui.releases.ReleasesViewModel}) and the release editor
 * ({@link com.allaccessartist.ui.releases.ReleaseEditorViewModel}) that replaces the list while
 * a release is open.
 *
 * <p>The editor edits one {@link com.allaccessartist.ui.releases.ReleaseContent}: the release's
 * fields ({@link com.allaccessartist.ui.releases.ReleaseForm}), its track listing
 * ({@link com.allaccessartist.ui.releases.TrackListing} of
 * {@link com.allaccessartist.ui.releases.TrackRow}s, ordered by
 * {@link com.allaccessartist.ui.releases.TrackOrder}), its links
 * ({@link com.allaccessartist.ui.releases.LinkTable}) and cover images. Every value is text
 * checked by the domain's own rule as it is typed; uniqueness (slug, UPC, catalogue number, ISRC) is
 * asked of the service live; the readiness checklist
 * ({@link com.allaccessartist.ui.releases.ReadinessChecklist}) runs
 * {@link com.allaccessartist.domain.catalog.ReleaseReadiness} on the current values. Saving the
 * release and its listing is one service call; a refusal naming a field
 * ({@link com.allaccessartist.service.catalog.InvalidFieldException}) is shown at that field or
 * track cell and nothing typed is lost.
 *
 * <p>Views: {@code ReleasesView}, {@code ReleaseEditorView} and its tabs
 * ({@code TrackListingView}, {@code ReleaseDetailsView}, {@code ReleaseDistributionView}), with
 * the View-side helpers {@code TrackTable}/{@code TrackCell} (tree table with inline editing,
 * drag-and-drop and Alt+Up/Alt+Down), {@code LinksTable},
 * {@code StatusPanel}, {@code TrackDetailsPane} and {@code ReleaseListControls}.
 */
package com.allaccessartist.ui.releases;
