package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.LogLocation;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The one place that builds the application's objects: the long-lived ones (connection
 * service, task executor, dialogs, preferences) once, and per sign-in the gateway into the
 * active catalogue and the signed-in session's services. Plain constructor injection; no
 * framework.
 */
public final class AppContext {

    static final int WORKER_THREADS = 3;
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    private final AppEnvironment environment;
    private final ConnectionService connections;
    private final DialogService dialogs;
    private final FxTaskExecutor executor;

    public AppContext(AppEnvironment environment, DialogService dialogs) {
        this.environment = environment;
        this.connections = new ConnectionService(environment.profiles(), new DatabaseConnector());
        this.dialogs = dialogs;
        this.executor = new FxTaskExecutor(WORKER_THREADS, dialogs::showError);
    }

    public AppEnvironment environment() {
        return environment;
    }

    public ConnectionService connections() {
        return connections;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public FxTaskExecutor executor() {
        return executor;
    }

    /** The way into the active profile's catalogue, for the sign-in screens. */
    CatalogueGateway gatewayToActive() {
        return new CatalogueGateway(connections, connections.active(), environment.hasher(), environment.clock());
    }

    /** The services of a signed-in person on an open catalogue. */
    Session session(Database database, CurrentUser user, ConnectionProfile profile) {
        return new Session(database, user, profile, environment.clock(), environment.hasher());
    }

    /** What Help → About shows. */
    DialogService.AboutInfo aboutInfo(Runnable openLogFolder) {
        String version = App.class.getPackage().getImplementationVersion();
        return new DialogService.AboutInfo(version == null ? com.allaccessartist.domain.Messages.get("about.development") : version,
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("javafx.runtime.version", "?"),
                environment.dataFolder(), LogLocation.file(), openLogFolder);
    }

    /** Where file choosers start for exports: the person's home folder. */
    Path exportFolder() {
        return Path.of(System.getProperty("user.home", "."));
    }

    /** Stops background work cooperatively (never interrupting H2) and saves preferences. */
    void shutdown() {
        executor.shutdown(SHUTDOWN_WAIT);
        environment.preferences().flush();
    }
}
