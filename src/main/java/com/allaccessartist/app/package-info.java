/**
 * The desktop application: {@link com.allaccessartist.app.App} (the JavaFX Application, started
 * by the Launcher through {@code App.launchGui}) and the wiring.
 *
 * <p>Design: {@link com.allaccessartist.app.AppContext} is the one place that builds objects
 * (plain constructor injection, no framework): the connection service, the single task
 * executor, dialogs and preferences once, then per sign-in a gateway into the active catalogue
 * and, once signed in, a {@code Session} with that person's services. {@code Views} is the
 * controller factory: it builds each screen's ViewModel and hands it to the View before its
 * FXML is loaded. {@link com.allaccessartist.app.AppFlow} navigates the one main window
 * (sign-in or first run, then the main window; sign-out and switching connection go back) and
 * owns the open database, closing it in the background so H2 may finish its file cleanly.
 * An uncaught-exception handler installed first in {@code start()} logs the trace and shows a
 * plain sentence. {@link com.allaccessartist.app.AppEnvironment} collects what comes from the
 * computer (profile store, preferences node, data folder, clock, hasher cost), so tests run the
 * whole application on temporary folders.
 */
package com.allaccessartist.app;
