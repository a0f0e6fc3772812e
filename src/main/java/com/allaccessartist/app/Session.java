package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.auth.PermissionService;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.demo.DemoCatalogueService;
import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import com.allaccessartist.service.privacy.PrivacyService;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.ArtistSelection;
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
    private final AccessService access;
    private final OrganizationService organizations;
    private final ArtistService artists;
    private final ReleaseService releases;
    private final MediaService media;
    private final PeopleService people;
    private final PeopleRights peopleRights;
    private final PersonAccountService personAccounts;
    private final WorkService works;
    private final SplitSheetService splitSheets;
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection artistSelection = new ArtistSelection();

    Session(Database database, CurrentUser user, ConnectionProfile profile, Clock clock, PasswordHasher hasher) {
        this.database = database;
        this.user = user;
        this.profile = profile;
        this.overview = new CatalogOverviewService(database, user, clock);
        this.permissions = new PermissionService(database, user, clock);
        this.privacy = new PrivacyService(database, user);
        this.demo = new DemoCatalogueService(database, clock);
        this.access = new AccessService(database, user, clock);
        this.organizations = new OrganizationService(database, user, clock);
        this.artists = new ArtistService(database, user, clock);
        this.releases = new ReleaseService(database, user, clock);
        this.media = new MediaService(database, user);
        this.people = new PeopleService(database, user, clock);
        this.peopleRights = new PeopleRights(database, user, clock);
        this.personAccounts = new PersonAccountService(database, user, hasher, clock);
        this.works = new WorkService(database, user, clock);
        this.splitSheets = new SplitSheetService(database, user, clock);
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

    AccessService access() {
        return access;
    }

    OrganizationService organizations() {
        return organizations;
    }

    ArtistService artists() {
        return artists;
    }

    ReleaseService releases() {
        return releases;
    }

    MediaService media() {
        return media;
    }

    PeopleService people() {
        return people;
    }

    PeopleRights peopleRights() {
        return peopleRights;
    }

    PersonAccountService personAccounts() {
        return personAccounts;
    }

    WorkService works() {
        return works;
    }

    SplitSheetService splitSheets() {
        return splitSheets;
    }

    /** The artist being worked on in this session (toolbar switcher, Releases, Works and People screens). */
    ArtistSelection artistSelection() {
        return artistSelection;
    }

    @Override
    public void close() {
        database.close();
    }
}
