package com.allaccessartist.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.testsupport.AccessMatrix;
import com.allaccessartist.testsupport.AccessMatrix.Op;
import com.allaccessartist.testsupport.AccessMatrix.Target;
import com.allaccessartist.testsupport.AccessMatrix.Who;
import com.allaccessartist.testsupport.AccessMatrixWorld;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access matrix ({@link AccessMatrix}, README "Access matrix") on PostgreSQL, over plain JDBC
 * connections signed in as each person's own login role: every person × every user-data table ×
 * SELECT / INSERT / UPDATE / DELETE is allowed or denied exactly as documented (a denied SELECT
 * sees no row; a denied write is refused with SQLSTATE 42501 or changes no row). Then attempts to
 * escalate by writing the permission tables, and DDL that would switch Row Level Security off,
 * all refused. Every statement runs in its own transaction, rolled back afterwards, so no case
 * affects another.
 */
class RowLevelSecurityMatrixTest {

    private static final String PRIVILEGE = "42501";
    private static final String FOREIGN_KEY = "23503";
    /** A guard trigger's refusal of a write that breaks a rule (V6, V9): its message is the rule's key. */
    private static final String GUARD = "23514";

    @TempDir
    static Path temp;

    private static AccessMatrixWorld world;
    private static final Map<Who, Connection> CONNECTIONS = new EnumMap<>(Who.class);

    /** One statement and its parameters. */
    record Sql(String sql, Object... args) {
    }

    /** What the database did with a statement: allowed (a row seen or written) or denied, and how. */
    record Outcome(boolean allowed, String how) {
    }

    @BeforeAll
    static void world() {
        world = AccessMatrixWorld.open(Vendor.POSTGRESQL, temp);
    }

    @AfterAll
    static void drop() throws SQLException {
        for (Connection c : CONNECTIONS.values()) {
            c.close();
        }
        CONNECTIONS.clear();
        if (world != null) {
            world.close();
        }
    }

    // --- the matrix ------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicNode> everyPersonEveryTableEveryOperation() {
        return Stream.of(Target.values()).map(target -> DynamicContainer.dynamicContainer(
                target.table() + " (" + target.row() + ")",
                AccessMatrix.ops(target).stream().flatMap(op -> Stream.of(Who.values()).map(who -> {
                    boolean expected = AccessMatrix.allows(who, target, op);
                    String name = who + " " + op + " " + target.table() + " → " + (expected ? "allowed" : "denied")
                            + " (" + AccessMatrix.rule(target, op) + ")";
                    return DynamicTest.dynamicTest(name, () -> {
                        Outcome outcome = attempt(who, op, statement(target, op, who));
                        assertThat(outcome.allowed())
                                .as("%s %s %s (%s): the matrix says %s, the database %s", who, op, target.table(),
                                        target.row(), expected ? "allowed" : "denied", outcome.how())
                                .isEqualTo(expected);
                    });
                }))));
    }

    /** The statement trying {@code op} on the target's row as {@code who}. */
    private static Sql statement(Target target, Op op, Who who) {
        UUID me = world.person(who).id();
        UUID bystander = world.bystander().id();
        UUID owner = world.person(Who.ORG_OWNER).id();
        return switch (target) {
            case USERS_OWN, USERS_OTHER -> {
                UUID id = target == Target.USERS_OWN ? me : bystander;
                yield switch (op) {
                    case SELECT -> new Sql("SELECT COUNT(*) FROM users WHERE id = ?", id);
                    case INSERT -> new Sql("INSERT INTO users (email) VALUES (?)", world.unique("new") + "@matrix.example");
                    case UPDATE -> new Sql("UPDATE users SET phone = '+4912345' WHERE id = ?", id);
                    case DELETE -> new Sql("DELETE FROM users WHERE id = ?", id);
                };
            }
            case USER_PROFILES_OWN, USER_PROFILES_OTHER -> {
                UUID id = target == Target.USER_PROFILES_OWN ? me : bystander;
                yield switch (op) {
                    case SELECT -> new Sql("SELECT COUNT(*) FROM user_profiles WHERE user_id = ?", id);
                    case INSERT -> new Sql("INSERT INTO user_profiles (user_id) VALUES (?)", me);
                    case UPDATE -> new Sql("UPDATE user_profiles SET bio = 'changed' WHERE user_id = ?", id);
                    case DELETE -> new Sql("DELETE FROM user_profiles WHERE user_id = ?", id);
                };
            }
            case USER_CREDENTIALS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM user_credentials WHERE user_id = ?", bystander);
                case INSERT -> new Sql("INSERT INTO user_credentials (user_id, password_hash) VALUES (?, '$2a$04$x')", me);
                case UPDATE -> new Sql("UPDATE user_credentials SET failed_attempts = 0 WHERE user_id = ?", bystander);
                case DELETE -> new Sql("DELETE FROM user_credentials WHERE user_id = ?", bystander);
            };
            case ORGANIZATIONS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM organizations WHERE id = ?", world.organization);
                case INSERT -> new Sql("INSERT INTO organizations (name, type, created_by) VALUES ('Mine', 'label', ?)", me);
                case UPDATE -> new Sql("UPDATE organizations SET description = 'changed' WHERE id = ?", world.organization);
                case DELETE -> new Sql("DELETE FROM organizations WHERE id = ?", world.organization);
            };
            case USER_ORGANIZATION_ROLES -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM user_organization_roles WHERE id = ?", world.viewerOrganizationGrant);
                case INSERT -> new Sql("INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by)"
                        + " VALUES (?, ?, 'viewer', ?)", bystander, world.organization, me);
                case UPDATE -> new Sql("UPDATE user_organization_roles SET expires_at = NOW() + INTERVAL '1 year'"
                        + " WHERE id = ?", world.viewerOrganizationGrant);
                case DELETE -> new Sql("DELETE FROM user_organization_roles WHERE id = ?", world.viewerOrganizationGrant);
            };
            case ARTISTS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM artists WHERE id = ?", world.artist);
                case INSERT -> new Sql("INSERT INTO artists (name, slug, organization_id, created_by) VALUES ('New', ?, ?, ?)",
                        world.unique("new"), world.organization, me);
                case UPDATE -> new Sql("UPDATE artists SET bio = 'changed' WHERE id = ?", world.artist);
                case DELETE -> new Sql("DELETE FROM artists WHERE id = ?", world.artistToDelete);
            };
            case ARTISTS_INDEPENDENT -> new Sql("INSERT INTO artists (name, slug, created_by) VALUES ('Solo', ?, ?)",
                    world.unique("solo"), me);
            case USER_ARTIST_PERMISSIONS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM user_artist_permissions WHERE id = ?", world.viewerArtistGrant);
                case INSERT -> new Sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by)"
                        + " VALUES (?, ?, 'viewer', ?)", bystander, world.artist, me);
                case UPDATE -> new Sql("UPDATE user_artist_permissions SET expires_at = NOW() + INTERVAL '1 year'"
                        + " WHERE id = ?", world.viewerArtistGrant);
                case DELETE -> new Sql("DELETE FROM user_artist_permissions WHERE id = ?", world.viewerArtistGrant);
            };
            case RELEASES -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM releases WHERE id = ?", world.release);
                case INSERT -> new Sql("INSERT INTO releases (artist_id, title, slug, type) VALUES (?, 'New', ?, 'single')",
                        world.artist, world.unique("new"));
                case UPDATE -> new Sql("UPDATE releases SET description = 'changed' WHERE id = ?", world.release);
                case DELETE -> new Sql("DELETE FROM releases WHERE id = ?", world.release);
            };
            case SONGS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM songs WHERE id = ?", world.song);
                case INSERT -> new Sql("INSERT INTO songs (release_id, artist_id, title, track_number) VALUES (?, ?, 'New', 99)",
                        world.release, world.artist);
                case UPDATE -> new Sql("UPDATE songs SET title = 'Changed' WHERE id = ?", world.song);
                case DELETE -> new Sql("DELETE FROM songs WHERE id = ?", world.song);
            };
            case WORKS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM works WHERE id = ?", world.work);
                case INSERT -> new Sql("INSERT INTO works (artist_id, title, created_by) VALUES (?, 'New', ?)", world.artist, me);
                case UPDATE -> new Sql("UPDATE works SET title = 'Changed' WHERE id = ?", world.work);
                case DELETE -> new Sql("DELETE FROM works WHERE id = ?", world.work);
            };
            case MEDIA_ASSETS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM media_assets WHERE id = ?", world.media);
                case INSERT -> new Sql("INSERT INTO media_assets (sha256, content_type, size_bytes, width, height, bytes,"
                        + " created_by) VALUES (?, 'image/png', 1, 1, 1, ?, ?)", AccessMatrixWorld.randomSha256(),
                        new byte[] {1}, me);
                case UPDATE -> new Sql("UPDATE media_assets SET width = 2 WHERE id = ?", world.media);
                case DELETE -> new Sql("DELETE FROM media_assets WHERE id = ?", world.media);
            };
            case ANALYTICS_EVENTS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM analytics_events WHERE id = ?", world.analyticsEvent);
                case INSERT -> new Sql("INSERT INTO analytics_events (occurred_at, event_type, artist_id, platform)"
                        + " VALUES (NOW(), 'stream', ?, 'spotify')", world.artist);
                case UPDATE -> new Sql("UPDATE analytics_events SET quantity = 11 WHERE id = ?", world.analyticsEvent);
                case DELETE -> new Sql("DELETE FROM analytics_events WHERE id = ?", world.analyticsEvent);
            };
            case REVENUE_STREAMS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM revenue_streams WHERE id = ?", world.revenueLine);
                case INSERT -> new Sql("INSERT INTO revenue_streams (period_start, period_end, artist_id, source, revenue_type,"
                        + " amount, currency) VALUES (DATE '2025-01-01', DATE '2025-03-31', ?, 'Shop', 'download', 1, 'EUR')",
                        world.artist);
                case UPDATE -> new Sql("UPDATE revenue_streams SET amount = 13 WHERE id = ?", world.revenueLine);
                case DELETE -> new Sql("DELETE FROM revenue_streams WHERE id = ?", world.revenueLine);
            };
            case AUDIT_LOG_OWN, AUDIT_LOG_OTHER -> {
                UUID id = target == Target.AUDIT_LOG_OWN ? world.auditEntry(who) : world.bystanderAuditEntry();
                yield switch (op) {
                    case SELECT -> new Sql("SELECT COUNT(*) FROM audit_log WHERE id = ?", id);
                    case INSERT -> new Sql("INSERT INTO audit_log (table_name, record_id, action, changed_by)"
                            + " VALUES ('artists', ?, 'DELETE', ?)", world.artist, me);
                    case UPDATE -> new Sql("UPDATE audit_log SET action = 'INSERT' WHERE id = ?", id);
                    case DELETE -> new Sql("DELETE FROM audit_log WHERE id = ?", id);
                };
            }
            case SPLIT_SHEETS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM split_sheets WHERE id = ?", world.sheet);
                case INSERT -> new Sql("INSERT INTO split_sheets (kind, song_id, artist_id) VALUES ('master', ?, ?)",
                        world.songWithoutSheet, world.artist);
                case UPDATE -> new Sql("UPDATE split_sheets SET current_version = 1 WHERE id = ?", world.sheet);
                case DELETE -> new Sql("DELETE FROM split_sheets WHERE id = ?", world.sheet);
            };
            case SPLIT_SHEET_VERSIONS -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM split_sheet_versions WHERE id = ?", world.sheetVersion);
                case INSERT -> new Sql("INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                        + " VALUES (?, 2, 'draft', 60, ?)", world.sheet, me);
                case UPDATE -> new Sql("UPDATE split_sheet_versions SET note = 'changed' WHERE id = ?", world.sheetVersion);
                case DELETE -> new Sql("DELETE FROM split_sheet_versions WHERE id = ?", world.sheetVersion);
            };
            case SPLIT_LINES -> switch (op) {
                case SELECT -> new Sql("SELECT COUNT(*) FROM split_lines WHERE id = ?", world.sheetLine);
                case INSERT -> new Sql("INSERT INTO split_lines (version_id, position, party_name, role, share)"
                        + " VALUES (?, 9, 'Someone Else', 'producer', 1)", world.sheetNextVersion);
                case UPDATE -> new Sql("UPDATE split_lines SET share = 100 WHERE id = ?", world.sheetLine);
                case DELETE -> new Sql("DELETE FROM split_lines WHERE id = ?", world.sheetLine);
            };
        };
    }

    // --- escalation ------------------------------------------------------------------------------

    /** Writes that would give someone rights they do not have: every one refused (42501 or no row). */
    @TestFactory
    Stream<DynamicTest> escalationAttemptsAreRefused() {
        UUID owner = world.person(Who.ORG_OWNER).id();
        UUID org = world.organization;
        UUID artist = world.artist;
        List<DynamicTest> tests = new ArrayList<>();
        for (Who who : List.of(Who.ORG_VIEWER, Who.ORG_EDITOR, Who.ARTIST_VIEWER, Who.EXPIRED, Who.REVOKED, Who.OTHER_ORG,
                Who.NO_GRANTS, Who.SPLIT_PARTY)) {
            UUID me = world.person(who).id();
            tests.add(refused(who, "grants itself ownership of the organization", new Sql(
                    "INSERT INTO user_organization_roles (user_id, organization_id, role, can_manage_artists,"
                            + " can_manage_releases, can_manage_finances, can_manage_users, granted_by)"
                            + " VALUES (?, ?, 'owner', TRUE, TRUE, TRUE, TRUE, ?) ON CONFLICT (user_id, organization_id)"
                            + " DO UPDATE SET role = 'owner', can_manage_users = TRUE", me, org, me)));
            tests.add(refused(who, "grants itself ownership of the artist", new Sql(
                    "INSERT INTO user_artist_permissions (user_id, artist_id, role, can_edit_profile, can_manage_releases,"
                            + " can_manage_songs, can_manage_finances, can_manage_social, can_view_analytics,"
                            + " can_invite_collaborators, granted_by) VALUES (?, ?, 'owner', TRUE, TRUE, TRUE, TRUE, TRUE,"
                            + " TRUE, TRUE, ?)", me, artist, me)));
            tests.add(refused(who, "makes its own organization grant owner with every flag, in force", new Sql(
                    "UPDATE user_organization_roles SET role = 'owner', can_manage_artists = TRUE, can_manage_releases = TRUE,"
                            + " can_manage_finances = TRUE, can_manage_users = TRUE, is_active = TRUE, expires_at = NULL"
                            + " WHERE user_id = ? AND organization_id = ?", me, org)));
            tests.add(refused(who, "gives its own artist grant every flag, in force", new Sql(
                    "UPDATE user_artist_permissions SET role = 'owner', can_edit_profile = TRUE, can_manage_releases = TRUE,"
                            + " can_manage_finances = TRUE, can_invite_collaborators = TRUE, is_active = TRUE,"
                            + " expires_at = NULL WHERE user_id = ? AND artist_id = ?", me, artist)));
        }
        // people who may manage grants, but not above their own rank or flags, and never in another's name
        tests.add(refused(Who.ORG_ADMIN, "makes its own organization grant owner",
                new Sql("UPDATE user_organization_roles SET role = 'owner' WHERE user_id = ? AND organization_id = ?",
                        world.person(Who.ORG_ADMIN).id(), org)));
        tests.add(refused(Who.ORG_ADMIN, "invites someone as owner",
                new Sql("INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by)"
                        + " VALUES (?, ?, 'owner', ?)", world.bystander().id(), org, world.person(Who.ORG_ADMIN).id())));
        tests.add(refused(Who.ORG_ADMIN, "forges granted_by on a new grant",
                new Sql("INSERT INTO user_organization_roles (user_id, organization_id, role, granted_by)"
                        + " VALUES (?, ?, 'viewer', ?)", world.bystander().id(), org, owner)));
        tests.add(refused(Who.ORG_ADMIN, "rewrites granted_by of an existing grant",
                new Sql("UPDATE user_organization_roles SET granted_by = ? WHERE id = ?", world.person(Who.ORG_VIEWER).id(),
                        world.viewerOrganizationGrant)));
        tests.add(refused(Who.ORG_ADMIN, "demotes the organization's owner",
                new Sql("UPDATE user_organization_roles SET role = 'viewer' WHERE user_id = ? AND organization_id = ?",
                        owner, org)));
        tests.add(refused(Who.ORG_MANAGER, "gives itself manage users",
                new Sql("UPDATE user_organization_roles SET can_manage_users = TRUE WHERE user_id = ?",
                        world.person(Who.ORG_MANAGER).id())));
        tests.add(refused(Who.ARTIST_MANAGER, "gives itself manage finances on the artist",
                new Sql("UPDATE user_artist_permissions SET can_manage_finances = TRUE WHERE user_id = ? AND artist_id = ?",
                        world.person(Who.ARTIST_MANAGER).id(), artist)));
        tests.add(refused(Who.ARTIST_MANAGER, "makes its own artist grant admin",
                new Sql("UPDATE user_artist_permissions SET role = 'admin' WHERE user_id = ? AND artist_id = ?",
                        world.person(Who.ARTIST_MANAGER).id(), artist)));
        tests.add(refused(Who.ARTIST_MANAGER, "rewrites granted_by of someone's artist grant",
                new Sql("UPDATE user_artist_permissions SET granted_by = ? WHERE id = ?", world.person(Who.ORG_VIEWER).id(),
                        world.viewerArtistGrant)));
        tests.add(refused(Who.ARTIST_MANAGER, "forges granted_by on a new artist grant",
                new Sql("INSERT INTO user_artist_permissions (user_id, artist_id, role, granted_by) VALUES (?, ?, 'viewer', ?)",
                        world.bystander().id(), artist, owner)));
        tests.add(refused(Who.ARTIST_MANAGER, "deletes someone's artist grant",
                new Sql("DELETE FROM user_artist_permissions WHERE id = ?", world.viewerArtistGrant)));
        tests.add(refused(Who.ARTIST_RESTRICTED, "gives itself back the admin defaults",
                new Sql("UPDATE user_artist_permissions SET can_edit_profile = TRUE, can_manage_finances = TRUE,"
                        + " can_invite_collaborators = TRUE WHERE user_id = ?", world.person(Who.ARTIST_RESTRICTED).id())));
        tests.add(refused(Who.ARTIST_COLLABORATOR, "gives itself a revenue share",
                new Sql("UPDATE user_artist_permissions SET revenue_share_percentage = 50 WHERE user_id = ?",
                        world.person(Who.ARTIST_COLLABORATOR).id())));
        // rows that would reach what the person may not: another artist, another person's name
        tests.add(refused(Who.ARTIST_MANAGER, "takes the organization's artist out of the organization (needs a direct"
                + " owner/admin grant)", new Sql("UPDATE artists SET organization_id = NULL WHERE id = ?", artist)));
        tests.add(refused(Who.ORG_MANAGER, "moves the artist into another organization",
                new Sql("UPDATE artists SET organization_id = ? WHERE id = ?", world.otherOrganization, artist)));
        tests.add(refused(Who.ORG_ADMIN, "rewrites who created the organization",
                new Sql("UPDATE organizations SET created_by = ? WHERE id = ?", world.person(Who.ORG_ADMIN).id(), org)));
        tests.add(refused(Who.ORG_MANAGER, "rewrites who created the artist",
                new Sql("UPDATE artists SET created_by = ? WHERE id = ?", world.person(Who.ORG_MANAGER).id(), artist)));
        tests.add(refused(Who.ARTIST_COLLABORATOR, "rewrites who created the work",
                new Sql("UPDATE works SET created_by = ? WHERE id = ?", world.person(Who.ARTIST_COLLABORATOR).id(),
                        world.work)));
        tests.add(refused(Who.ORG_EDITOR, "moves the release to another organization's artist",
                new Sql("UPDATE releases SET artist_id = ? WHERE id = ?", world.otherArtist, world.release)));
        tests.add(refused(Who.ARTIST_COLLABORATOR, "links the song to another organization's release",
                new Sql("UPDATE songs SET release_id = ?, track_number = 78 WHERE id = ?", world.otherRelease, world.song)));
        tests.add(refused(Who.ARTIST_MANAGER, "adds a song of its artist to another organization's release",
                new Sql("INSERT INTO songs (release_id, artist_id, title, track_number) VALUES (?, ?, 'Cuckoo', 77)",
                        world.otherRelease, artist)));
        tests.add(refused(Who.ARTIST_ADMIN, "records a version of the split sheet in someone else's name",
                new Sql("INSERT INTO split_sheet_versions (sheet_id, version_number, status, total, created_by)"
                        + " VALUES (?, 2, 'draft', 60, ?)", world.sheet, owner)));
        tests.add(refused(Who.ARTIST_ADMIN, "marks the split sheet agreed (at 60 %) in the owner's name",
                new Sql("UPDATE split_sheets SET status = 'agreed', agreed_at = NOW(), agreed_by = ? WHERE id = ?",
                        owner, world.sheet)));
        tests.add(refused(Who.SPLIT_PARTY, "raises its own share on the sheet",
                new Sql("UPDATE split_lines SET share = 100 WHERE id = ?", world.sheetLine)));
        tests.add(refused(Who.SPLIT_PARTY, "adds itself a line on the sheet",
                new Sql("INSERT INTO split_lines (version_id, position, user_id, party_name, role, share)"
                        + " VALUES (?, 8, ?, 'Pat Party', 'producer', 40)", world.sheetVersion,
                        world.person(Who.SPLIT_PARTY).id())));
        tests.add(refused(Who.NO_GRANTS, "adds an image in someone else's name",
                new Sql("INSERT INTO media_assets (sha256, content_type, size_bytes, width, height, bytes, created_by)"
                        + " VALUES (?, 'image/png', 1, 1, 1, ?, ?)", AccessMatrixWorld.randomSha256(), new byte[] {1}, owner)));
        tests.add(refused(Who.NO_GRANTS, "creates an organization in someone else's name",
                new Sql("INSERT INTO organizations (name, type, created_by) VALUES ('Theirs', 'label', ?)", owner)));
        tests.add(refused(Who.NO_GRANTS, "reactivates or renames itself in users",
                new Sql("UPDATE users SET is_active = TRUE, db_role = 'postgres' WHERE id = ?", world.person(Who.NO_GRANTS).id())));
        return tests.stream();
    }

    // --- the schema --------------------------------------------------------------------------------

    /** DDL and role changes that would lift Row Level Security: refused for the strongest person. */
    @TestFactory
    Stream<DynamicTest> peopleCannotAlterDropTruncateOrDisableRowLevelSecurity() {
        String ownerRole = world.schemaOwner();
        List<DynamicTest> tests = new ArrayList<>();
        for (Target target : Target.values()) {
            String t = target.table();
            if (target.ordinal() > 0 && Target.values()[target.ordinal() - 1].table().equals(t)) {
                continue;
            }
            for (String ddl : List.of("ALTER TABLE " + t + " DISABLE ROW LEVEL SECURITY",
                    "ALTER TABLE " + t + " NO FORCE ROW LEVEL SECURITY",
                    "DROP TABLE " + t + " CASCADE",
                    "TRUNCATE " + t + " CASCADE",
                    "ALTER POLICY " + t + "_admin_all ON " + t + " TO PUBLIC",
                    "DROP POLICY " + t + "_admin_all ON " + t,
                    "CREATE POLICY sneak ON " + t + " USING (TRUE) WITH CHECK (TRUE)",
                    "ALTER TABLE " + t + " OWNER TO CURRENT_USER")) {
                tests.add(ddlRefused(Who.ORG_OWNER, ddl));
            }
        }
        for (String ddl : List.of("SET ROLE \"" + ownerRole + "\"",
                "SET SESSION AUTHORIZATION \"" + ownerRole + "\"",
                "CREATE TABLE public.sneak (id INT)",
                "CREATE OR REPLACE FUNCTION public.app_uid() RETURNS UUID LANGUAGE sql AS $$ SELECT NULL::UUID $$",
                "ALTER FUNCTION public.app_is_admin() OWNER TO CURRENT_USER",
                "SELECT public.ensure_partitions(DATE '2030-01-01', DATE '2030-02-01')",
                "ALTER ROLE CURRENT_USER BYPASSRLS",
                "ALTER ROLE CURRENT_USER SUPERUSER",
                "CREATE ROLE sneak LOGIN",
                "GRANT \"" + ownerRole + "\" TO CURRENT_USER")) {
            tests.add(ddlRefused(Who.ORG_OWNER, ddl));
        }
        tests.add(DynamicTest.dynamicTest("people's roles are not the schema owner, not members of it, and bypass nothing",
                () -> {
                    for (Who who : Who.values()) {
                        Connection c = connection(who);
                        try (PreparedStatement statement = c.prepareStatement(
                                "SELECT session_user::TEXT <> ? AND NOT pg_has_role(session_user, ?, 'MEMBER')"
                                        + " AND NOT r.rolsuper AND NOT r.rolbypassrls AND NOT r.rolcreaterole"
                                        + " AND NOT r.rolcreatedb AND NOT app_is_admin() AND app_uid() = ?"
                                        + " FROM pg_roles r WHERE r.rolname = session_user");
                             ResultSet ignored = null) {
                            statement.setString(1, ownerRole);
                            statement.setString(2, ownerRole);
                            statement.setObject(3, world.person(who).id());
                            try (ResultSet rs = statement.executeQuery()) {
                                assertThat(rs.next() && rs.getBoolean(1)).as(who.toString()).isTrue();
                            }
                        } finally {
                            c.rollback();
                        }
                    }
                }));
        tests.add(DynamicTest.dynamicTest("every user-data table has Row Level Security enabled and forced", () -> {
            for (Target target : Target.values()) {
                assertThat(world.value("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class"
                        + " WHERE oid = ('public.' || ?)::regclass", target.table())).as(target.table()).isEqualTo(true);
            }
        }));
        tests.add(DynamicTest.dynamicTest("people reach no table without forced Row Level Security but Flyway's history",
                () -> assertThat(world.value("SELECT COALESCE(string_agg(c.relname, ', ' ORDER BY c.relname), '') FROM pg_class c"
                        + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')"
                        + " AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"
                        + " AND (has_table_privilege(app_people_role(), c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE')"
                        + "      OR has_any_column_privilege(app_people_role(), c.oid, 'SELECT, INSERT, UPDATE'))"))
                        .isEqualTo("flyway_schema_history")));
        for (String partition : List.of("audit_log_default", "analytics_events_default", "revenue_streams_default",
                "analytics_events_y2025m06", "revenue_streams_y2025q2", "audit_log_y2025m01")) {
            tests.add(DynamicTest.dynamicTest(Who.ORG_OWNER + " reads partition " + partition + " directly → refused", () -> {
                Outcome outcome = attempt(Who.ORG_OWNER, Op.SELECT, new Sql("SELECT COUNT(*) FROM " + partition));
                assertThat(outcome.allowed()).as(outcome.how()).isFalse();
                assertThat(outcome.how()).startsWith("refused");
            }));
        }
        return tests.stream();
    }

    // ---------------------------------------------------------------------------------------------

    private static DynamicTest refused(Who who, String what, Sql sql) {
        return DynamicTest.dynamicTest(who + " " + what + " → refused", () -> {
            Outcome outcome = attempt(who, Op.UPDATE, sql);
            assertThat(outcome.allowed()).as("%s %s: the database %s (%s)", who, what, outcome.how(), sql.sql()).isFalse();
        });
    }

    private static DynamicTest ddlRefused(Who who, String ddl) {
        return DynamicTest.dynamicTest(who + ": " + ddl + " → refused", () -> {
            Connection c = connection(who);
            try (PreparedStatement statement = c.prepareStatement(ddl)) {
                statement.execute();
                throw new AssertionError("LEAK: " + who + " ran " + ddl);
            } catch (SQLException e) {
                assertThat(e.getSQLState()).as("%s: %s", ddl, e.getMessage()).isEqualTo(PRIVILEGE);
            } finally {
                c.rollback();
            }
        });
    }

    /**
     * Runs the statement as the person in its own transaction and rolls it back. Allowed: a SELECT
     * sees the row, a write changes a row (or a DELETE passes Row Level Security and is then
     * refused by a foreign key, which checks after the row is gone). Denied: no row, or 42501.
     */
    private static Outcome attempt(Who who, Op op, Sql sql) throws SQLException {
        Connection c = connection(who);
        try (PreparedStatement statement = c.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.args().length; i++) {
                statement.setObject(i + 1, sql.args()[i]);
            }
            if (op == Op.SELECT) {
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    long rows = rs.getLong(1);
                    return new Outcome(rows > 0, rows > 0 ? "showed the row" : "showed no row");
                }
            }
            int rows = statement.executeUpdate();
            return new Outcome(rows > 0, rows > 0 ? "changed " + rows + " row(s)" : "changed no row");
        } catch (SQLException e) {
            if (PRIVILEGE.equals(e.getSQLState()) || GUARD.equals(e.getSQLState()) && isGuardKey(e)) {
                return new Outcome(false, "refused it: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (op == Op.DELETE && FOREIGN_KEY.equals(e.getSQLState())) {
                return new Outcome(true, "let it through Row Level Security (then a foreign key refused it)");
            }
            throw new AssertionError("unexpected error (" + e.getSQLState() + ") for " + sql.sql() + ": " + e.getMessage(), e);
        } finally {
            c.rollback();
        }
    }

    private static boolean isGuardKey(SQLException e) {
        String message = ((org.postgresql.util.PSQLException) e).getServerErrorMessage().getMessage();
        return message != null && (message.startsWith("split.guard.") || message.startsWith("people."));
    }

    private static Connection connection(Who who) throws SQLException {
        Connection c = CONNECTIONS.get(who);
        if (c == null) {
            c = world.connect(world.person(who));
            CONNECTIONS.put(who, c);
        }
        return c;
    }
}
