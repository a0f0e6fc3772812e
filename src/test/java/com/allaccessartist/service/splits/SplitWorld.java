package com.allaccessartist.service.splits;

import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.testsupport.TestDatabase;
import com.allaccessartist.testsupport.TestWorld;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The works and split sheet tests' world ({@link TestWorld}): named artists, releases, songs
 * and works, and grants by flag name.
 */
final class SplitWorld extends TestWorld {

    private static final AtomicInteger TRACK = new AtomicInteger();

    private SplitWorld(TestDatabase testDatabase, Database database, String... names) {
        super(testDatabase, database, names);
    }

    /** A world over the class's database, with the named people in it (display name = name). */
    static SplitWorld create(TestDatabase testDatabase, Database database, String... names) {
        return new SplitWorld(testDatabase, database, names);
    }

    /** An artist of the organization (null: independent). */
    UUID artist(UUID organization, Person creator, String name) {
        UUID id = UUID.randomUUID();
        String unique = unique(name);
        sql("INSERT INTO artists (id, name, slug, organization_id, created_by) VALUES (?, ?, ?, ?, ?)", id, name,
                unique.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-"), organization, creator.id());
        return id;
    }

    UUID release(UUID artist, String title) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO releases (id, artist_id, title, slug, type) VALUES (?, ?, ?, ?, 'album')", id, artist, title,
                unique("release").toLowerCase(Locale.ROOT));
        return id;
    }

    /** A song of the release with the given ISRC (may be null). */
    UUID song(UUID artist, UUID release, String title, String isrc) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO songs (id, release_id, artist_id, title, track_number, isrc_code) VALUES (?, ?, ?, ?, ?, ?)", id,
                release, artist, title, TRACK.incrementAndGet(), isrc);
        return id;
    }

    /** A work made by the administrator. */
    UUID work(UUID artist, String title, String iswc) {
        UUID id = UUID.randomUUID();
        sql("INSERT INTO works (id, artist_id, title, iswc) VALUES (?, ?, ?, ?)", id, artist, title, iswc);
        return id;
    }

    /** A valid ISRC nobody else uses (with overwhelming probability). */
    static String newIsrc() {
        return "QZS" + "P" + "L" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** A valid ISWC (bare form) nobody else uses (with overwhelming probability). */
    static String newIswc() {
        return Iswc.withCheckDigit(String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000))).value();
    }

    /** A role in an organization with the given flags. */
    void grantOrganization(Person person, UUID organization, String role, boolean artists, boolean releases,
                           boolean finances, boolean users) {
        sql("INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists, can_manage_releases,"
                        + " can_manage_finances, can_manage_users, granted_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", person.id(),
                organization, role, artists, releases, finances, users, person.id());
    }

    /** A direct grant on an artist: a role and the named flags (manage_songs, manage_finances...). */
    void grantArtist(Person person, UUID artist, String role, String... flags) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String flag : flags) {
            columns.append(", can_").append(flag);
            values.append(", TRUE");
        }
        sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by" + columns + ")"
                + " VALUES (?, ?, ?, ?" + values + ")", person.id(), artist, role, person.id());
    }
}
