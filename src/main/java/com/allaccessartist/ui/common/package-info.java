/**
 * What every screen shares.
 *
 * <p>Background work: {@link com.allaccessartist.ui.common.TaskExecutor} is the one way to run
 * work off the FX thread; {@link com.allaccessartist.ui.common.FxTaskExecutor} (a small pool of
 * daemon threads, the only threads the application creates) delivers outcomes and coalesced
 * progress on the FX thread. Cancelling is cooperative through the service layer's
 * {@code CancellationToken}; no thread is interrupted, because H2 can corrupt its file when
 * interrupted during I/O. Tests run tasks inline.
 *
 * <p>Dialogs go through {@link com.allaccessartist.ui.common.DialogService} (mocked in ViewModel
 * tests). Validation: {@link com.allaccessartist.ui.common.FieldCheck} runs the domain's own
 * rule for a field and exposes validity and the message to show;
 * {@link com.allaccessartist.ui.common.FieldDecoration} marks the field (AtlantaFX danger state)
 * and shows the reason under it. {@link com.allaccessartist.ui.common.UiAction} is the base of
 * menu commands whose enabled state is bound to application state. Preferences
 * ({@link com.allaccessartist.ui.common.AppPreferences}) are JavaFX properties with defaults,
 * kept in java.util.prefs; {@link com.allaccessartist.ui.common.Themes} applies AtlantaFX
 * Primer light or dark. Classes without {@code javafx.scene} imports here may be used by
 * ViewModels; the others (loader, decoration, windows, dialogs) only by Views and the app.
 */
package com.allaccessartist.ui.common;
