/**
 * What the catalogue editors share (organizations, artists, releases): the unsaved-changes flow and its
 * session-wide guard ({@link com.allaccessartist.ui.editing.UnsavedEditors},
 * {@link com.allaccessartist.ui.editing.CloseGuard}), dirty tracking against the loaded values
 * ({@link com.allaccessartist.ui.editing.DirtyTracker}), stale-save handling
 * ({@link com.allaccessartist.ui.editing.SaveFailures}), images picked from disk with a thumbnail
 * loaded off the FX thread ({@link com.allaccessartist.ui.editing.ImageField}), debounced input
 * ({@link com.allaccessartist.ui.editing.Debouncer}), lists of names edited as tags
 * ({@link com.allaccessartist.ui.editing.TagList}, shown by {@code TagField}), and on the View side the section keyboard
 * shortcuts, thumbnails and field decoration helpers.
 *
 * <p>Classes without {@code javafx.scene}/{@code javafx.stage} imports here are for ViewModels;
 * {@code CloseGuard}, {@code Shortcuts}, {@code Thumbnail}, {@code FormFields},
 * {@code TagField} and {@code FxDebouncer} are for Views and the wiring.
 */
package com.allaccessartist.ui.editing;
