package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.service.people.ArtistGrantRow;
import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The People screen of an artist: its direct grants (user_artist_permissions) with revenue shares. */
public final class ArtistPeople extends ServicePeople {

    private static final List<String> FLAGS = List.of("editProfile", "manageReleases", "manageSongs", "manageFinances",
            "manageSocial", "viewAnalytics", "inviteCollaborators");

    public ArtistPeople(PeopleService people, PeopleRights rights, PersonAccountService accounts) {
        super(people, rights, accounts);
    }

    @Override
    public boolean hasShares() {
        return true;
    }

    @Override
    public List<String> flagKeys() {
        return FLAGS;
    }

    @Override
    public List<RoleChoice> roles() {
        return Arrays.stream(ArtistRole.values()).map(r -> new RoleChoice(r.dbValue(), label(r), rank(r))).toList();
    }

    @Override
    public List<Boolean> defaults(String role) {
        return bits(ArtistRights.defaultsFor(role(role)));
    }

    @Override
    public String noManageReason() {
        return Messages.get("people.permission.artist");
    }

    @Override
    public Loaded load(UUID artistId) {
        List<GrantItem> grants = people.artistGrants(artistId).stream().map(this::item).toList();
        PeopleRights.OnArtist mine = rights.onArtist(artistId);
        return new Loaded(grants, new Standing(mine.mayManage(), mine.mayManageFinances(), rank(mine.role()),
                label(mine.role()), bits(mine.held()), mayCreateAccounts(mine.mayManage())));
    }

    @Override
    public void grant(UUID artistId, String email, String role, List<Boolean> flags, Instant expiresAt) {
        people.grantArtist(artistId, email, role(role), rights(flags), expiresAt);
    }

    @Override
    public void change(GrantItem grant, String role, List<Boolean> flags, Instant expiresAt) {
        people.changeArtistGrant(grant.grantId(), grant.version(), role(role), rights(flags), expiresAt);
    }

    @Override
    public void revoke(GrantItem grant) {
        people.revokeArtistGrant(grant.grantId(), grant.version());
    }

    @Override
    public void setShare(GrantItem grant, BigDecimal share) {
        people.setRevenueShare(grant.grantId(), grant.version(), share);
    }

    private GrantItem item(ArtistGrantRow row) {
        return item(row.grantId(), row.userId(), row.displayName(), row.email(), row.role().dbValue(), rank(row.role()),
                label(row.role()), bits(row.flags()), row.grantedByName(), row.grantedAt(), row.expiresAt(), row.active(),
                row.inForce(), row.revenueShare(), row.version());
    }

    private static ArtistRole role(String value) {
        return value == null ? null : ArtistRole.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    private static String label(ArtistRole role) {
        return Messages.get("people.artistRole." + role.dbValue());
    }

    /** The ranks of PeopleService: owner 4 to viewer 0, the order of the enum. */
    private static int rank(ArtistRole role) {
        return ArtistRole.values().length - 1 - role.ordinal();
    }

    private static List<Boolean> bits(ArtistRights r) {
        return List.of(r.editProfile(), r.manageReleases(), r.manageSongs(), r.manageFinances(), r.manageSocial(),
                r.viewAnalytics(), r.inviteCollaborators());
    }

    private static ArtistRights rights(List<Boolean> f) {
        return new ArtistRights(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), f.get(5), f.get(6));
    }
}
