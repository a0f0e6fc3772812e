package com.allaccessartist.service.demo;

import com.allaccessartist.persistence.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the planned rows with JDBC batches of {@value #BATCH_SIZE}. Whenever one table's batch
 * is full (for works and split sheets, which ride along with their songs: when the songs' batch
 * is full, or {@value #RIGHTS_BATCH_SIZE} split lines wait), every table's pending rows are sent in foreign-key order (people before
 * organizations before artists before releases before works before songs before split sheets,
 * their versions and their lines), so a row never arrives before the row it refers to. After
 * each round the progress is reported, which is also where a cancellation stops the load.
 * Progress counts the rows of the catalogue proper; works and split sheet rows are sent in the
 * same rounds but not counted (their number is known only once they are generated).
 */
final class DemoWriter implements AutoCloseable {

    static final int BATCH_SIZE = 1_000;
    /**
     * Split lines pending that force a round even before the songs' batch is full: a song brings
     * about a dozen sheet rows, so the songs' batch sets the pace and this only bounds memory.
     */
    static final int RIGHTS_BATCH_SIZE = 20 * BATCH_SIZE;

    private final DemoProgress progress;
    private final Map<String, BatchInsert> tables = new LinkedHashMap<>();
    private final BatchInsert users;
    private final BatchInsert profiles;
    private final BatchInsert credentials;
    private final BatchInsert organizations;
    private final BatchInsert organizationRoles;
    private final BatchInsert artists;
    private final BatchInsert artistPermissions;
    private final BatchInsert releases;
    private final BatchInsert works;
    private final BatchInsert songs;
    private final BatchInsert sheets;
    private final BatchInsert sheetVersions;
    private final BatchInsert splitLines;
    /** Tables whose rows progress does not count. */
    private final Set<BatchInsert> uncounted = new java.util.HashSet<>();

    DemoWriter(Connection connection, Vendor vendor, DemoProgress progress) throws SQLException {
        this.progress = progress;
        SqlDialect dialect = SqlDialect.of(vendor);
        List<BatchInsert> opened = new ArrayList<>();
        try {
            users = open(opened, new BatchInsert(connection, dialect, "users",
                    List.of("id", "email", "email_verified", "phone_verified"), Set.of()));
            profiles = open(opened, new BatchInsert(connection, dialect, "user_profiles",
                    List.of("user_id", "first_name", "last_name", "display_name", "bio", "timezone", "language",
                            "referral_code"), Set.of()));
            credentials = open(opened, new BatchInsert(connection, dialect, "user_credentials",
                    List.of("user_id", "password_hash"), Set.of()));
            organizations = open(opened, new BatchInsert(connection, dialect, "organizations",
                    List.of("id", "name", "type", "description", "website_url", "contact_email", "contact_phone",
                            "address", "business_registration", "is_verified", "created_by"), Set.of("address")));
            organizationRoles = open(opened, new BatchInsert(connection, dialect, "user_organization_roles",
                    List.of("id", "user_id", "organization_id", "role", "can_manage_artists", "can_manage_releases",
                            "can_manage_finances", "can_manage_users", "granted_by", "granted_at", "expires_at",
                            "is_active"), Set.of()));
            artists = open(opened, new BatchInsert(connection, dialect, "artists",
                    List.of("id", "name", "slug", "type", "bio", "genre", "subgenres", "location", "formed_date",
                            "website_url", "organization_id", "is_public", "is_verified", "created_by"), Set.of()));
            artistPermissions = open(opened, new BatchInsert(connection, dialect, "user_artist_permissions",
                    List.of("id", "user_id", "artist_id", "role", "can_edit_profile", "can_manage_releases",
                            "can_manage_songs", "can_manage_finances", "can_manage_social", "can_view_analytics",
                            "can_invite_collaborators", "revenue_share_percentage", "granted_by", "granted_at",
                            "expires_at", "is_active"), Set.of()));
            releases = open(opened, new BatchInsert(connection, dialect, "releases",
                    List.of("id", "artist_id", "title", "slug", "type", "status", "description", "genre", "subgenres",
                            "language", "explicit_content", "release_date", "original_release_date", "upc_code",
                            "catalog_number", "label_name", "distributor", "streaming_links", "total_streams",
                            "total_downloads", "peak_chart_position", "copyright_year", "copyright_holder",
                            "producer_credits", "is_public", "allow_download"), Set.of("streaming_links")));
            works = open(opened, new BatchInsert(connection, dialect, "works",
                    List.of("id", "artist_id", "title", "iswc", "created_by"), Set.of()));
            songs = open(opened, new BatchInsert(connection, dialect, "songs",
                    List.of("id", "release_id", "artist_id", "title", "track_number", "disc_number",
                            "duration_seconds", "tempo_bpm", "key_signature", "time_signature", "explicit_content",
                            "instrumental", "language", "isrc_code", "writers", "producers", "featured_artists",
                            "play_count", "skip_rate", "completion_rate", "work_id"), Set.of()));
            sheets = open(opened, new BatchInsert(connection, dialect, "split_sheets",
                    List.of("id", "kind", "song_id", "work_id", "artist_id", "status", "current_version", "agreed_at",
                            "agreed_by", "created_at", "updated_at"), Set.of()));
            sheetVersions = open(opened, new BatchInsert(connection, dialect, "split_sheet_versions",
                    List.of("id", "sheet_id", "version_number", "status", "total", "note", "created_by",
                            "created_at"), Set.of()));
            splitLines = open(opened, new BatchInsert(connection, dialect, "split_lines",
                    List.of("id", "version_id", "position", "user_id", "party_name", "role", "ipi", "society",
                            "share"), Set.of()));
            uncounted.addAll(List.of(works, sheets, sheetVersions, splitLines));
        } catch (SQLException | RuntimeException e) {
            closeAll(opened, e);
            throw e;
        }
    }

    private BatchInsert open(List<BatchInsert> opened, BatchInsert table) {
        opened.add(table);
        tables.put(table.table(), table);
        return table;
    }

    /** Rows of {@code table} sent so far. */
    long written(String table) {
        return tables.get(table).written();
    }

    void person(DemoPerson person) throws SQLException {
        users.uuid(person.id()).text(person.email()).bool(true).bool(false).add();
        String bio;
        if (person.home() == null) {
            bio = "Independent musician based in " + person.place().city() + ".";
        } else {
            bio = (person.founder() ? "Founder of " : "Works at ") + person.home().name() + ".";
        }
        profiles.uuid(person.id()).text(person.firstName()).text(person.lastName()).text(person.displayName())
                .text(bio).text(person.place().timezone()).text("en").text(person.referralCode()).add();
        flushIfFull(profiles);
    }

    void credential(UUID userId, String passwordHash) throws SQLException {
        credentials.uuid(userId).text(passwordHash).add();
        flushIfFull(credentials);
    }

    void organization(DemoOrganization organization, UUID founder) throws SQLException {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("street", organization.street());
        address.put("city", organization.place().city());
        address.put("region", organization.place().region());
        address.put("postal_code", organization.postalCode());
        address.put("country", organization.place().country());
        organizations.uuid(organization.id()).text(organization.name()).text(organization.type().dbValue())
                .text(organization.description()).text("https://www." + organization.domain())
                .text("hello@" + organization.domain()).text(organization.phone()).json(DemoJson.object(address))
                .text(organization.registration()).bool(organization.verified()).uuid(founder).add();
        flushIfFull(organizations);
    }

    void organizationGrant(OrganizationGrant grant) throws SQLException {
        organizationRoles.uuid(grant.id()).uuid(grant.userId()).uuid(grant.organization().id())
                .text(grant.role().dbValue()).bool(grant.manageArtists()).bool(grant.manageReleases())
                .bool(grant.manageFinances()).bool(grant.manageUsers()).uuid(grant.grantedBy())
                .timestamp(grant.terms().grantedAt()).timestamp(grant.terms().expiresAt())
                .bool(grant.terms().active()).add();
        flushIfFull(organizationRoles);
    }

    void artist(DemoArtist artist) throws SQLException {
        String kind = switch (artist.type()) {
            case INDIVIDUAL -> "Artist";
            case BAND -> "Band";
            case DUO -> "Duo";
            case COLLECTIVE -> "Collective";
        };
        String bio = kind + " from " + artist.place().city() + ", making " + artist.subgenres().get(0) + " since "
                + artist.formed().getYear() + ".";
        artists.uuid(artist.id()).text(artist.name()).text(artist.slug()).text(artist.type().dbValue()).text(bio)
                .text(artist.genre().name()).textArray(artist.subgenres()).text(artist.place().location())
                .date(artist.formed()).text("https://" + artist.slug() + ".example")
                .uuid(artist.organization() == null ? null : artist.organization().id()).bool(true)
                .bool(artist.verified()).uuid(artist.creator().id()).add();
        flushIfFull(artists);
    }

    void artistGrant(ArtistGrant grant) throws SQLException {
        ArtistGrant.Flags flags = grant.flags();
        artistPermissions.uuid(grant.id()).uuid(grant.userId()).uuid(grant.artist().id()).text(grant.role().dbValue())
                .bool(flags.editProfile()).bool(flags.manageReleases()).bool(flags.manageSongs())
                .bool(flags.manageFinances()).bool(flags.manageSocial()).bool(flags.viewAnalytics())
                .bool(flags.inviteCollaborators()).decimal(grant.revenueShare()).uuid(grant.grantedBy())
                .timestamp(grant.terms().grantedAt()).timestamp(grant.terms().expiresAt())
                .bool(grant.terms().active()).add();
        flushIfFull(artistPermissions);
    }

    /** The release, its songs, the works they realise and their split sheets. */
    void release(DemoRelease release, DemoRights rights) throws SQLException {
        releases.uuid(release.id()).uuid(release.artistId()).text(release.title()).text(release.slug())
                .text(release.type().dbValue()).text(release.status().dbValue()).text(release.description())
                .text(release.genre()).textArray(release.subgenres()).text("en").bool(release.explicit())
                .date(release.releaseDate()).date(release.originalReleaseDate()).text(release.upc())
                .text(release.catalogNumber()).text(release.labelName()).text(release.distributor())
                .json(release.streamingLinksJson()).bigint(release.totalStreams()).bigint(release.totalDownloads())
                .integer(release.peakChartPosition()).integer(release.copyrightYear()).text(release.copyrightHolder())
                .textArray(release.producerCredits()).bool(release.isPublic()).bool(release.allowDownload()).add();
        for (DemoWork work : rights.works()) {
            works.uuid(work.id()).uuid(work.artistId()).text(work.title()).text(work.iswc()).uuid(work.createdBy())
                    .add();
        }
        List<DemoSong> tracks = release.songs();
        for (int i = 0; i < tracks.size(); i++) {
            DemoSong song = tracks.get(i);
            songs.uuid(song.id()).uuid(song.releaseId()).uuid(song.artistId()).text(song.title())
                    .integer(song.trackNumber()).integer(song.discNumber()).integer(song.durationSeconds())
                    .integer(song.tempoBpm()).text(song.keySignature()).text(song.timeSignature())
                    .bool(song.explicit()).bool(song.instrumental()).text("en").text(song.isrc())
                    .textArray(song.writers()).textArray(song.producers()).textArray(song.featuredArtists())
                    .bigint(song.playCount()).decimal(song.skipRate()).decimal(song.completionRate())
                    .uuid(rights.workIds().get(i)).add();
        }
        for (DemoSheet sheet : rights.sheets()) {
            sheet(sheet);
        }
        flushIfFull(songs);
        flushIfFull(releases);
        if (splitLines.pending() >= RIGHTS_BATCH_SIZE) {
            flush();
        }
    }

    private void sheet(DemoSheet sheet) throws SQLException {
        DemoSheet.Version current = sheet.current();
        sheets.uuid(sheet.id()).text(sheet.kind().dbValue()).uuid(sheet.songId()).uuid(sheet.workId())
                .uuid(sheet.artistId()).text(status(sheet.agreed())).integer(current.number())
                .timestamp(sheet.agreed() ? current.createdAt() : null).uuid(sheet.agreed() ? sheet.createdBy() : null)
                .timestamp(sheet.versions().get(0).createdAt()).timestamp(sheet.updatedAt()).add();
        for (DemoSheet.Version version : sheet.versions()) {
            sheetVersions.uuid(version.id()).uuid(sheet.id()).integer(version.number()).text(status(version.agreed()))
                    .decimal(version.total()).text(version.note()).uuid(sheet.createdBy())
                    .timestamp(version.createdAt()).add();
            int position = 1;
            for (DemoSheet.Line line : version.lines()) {
                splitLines.uuid(line.id()).uuid(version.id()).integer(position++).uuid(line.userId())
                        .text(line.partyName()).text(line.role().dbValue()).text(line.ipi()).text(line.society())
                        .decimal(line.share()).add();
            }
        }
    }

    private static String status(boolean agreed) {
        return agreed ? "agreed" : "draft";
    }


    private void flushIfFull(BatchInsert table) throws SQLException {
        if (table.pending() >= BATCH_SIZE) {
            flush();
        }
    }

    /** Sends every pending row, in foreign-key order, and reports progress (where a cancellation stops the load). */
    void flush() throws SQLException {
        long counted = 0;
        long sent = 0;
        for (BatchInsert table : tables.values()) {
            int rows = table.flush();
            sent += rows;
            counted += uncounted.contains(table) ? 0 : rows;
        }
        if (sent > 0) {
            progress.written(counted);
        }
    }

    @Override
    public void close() throws SQLException {
        closeAll(new ArrayList<>(tables.values()), null);
    }

    private static void closeAll(List<BatchInsert> opened, Exception failure) throws SQLException {
        SQLException first = null;
        for (BatchInsert table : opened) {
            try {
                table.close();
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
