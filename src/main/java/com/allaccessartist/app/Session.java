package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PermissionService;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import com.allaccessartist.service.demo.DemoCatalogueService;
import com.allaccessartist.service.privacy.PrivacyService;
import com.allaccessartist.ui.common.CatalogueChanges;
import java.time.Clock;

/**
 * One signed-in person on one open catalogue, with the services of that session. Closing it
 * closes the database.
 */
final class Session implements AutoCloseable {

    private final Database database;
    private final CurrentUser user;
    private final ConnectionProfile profile;
    private final CatalogOverviewService overview;
    private final PermissionService permissions;
    private final PrivacyService privacy;
    private final DemoCatalogueService demo;
    private final CatalogueChanges changes = new CatalogueChanges();

    Session(Database database, CurrentUser user, ConnectionProfile profile, Clock clock) {
        this.database = database;
        this.user = user;
        this.profile = profile;
        this.overview = new CatalogOverviewService(database, user, clock);
        this.permissions = new PermissionService(database, user, clock);
        this.privacy = new PrivacyService(database, user);
        this.demo = new DemoCatalogueService(database, clock);
    }

    CurrentUser user() {
        return user;
    }

    ConnectionProfile profile() {
        return profile;
    }

    boolean remote() {
        return profile instanceof ConnectionProfile.Remote;
    }

    CatalogOverviewService overview() {
        return overview;
    }

    PermissionService permissions() {
        return permissions;
    }

    PrivacyService privacy() {
        return privacy;
    }

    DemoCatalogueService demo() {
        return demo;
    }

    CatalogueChanges changes() {
        return changes;
    }

    @Override
    public void close() {
        database.close();
    }
}
