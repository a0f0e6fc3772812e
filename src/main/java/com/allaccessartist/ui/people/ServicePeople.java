package com.allaccessartist.ui.people;

import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What both gateways share: the session's people services, new accounts, and how a grant row becomes a table row. */
abstract class ServicePeople implements PeopleGateway {

    protected final PeopleService people;
    protected final PeopleRights rights;
    protected final PersonAccountService accounts;

    ServicePeople(PeopleService people, PeopleRights rights, PersonAccountService accounts) {
        this.people = people;
        this.rights = rights;
        this.accounts = accounts;
    }

    @Override
    public String createAccount(String email, String displayName, char[] initialPassword) {
        return accounts.createAccount(email, displayName, initialPassword).loginRole();
    }

    /** Whether the person may create accounts, asked only of people who may change access here. */
    protected boolean mayCreateAccounts(boolean mayManage) {
        return mayManage && accounts.mayCreateAccounts();
    }

    /** A table row of a grant with these values. */
    protected GrantItem item(UUID grantId, UUID userId, String name, String email, String role, int rank, String roleLabel,
                             List<Boolean> flags, String grantedBy, Instant grantedAt, Instant expiresAt, boolean active,
                             boolean inForce, BigDecimal share, long version) {
        return new GrantItem(grantId, userId, name, email, role, rank, roleLabel, flags,
                GrantTexts.shortFlags(flagKeys(), flags), GrantTexts.longFlags(flagKeys(), flags), grantedBy,
                GrantTexts.day(grantedAt), GrantTexts.lastDay(expiresAt), GrantTexts.expires(expiresAt),
                GrantTexts.status(active, inForce), share, version);
    }
}
