package com.allaccessartist.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.common.FxDialogService;
import com.allaccessartist.ui.common.FxTaskExecutor;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.Themes;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection manager on its own: Test connection explains why a PostgreSQL server cannot be used. */
@ExtendWith(ApplicationExtension.class)
class ConnectionsViewTest {

    @TempDir
    static Path temp;

    private final Preferences node = Preferences.userRoot().node("aaa-test/connections-view-" + UUID.randomUUID());
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) {
        Themes.apply(Theme.LIGHT);
        executor = new FxTaskExecutor(1, failure -> { throw new AssertionError("unhandled task failure", failure); });
        ConnectionService service = new ConnectionService(new ConnectionProfileStore(node, temp.resolve("catalogue.mv.db")),
                new DatabaseConnector());
        ConnectionsViewModel viewModel = new ConnectionsViewModel(service, executor, new FxDialogService(() -> stage), temp,
                profile -> { });
        stage.setScene(Windows.scene(ViewLoader.load(new ConnectionsView(viewModel))));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdown(Duration.ofSeconds(30));
        node.removeNode();
        FxToolkit.cleanupStages();
    }

    @Test
    void testConnectionSaysAServerThatRefusesConnectionsCannotBeReached(FxRobot robot) throws Exception {
        int unusedPort = unusedPort();
        robot.clickOn("#newRemote");
        robot.clickOn("#profileHost").write("127.0.0.1");
        TextField port = robot.lookup("#profilePort").queryAs(TextField.class);
        robot.interact(port::clear);
        robot.clickOn(port).write(Integer.toString(unusedPort));
        robot.clickOn("#profileDatabase").write("catalogue");
        robot.clickOn("#profileRole").write("ada");
        robot.clickOn("#testSecret").write("a password");

        robot.clickOn("#testConnection");

        Message result = robot.lookup("#testResult").queryAs(Message.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> result.getDescription() != null && !result.getDescription().equals(Messages.get("connection.testing"))
                        && !result.getDescription().isEmpty());
        assertThat(result.getDescription()).contains("cannot be reached").contains("127.0.0.1:" + unusedPort);
        assertThat(result.getStyleClass()).contains("danger");
    }

    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
