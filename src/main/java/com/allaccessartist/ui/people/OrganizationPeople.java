package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.service.people.OrganizationGrantRow;
import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The People screen of an organization: its members' roles (user_organization_roles). */
public final class OrganizationPeople extends ServicePeople {

    private static final List<String> FLAGS = List.of("manageArtists", "manageReleases", "manageFinances", "manageUsers");

    public OrganizationPeople(PeopleService people, PeopleRights rights, PersonAccountService accounts) {
        super(people, rights, accounts);
    }

    @Override
    public boolean hasShares() {
        return false;
    }

    @Override
    public List<String> flagKeys() {
        return FLAGS;
    }

    @Override
    public List<RoleChoice> roles() {
        return Arrays.stream(OrganizationRole.values()).map(r -> new RoleChoice(r.dbValue(), label(r), rank(r))).toList();
    }

    @Override
    public List<Boolean> defaults(String role) {
        return bits(OrganizationRights.defaultsFor(role(role)));
    }

    @Override
    public String noManageReason() {
        return Messages.get("people.permission.organization");
    }

    @Override
    public Loaded load(UUID organizationId) {
        List<GrantItem> grants = people.organizationGrants(organizationId).stream().map(this::item).toList();
        PeopleRights.OnOrganization mine = rights.onOrganization(organizationId);
        return new Loaded(grants, new Standing(mine.mayManage(), false, mine.role() == null ? -1 : rank(mine.role()),
                mine.role() == null ? "" : label(mine.role()), bits(mine.held()),
                mayCreateAccounts(mine.mayManage())));
    }

    @Override
    public void grant(UUID organizationId, String email, String role, List<Boolean> flags, Instant expiresAt) {
        people.grantOrganization(organizationId, email, role(role), rights(flags), expiresAt);
    }

    @Override
    public void change(GrantItem grant, String role, List<Boolean> flags, Instant expiresAt) {
        people.changeOrganizationGrant(grant.grantId(), grant.version(), role(role), rights(flags), expiresAt);
    }

    @Override
    public void revoke(GrantItem grant) {
        people.revokeOrganizationGrant(grant.grantId(), grant.version());
    }

    @Override
    public void setShare(GrantItem grant, BigDecimal share) {
        throw new UnsupportedOperationException("Organization grants have no revenue share");
    }

    private GrantItem item(OrganizationGrantRow row) {
        return item(row.grantId(), row.userId(), row.displayName(), row.email(), row.role().dbValue(), rank(row.role()),
                label(row.role()), bits(row.flags()), row.grantedByName(), row.grantedAt(), row.expiresAt(), row.active(),
                row.inForce(), null, row.version());
    }

    private static OrganizationRole role(String value) {
        return value == null ? null : OrganizationRole.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }

    private static String label(OrganizationRole role) {
        return Messages.get("organization.role." + role.dbValue());
    }

    /** The ranks of PeopleService: owner 4 to viewer 0, the order of the enum. */
    private static int rank(OrganizationRole role) {
        return OrganizationRole.values().length - 1 - role.ordinal();
    }

    private static List<Boolean> bits(OrganizationRights r) {
        return List.of(r.manageArtists(), r.manageReleases(), r.manageFinances(), r.manageUsers());
    }

    private static OrganizationRights rights(List<Boolean> f) {
        return new OrganizationRights(f.get(0), f.get(1), f.get(2), f.get(3));
    }
}
