package com.allaccessartist.app;

import com.allaccessartist.ui.common.FxDialogService;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop application. {@link #launchGui(String[])} is what the Launcher calls when it is
 * given no command-line subcommand.
 */
public final class App extends Application {

    private AppFlow flow;

    public static void launchGui(String[] args) {
        // images are decoded for thumbnails with ImageIO; AWT must never open a toolkit of its own
        System.setProperty("java.awt.headless", "true");
        Application.launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(FxDialogService.focusedWindowOr(() -> stage));
        UncaughtErrorHandler handler = new UncaughtErrorHandler(dialogs);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);

        AppContext context = new AppContext(AppEnvironment.forCurrentUser(getHostServices()), dialogs);
        flow = new AppFlow(stage, context);
        flow.start();
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.shutdown();
        }
    }
}
