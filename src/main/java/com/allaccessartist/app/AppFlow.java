package com.allaccessartist.app;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.WindowBounds;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.signin.SignInViewModel;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the person is in the application, on the one main window: sign-in (or first run) for
 * the active connection, then the main window of the signed-in session; sign-out and a switch
 * of connection go back to sign-in. Owns the open database (through the gateway, then the
 * session) and closes it on the way out.
 */
public final class AppFlow implements Views.Navigation {

    private static final Logger LOG = LoggerFactory.getLogger(AppFlow.class);

    private final Stage stage;
    private final AppContext context;
    private final Views views;
    private CatalogueGateway gateway;
    private Session session;
    private Stage connectionsWindow;

    public AppFlow(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        this.views = new Views(context);
    }

    /** Shows the window and the sign-in of the active connection. */
    public void start() {
        Themes.follow(context.environment().preferences().themeProperty());
        stage.getIcons().setAll(Windows.icons());
        stage.setMinWidth(880);
        stage.setMinHeight(600);
        stage.setScene(Windows.scene(new StackPane()));
        WindowBounds.restoreAndTrack(stage, context.environment().preferences());
        stage.setOnCloseRequest(event -> quit());
        showSignIn();
        stage.show();
    }

    private void showSignIn() {
        gateway = context.gatewayToActive();
        CatalogueGateway current = gateway;
        show(views.signIn(current, new SignInViewModel.Navigation() {
            @Override
            public void firstRun() {
                show(views.firstRun(current, user -> enterSession(current, user)), Messages.get("firstRun.windowTitle"));
            }

            @Override
            public void signedIn(CurrentUser user) {
                enterSession(current, user);
            }

            @Override
            public void manageConnections() {
                AppFlow.this.manageConnections(Runnable::run);
            }
        }), Messages.get("app.name"));
    }

    private void enterSession(CatalogueGateway from, CurrentUser user) {
        session = context.session(from.takeDatabase(), user, from.profile());
        gateway = null;
        LOG.info("Signed in as {} on {}", user.id(), from.profile().name());
        show(views.main(session, this), Messages.format("main.windowTitle", Messages.get("app.name"), from.profile().name()));
    }

    /**
     * Shows a screen in a scene of its own: the previous screen's accelerators and mnemonics go
     * with its scene (a root swapped inside one scene can leave them registered).
     */
    private void show(Parent root, String title) {
        stage.setScene(Windows.scene(root));
        stage.setTitle(title);
    }

    @Override
    public void manageConnections(Consumer<Runnable> leaveSession) {
        if (connectionsWindow != null && connectionsWindow.isShowing()) {
            connectionsWindow.toFront();
            return;
        }
        connectionsWindow = Windows.modal(stage, Messages.get("connection.windowTitle"),
                views.connections(profile -> use(profile, leaveSession)));
        connectionsWindow.show();
    }

    /**
     * "Use this connection": the profile is now the active one; the session ends (after its
     * editors were left) and the sign-in of that profile follows.
     */
    private void use(ConnectionProfile profile, Consumer<Runnable> leaveSession) {
        if (connectionsWindow != null) {
            connectionsWindow.close();
        }
        leaveSession.accept(() -> {
            LOG.info("Switching to connection {}", profile.name());
            closeCatalogueThen(this::showSignIn);
        });
    }

    @Override
    public void signOut() {
        closeCatalogueThen(this::showSignIn);
    }

    @Override
    public void quit() {
        Platform.exit();
    }

    /** Closes the open catalogue in the background (H2 may compact its file), then continues. */
    private void closeCatalogueThen(Runnable next) {
        AutoCloseable open = session != null ? session : gateway;
        session = null;
        gateway = null;
        stage.setScene(Windows.scene(new StackPane()));
        if (open == null) {
            next.run();
            return;
        }
        context.executor().submit(BackgroundTask.running(work -> open.close())
                .onFailure(failure -> {
                    LOG.warn("Closing the catalogue failed", failure);
                    next.run();
                })
                .onSuccess(done -> next.run()));
    }

    /** On exit: stops background work, closes the catalogue, saves preferences. */
    public void shutdown() {
        context.shutdown();
        try {
            if (session != null) {
                session.close();
            } else if (gateway != null) {
                gateway.close();
            }
        } finally {
            session = null;
            gateway = null;
        }
    }
}
