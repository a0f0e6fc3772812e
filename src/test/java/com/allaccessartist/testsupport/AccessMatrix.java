package com.allaccessartist.testsupport;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The documented access matrix (README, "Access matrix") as data: the people of the matrix world
 * with their grants, the rights those grants give (README, "Roles and rights"), and for every
 * user-data table and operation the right that allows it. The PostgreSQL Row Level Security
 * matrix test and the service matrix test both assert against it, so the two layers and the
 * README say the same thing.
 */
public final class AccessMatrix {

    public enum Op { SELECT, INSERT, UPDATE, DELETE }

    /** Whether a person's grants are in force. */
    public enum Grant { IN_FORCE, EXPIRED, REVOKED }

    // --- rights ----------------------------------------------------------------------------------

    /** Any signed-in person with an active account ({@code app_uid()} is not null). */
    public static final String PERSON = "person";
    /** Nobody but the schema owner. */
    public static final String NOBODY = "nobody";
    public static final String ORG_MEMBER = "organization: member";
    public static final String ORG_ADMIN = "organization: owner or admin";
    public static final String ORG_OWNER = "organization: owner";
    public static final String ORG_MANAGE_ARTISTS = "organization: manage artists";
    public static final String ORG_MANAGE_USERS = "organization: manage users";
    public static final String ARTIST_VIEW = "artist: sees it";
    public static final String EDIT_PROFILE = "artist: edit profile";
    public static final String MANAGE_RELEASES = "artist: manage releases";
    public static final String MANAGE_SONGS = "artist: manage songs";
    public static final String MANAGE_FINANCES = "artist: manage finances";
    public static final String MANAGE_SOCIAL = "artist: manage social";
    public static final String VIEW_ANALYTICS = "artist: view analytics";
    public static final String INVITE = "artist: invite collaborators";
    public static final String DELETE_ARTIST = "artist: delete";
    public static final String SPLIT_PARTY = "named split party";

    /** Default flags of an organization role (README table): artists, releases, finances, users. */
    public static final Map<String, Set<String>> ORGANIZATION_DEFAULTS = Map.of(
            "owner", Set.of("manage_artists", "manage_releases", "manage_finances", "manage_users"),
            "admin", Set.of("manage_artists", "manage_releases", "manage_finances", "manage_users"),
            "manager", Set.of("manage_artists", "manage_releases"),
            "editor", Set.of("manage_releases"),
            "viewer", Set.of());

    /** Default flags of an artist role (README table). */
    public static final Map<String, Set<String>> ARTIST_DEFAULTS = Map.of(
            "owner", Set.of("edit_profile", "manage_releases", "manage_songs", "manage_finances", "manage_social",
                    "view_analytics", "invite_collaborators"),
            "admin", Set.of("edit_profile", "manage_releases", "manage_songs", "manage_finances", "manage_social",
                    "view_analytics", "invite_collaborators"),
            "manager", Set.of("edit_profile", "manage_releases", "manage_songs", "manage_social", "view_analytics",
                    "invite_collaborators"),
            "collaborator", Set.of("manage_songs", "view_analytics"),
            "viewer", Set.of());

    // --- people ----------------------------------------------------------------------------------

    /**
     * The people of the matrix world. The organization and its artist are "ours"; OTHER_ORG owns
     * another organization; NO_GRANTS has an account and nothing else; SPLIT_PARTY has no grant
     * but is named on our artist's split sheet.
     */
    public enum Who {
        ORG_OWNER("owner", null, null, null, Grant.IN_FORCE),
        ORG_ADMIN("admin", null, null, null, Grant.IN_FORCE),
        ORG_MANAGER("manager", null, null, null, Grant.IN_FORCE),
        ORG_EDITOR("editor", null, null, null, Grant.IN_FORCE),
        ORG_VIEWER("viewer", null, null, null, Grant.IN_FORCE),
        ARTIST_OWNER(null, null, "owner", null, Grant.IN_FORCE),
        ARTIST_ADMIN(null, null, "admin", null, Grant.IN_FORCE),
        ARTIST_MANAGER(null, null, "manager", null, Grant.IN_FORCE),
        ARTIST_COLLABORATOR(null, null, "collaborator", null, Grant.IN_FORCE),
        ARTIST_VIEWER(null, null, "viewer", null, Grant.IN_FORCE),
        /** An artist admin whose flags were narrowed to analytics only. */
        ARTIST_RESTRICTED(null, null, "admin", Set.of("view_analytics"), Grant.IN_FORCE),
        /** Organization admin and artist manager, both expired yesterday. */
        EXPIRED("admin", null, "manager", null, Grant.EXPIRED),
        /** Organization admin and artist manager, both revoked (is_active false). */
        REVOKED("admin", null, "manager", null, Grant.REVOKED),
        OTHER_ORG(null, null, null, null, Grant.IN_FORCE),
        NO_GRANTS(null, null, null, null, Grant.IN_FORCE),
        SPLIT_PARTY(null, null, null, null, Grant.IN_FORCE);

        private final String organizationRole;
        private final Set<String> organizationFlags;
        private final String artistRole;
        private final Set<String> artistFlags;
        private final Grant grant;

        Who(String organizationRole, Set<String> organizationFlags, String artistRole, Set<String> artistFlags,
            Grant grant) {
            this.organizationRole = organizationRole;
            this.organizationFlags = organizationFlags != null || organizationRole == null ? organizationFlags
                    : ORGANIZATION_DEFAULTS.get(organizationRole);
            this.artistRole = artistRole;
            this.artistFlags = artistFlags != null || artistRole == null ? artistFlags : ARTIST_DEFAULTS.get(artistRole);
            this.grant = grant;
        }

        /** Role in our organization, or null. */
        public String organizationRole() {
            return organizationRole;
        }

        /** Flags of that role (without their can_ prefix), or null. */
        public Set<String> organizationFlags() {
            return organizationFlags;
        }

        /** Direct role on our artist, or null. */
        public String artistRole() {
            return artistRole;
        }

        public Set<String> artistFlags() {
            return artistFlags;
        }

        public Grant grant() {
            return grant;
        }

        public String hint() {
            return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }

        /**
         * The rights this person has on our organization and artist, as README "Roles and rights"
         * says: an inactive or expired grant gives nothing; an organization role covers its
         * artists (manage artists → edit profile, social, delete; manage releases → releases and
         * songs; manage finances → finances and analytics; manage users → invite); a direct grant
         * adds its own flags (manage releases covers songs; owner/admin may delete).
         */
        public Set<String> rights() {
            Set<String> rights = new TreeSet<>();
            rights.add(PERSON);
            if (this == SPLIT_PARTY) {
                rights.add(AccessMatrix.SPLIT_PARTY);
            }
            if (grant != Grant.IN_FORCE) {
                return rights;
            }
            if (organizationRole != null) {
                rights.add(ORG_MEMBER);
                rights.add(ARTIST_VIEW);
                if (organizationRole.equals("owner") || organizationRole.equals("admin")) {
                    rights.add(AccessMatrix.ORG_ADMIN);
                }
                if (organizationRole.equals("owner")) {
                    rights.add(AccessMatrix.ORG_OWNER);
                }
                if (organizationFlags.contains("manage_artists")) {
                    rights.addAll(List.of(ORG_MANAGE_ARTISTS, EDIT_PROFILE, MANAGE_SOCIAL, DELETE_ARTIST));
                }
                if (organizationFlags.contains("manage_releases")) {
                    rights.addAll(List.of(MANAGE_RELEASES, MANAGE_SONGS));
                }
                if (organizationFlags.contains("manage_finances")) {
                    rights.addAll(List.of(MANAGE_FINANCES, VIEW_ANALYTICS));
                }
                if (organizationFlags.contains("manage_users")) {
                    rights.addAll(List.of(ORG_MANAGE_USERS, INVITE));
                }
            }
            if (artistRole != null) {
                rights.add(ARTIST_VIEW);
                Map<String, String> flagRight = Map.of("edit_profile", EDIT_PROFILE, "manage_releases", MANAGE_RELEASES,
                        "manage_songs", MANAGE_SONGS, "manage_finances", MANAGE_FINANCES, "manage_social", MANAGE_SOCIAL,
                        "view_analytics", VIEW_ANALYTICS, "invite_collaborators", INVITE);
                artistFlags.forEach(flag -> rights.add(flagRight.get(flag)));
                if (artistFlags.contains("manage_releases")) {
                    rights.add(MANAGE_SONGS);
                }
                if (artistRole.equals("owner") || artistRole.equals("admin")) {
                    rights.add(DELETE_ARTIST);
                }
            }
            return rights;
        }
    }

    // --- the matrix ------------------------------------------------------------------------------

    /** A row of the matrix: a table, and which of its rows is tried. */
    public enum Target {
        USERS_OWN("users", "own row"),
        USERS_OTHER("users", "another person's row"),
        USER_PROFILES_OWN("user_profiles", "own row"),
        USER_PROFILES_OTHER("user_profiles", "another person's row"),
        USER_CREDENTIALS("user_credentials", "any row"),
        ORGANIZATIONS("organizations", "the organization"),
        USER_ORGANIZATION_ROLES("user_organization_roles", "a member's grant"),
        ARTISTS("artists", "an artist of the organization"),
        ARTISTS_INDEPENDENT("artists", "a new independent artist"),
        USER_ARTIST_PERMISSIONS("user_artist_permissions", "someone's grant on the artist"),
        RELEASES("releases", "the artist's release"),
        SONGS("songs", "the artist's song"),
        WORKS("works", "the artist's work"),
        MEDIA_ASSETS("media_assets", "an image someone added"),
        ANALYTICS_EVENTS("analytics_events", "the artist's event"),
        REVENUE_STREAMS("revenue_streams", "the artist's income line"),
        AUDIT_LOG_OWN("audit_log", "an entry of one's own change"),
        AUDIT_LOG_OTHER("audit_log", "an entry of someone else's change"),
        SPLIT_SHEETS("split_sheets", "the artist's sheet"),
        SPLIT_SHEET_VERSIONS("split_sheet_versions", "a version of the sheet"),
        SPLIT_LINES("split_lines", "a party line of the sheet");

        private final String table;
        private final String row;

        Target(String table, String row) {
            this.table = table;
            this.row = row;
        }

        public String table() {
            return table;
        }

        public String row() {
            return row;
        }
    }

    private static final Map<Target, Map<Op, String>> MATRIX = new LinkedHashMap<>();

    static {
        rule(Target.USERS_OWN, PERSON, NOBODY, PERSON, NOBODY);
        rule(Target.USERS_OTHER, NOBODY, null, NOBODY, NOBODY);
        rule(Target.USER_PROFILES_OWN, PERSON, NOBODY, PERSON, NOBODY);
        rule(Target.USER_PROFILES_OTHER, NOBODY, null, NOBODY, NOBODY);
        rule(Target.USER_CREDENTIALS, NOBODY, NOBODY, NOBODY, NOBODY);
        rule(Target.ORGANIZATIONS, ORG_MEMBER, PERSON, ORG_ADMIN, ORG_OWNER);
        rule(Target.USER_ORGANIZATION_ROLES, ORG_MEMBER, ORG_MANAGE_USERS, ORG_MANAGE_USERS, NOBODY);
        rule(Target.ARTISTS, ARTIST_VIEW, ORG_MANAGE_ARTISTS, EDIT_PROFILE, DELETE_ARTIST);
        rule(Target.ARTISTS_INDEPENDENT, null, PERSON, null, null);
        rule(Target.USER_ARTIST_PERMISSIONS, ARTIST_VIEW, INVITE, INVITE, NOBODY);
        rule(Target.RELEASES, ARTIST_VIEW, MANAGE_RELEASES, MANAGE_RELEASES, MANAGE_RELEASES);
        rule(Target.SONGS, ARTIST_VIEW, MANAGE_RELEASES, MANAGE_RELEASES, MANAGE_RELEASES);
        rule(Target.WORKS, ARTIST_VIEW, MANAGE_SONGS, MANAGE_SONGS, MANAGE_SONGS);
        rule(Target.MEDIA_ASSETS, PERSON, PERSON, NOBODY, NOBODY);
        rule(Target.ANALYTICS_EVENTS, VIEW_ANALYTICS, NOBODY, NOBODY, NOBODY);
        rule(Target.REVENUE_STREAMS, MANAGE_FINANCES, MANAGE_FINANCES, MANAGE_FINANCES, MANAGE_FINANCES);
        rule(Target.AUDIT_LOG_OWN, PERSON, NOBODY, NOBODY, NOBODY);
        rule(Target.AUDIT_LOG_OTHER, NOBODY, null, NOBODY, NOBODY);
        rule(Target.SPLIT_SHEETS, MANAGE_FINANCES + " | " + SPLIT_PARTY, MANAGE_FINANCES, MANAGE_FINANCES, NOBODY);
        rule(Target.SPLIT_SHEET_VERSIONS, MANAGE_FINANCES + " | " + SPLIT_PARTY, MANAGE_FINANCES, NOBODY, NOBODY);
        rule(Target.SPLIT_LINES, MANAGE_FINANCES + " | " + SPLIT_PARTY, MANAGE_FINANCES, NOBODY, NOBODY);
    }

    private AccessMatrix() {
    }

    private static void rule(Target target, String select, String insert, String update, String delete) {
        Map<Op, String> ops = new EnumMap<>(Op.class);
        String[] rules = {select, insert, update, delete};
        for (Op op : Op.values()) {
            if (rules[op.ordinal()] != null) {
                ops.put(op, rules[op.ordinal()]);
            }
        }
        MATRIX.put(target, ops);
    }

    /** The right (or rights, separated by " | ") allowing {@code op} on {@code target}; null if not tried. */
    public static String rule(Target target, Op op) {
        return MATRIX.get(target).get(op);
    }

    /** The operations tried on the target. */
    public static Set<Op> ops(Target target) {
        return MATRIX.get(target).keySet();
    }

    /** Whether the documented matrix allows {@code who} to do {@code op} on {@code target}. */
    public static boolean allows(Who who, Target target, Op op) {
        String rule = rule(target, op);
        if (rule == null) {
            throw new IllegalArgumentException(target + " " + op + " is not part of the matrix");
        }
        Set<String> rights = who.rights();
        for (String right : rule.split(" \\| ")) {
            if (!right.equals(NOBODY) && rights.contains(right)) {
                return true;
            }
        }
        return false;
    }
}
