package com.allaccessartist.domain.org;

/**
 * The permission flags of an organization grant (seed: {@code user_organization_roles.can_*}).
 * Each role comes with a default set ({@link #defaultsFor}); a grant may adjust its flags.
 *
 * <pre>
 * role      manage artists  manage releases  manage finances  manage users
 * owner     yes             yes              yes              yes
 * admin     yes             yes              yes              yes
 * manager   yes             yes              -                -
 * editor    -               yes              -                -
 * viewer    -               -                -                -
 * </pre>
 */
public record OrganizationRights(boolean manageArtists, boolean manageReleases, boolean manageFinances,
                                 boolean manageUsers) {

    public static final OrganizationRights NONE = new OrganizationRights(false, false, false, false);
    public static final OrganizationRights ALL = new OrganizationRights(true, true, true, true);

    /** The flags a new grant of {@code role} starts with. */
    public static OrganizationRights defaultsFor(OrganizationRole role) {
        return switch (role) {
            case OWNER, ADMIN -> ALL;
            case MANAGER -> new OrganizationRights(true, true, false, false);
            case EDITOR -> new OrganizationRights(false, true, false, false);
            case VIEWER -> NONE;
        };
    }

    /** Whether every flag set in {@code other} is set here too (nobody grants a right they lack). */
    public boolean covers(OrganizationRights other) {
        return (manageArtists || !other.manageArtists) && (manageReleases || !other.manageReleases)
                && (manageFinances || !other.manageFinances) && (manageUsers || !other.manageUsers);
    }

    /** The flags of both grants together. */
    public OrganizationRights union(OrganizationRights other) {
        return new OrganizationRights(manageArtists || other.manageArtists, manageReleases || other.manageReleases,
                manageFinances || other.manageFinances, manageUsers || other.manageUsers);
    }
}
