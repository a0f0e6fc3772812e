package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A local H2 catalogue for screen tests: the first account (Grace Hopper, owner of the label
 * Hopper Records) and the real services of her session.
 */
public final class TestCatalogue implements AutoCloseable {

    public static final int TIMEOUT_SECONDS = 60;

    private final Database database;
    private final CurrentUser user;
    private final Clock clock = Clock.systemUTC();

    private TestCatalogue(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    public static TestCatalogue create(Path folder) {
        Database database = new DatabaseConnector().open(new ConnectionProfile.LocalFile("test",
                folder.resolve("catalogue.mv.db")), null);
        CurrentUser user = new LocalAccountService(database, new PasswordHasher(4), Clock.systemUTC())
                .createFirstAccount(new LocalAccountService.NewAccount("grace@hopper.example", "Grace Hopper",
                        "compiler pioneer".toCharArray(), "compiler pioneer".toCharArray(), "Hopper Records",
                        OrganizationType.LABEL));
        return new TestCatalogue(database, user);
    }

    public CurrentUser user() {
        return user;
    }

    public Clock clock() {
        return clock;
    }

    public OrganizationService organizations() {
        return new OrganizationService(database, user, clock);
    }

    public ArtistService artists() {
        return new ArtistService(database, user, clock);
    }

    public AccessService access() {
        return new AccessService(database, user, clock);
    }

    public MediaService media() {
        return new MediaService(database, user);
    }

    @Override
    public void close() {
        database.close();
    }

    /** Waits until {@code condition} holds (read on the FX thread). */
    public static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until the node {@code query} finds is shown. */
    public static void waitUntilShowing(FxRobot robot, String query) throws TimeoutException {
        waitFor(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            return node != null && node.isVisible() && node.getScene() != null && isShownUpTo(node);
        });
    }

    private static boolean isShownUpTo(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
