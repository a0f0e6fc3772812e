package com.allaccessartist.service.demo;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One demo load on one connection inside the caller's transaction: refuse if a demo is there,
 * plan everything (so the total is known), then write people, sign-ins, organizations and their
 * roles, artists and their permissions, and finally releases with their songs, the works those
 * realise and their split sheets, generated one release at a time so that a million songs never
 * sit in memory together.
 */
final class DemoCatalogueLoader {

    private static final double ORGANIZATION_EXPIRED = 0.07;
    private static final double ORGANIZATION_REVOKED = 0.05;
    private static final double ORGANIZATION_TEMPORARY = 0.05;
    private static final double ARTIST_EXPIRED = 0.05;
    private static final double ARTIST_REVOKED = 0.04;
    private static final double ARTIST_TEMPORARY = 0.04;

    private final Connection connection;
    private final Vendor vendor;
    private final DemoRequest request;
    private final char[] password;
    private final OffsetDateTime now;
    private final DemoProgress progress;

    /**
     * @param password the demo password (the caller clears it afterwards), or {@code null}
     */
    DemoCatalogueLoader(Connection connection, Vendor vendor, DemoRequest request, char[] password, Clock clock,
                        DemoProgress progress) {
        this.connection = connection;
        this.vendor = vendor;
        this.request = request;
        this.password = password;
        this.now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        this.progress = progress;
    }

    DemoSummary load() throws SQLException {
        progress.planning();
        refuseIfLoaded();
        ExistingData existing = ExistingData.read(connection);
        DemoSize size = request.size();
        LocalDate today = now.toLocalDate();

        DemoRandom root = new DemoRandom(request.seed());
        DemoRandom organizationRandom = root.split();
        DemoRandom peopleRandom = root.split();
        DemoRandom organizationGrantRandom = root.split();
        DemoRandom artistRandom = root.split();
        DemoRandom artistGrantRandom = root.split();
        DemoRandom releasePlanRandom = root.split();
        DemoRandom catalogueRandom = root.split();
        DemoRandom rightsRandom = root.split();

        List<DemoOrganization> organizations = new OrganizationPlanner(organizationRandom).plan(size.organizations());
        List<DemoPerson> people = new PeoplePlanner(peopleRandom, existing).plan(size.people(), organizations);
        List<OrganizationGrant> organizationGrants = new OrganizationGrantPlanner(organizationGrantRandom,
                new GrantTermsPlanner(organizationGrantRandom, now, ORGANIZATION_EXPIRED, ORGANIZATION_REVOKED,
                        ORGANIZATION_TEMPORARY)).plan(people, organizations, request.ownerUserId());
        List<DemoArtist> artists = new ArtistPlanner(artistRandom, existing, today)
                .plan(size.artists(), organizations, people, organizationGrants, now);
        List<ArtistGrant> artistGrants = new ArtistGrantPlanner(artistGrantRandom,
                new GrantTermsPlanner(artistGrantRandom, now, ARTIST_EXPIRED, ARTIST_REVOKED, ARTIST_TEMPORARY))
                .plan(artists, people);
        List<ReleaseSlot> slots = new ReleasePlanner(releasePlanRandom).plan(size, artists);
        DemoSignIns signIns = new DemoSignIns(vendor, password);

        progress.total(2L * people.size()
                + (signIns.writesCredentials() ? people.size() : 0)
                + (signIns.createsLoginRoles() ? people.size() : 0)
                + organizations.size() + organizationGrants.size() + artists.size() + artistGrants.size()
                + slots.size() + size.songs());

        Map<UUID, String> loginRoles = Map.of();
        long works;
        long splitSheets;
        try (DemoWriter writer = new DemoWriter(connection, vendor, progress)) {
            progress.step("demo.progress.people", people.size(), () -> writer.written("users"));
            for (DemoPerson person : people) {
                writer.person(person);
            }
            if (signIns.writesCredentials()) {
                signIns.writeCredentials(writer, people);
            }
            writer.flush();
            if (signIns.createsLoginRoles()) {
                long before = progress.done();
                progress.step("demo.progress.logins", people.size(), () -> progress.done() - before);
                loginRoles = signIns.createLoginRoles(connection, people, progress);
            }

            progress.step("demo.progress.organizations", organizations.size(), () -> writer.written("organizations"));
            for (DemoOrganization organization : organizations) {
                writer.organization(organization, people.get(organization.index()).id());
            }
            writer.flush();
            progress.step("demo.progress.organizationRoles", organizationGrants.size(),
                    () -> writer.written("user_organization_roles"));
            for (OrganizationGrant grant : organizationGrants) {
                writer.organizationGrant(grant);
            }
            writer.flush();

            progress.step("demo.progress.artists", artists.size(), () -> writer.written("artists"));
            for (DemoArtist artist : artists) {
                writer.artist(artist);
            }
            writer.flush();
            progress.step("demo.progress.artistPermissions", artistGrants.size(),
                    () -> writer.written("user_artist_permissions"));
            for (ArtistGrant grant : artistGrants) {
                writer.artistGrant(grant);
            }
            writer.flush();

            progress.step("demo.progress.songs", size.songs(), () -> writer.written("songs"));
            ReleaseGenerator releases = new ReleaseGenerator(catalogueRandom, existing, organizations, artists, today);
            RightsGenerator rights = new RightsGenerator(rightsRandom, existing, organizations, people, artistGrants,
                    now, size.splitSheetArtists());
            for (ReleaseSlot slot : slots) {
                DemoRelease release = releases.generate(slot);
                writer.release(release, rights.generate(slot.artist(), release));
            }
            writer.flush();
            works = writer.written("works");
            splitSheets = writer.written("split_sheets");
        }
        progress.step("demo.progress.saving", 0, () -> 0);
        List<DemoLogin> logins = new LoginDescriber(now).describe(people, organizationGrants, artists, artistGrants,
                loginRoles);
        return new DemoSummary(organizations.size(), people.size(), artists.size(), slots.size(), size.songs(),
                Math.toIntExact(works), Math.toIntExact(splitSheets), logins);
    }

    private void refuseIfLoaded() throws SQLException {
        String lock = SqlDialect.of(vendor).loadLock();
        if (lock != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(lock);
            }
        }
        if (ExistingData.demoPresent(connection)) {
            throw new AppException("demo.alreadyLoaded");
        }
        UUID owner = request.ownerUserId();
        if (owner != null && !ExistingData.userExists(connection, owner)) {
            throw new AppException("demo.ownerUnknown");
        }
    }
}
