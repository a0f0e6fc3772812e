package com.allaccessartist.domain.artist;

/**
 * The permission flags of a direct artist grant (seed: {@code user_artist_permissions.can_*}).
 * Each role comes with a default set ({@link #defaultsFor}); a grant may adjust its flags.
 *
 * <pre>
 * role          edit     manage    manage  manage    manage  view       invite
 *               profile  releases  songs   finances  social  analytics  collaborators
 * owner         yes      yes       yes     yes       yes     yes        yes
 * admin         yes      yes       yes     yes       yes     yes        yes
 * manager       yes      yes       yes     -         yes     yes        yes
 * collaborator  -        -         yes     -         -       yes        -
 * viewer        -        -         -       -         -       -          -
 * </pre>
 */
public record ArtistRights(boolean editProfile, boolean manageReleases, boolean manageSongs, boolean manageFinances,
                           boolean manageSocial, boolean viewAnalytics, boolean inviteCollaborators) {

    public static final ArtistRights NONE = new ArtistRights(false, false, false, false, false, false, false);
    public static final ArtistRights ALL = new ArtistRights(true, true, true, true, true, true, true);

    /** The flags a new grant of {@code role} starts with. */
    public static ArtistRights defaultsFor(ArtistRole role) {
        return switch (role) {
            case OWNER, ADMIN -> ALL;
            case MANAGER -> new ArtistRights(true, true, true, false, true, true, true);
            case COLLABORATOR -> new ArtistRights(false, false, true, false, false, true, false);
            case VIEWER -> NONE;
        };
    }

    /** Whether every flag set in {@code other} is set here too (nobody grants a right they lack). */
    public boolean covers(ArtistRights other) {
        return (editProfile || !other.editProfile) && (manageReleases || !other.manageReleases)
                && (manageSongs || !other.manageSongs) && (manageFinances || !other.manageFinances)
                && (manageSocial || !other.manageSocial) && (viewAnalytics || !other.viewAnalytics)
                && (inviteCollaborators || !other.inviteCollaborators);
    }

    /** The flags of both grants together. */
    public ArtistRights union(ArtistRights other) {
        return new ArtistRights(editProfile || other.editProfile, manageReleases || other.manageReleases,
                manageSongs || other.manageSongs, manageFinances || other.manageFinances,
                manageSocial || other.manageSocial, viewAnalytics || other.viewAnalytics,
                inviteCollaborators || other.inviteCollaborators);
    }
}
