package com.allaccessartist.service.auth;

import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import java.time.Clock;

/**
 * What the signed-in person may do, asked by the UI (to offer only what would be allowed) and
 * by services (which check again before acting).
 */
public final class PermissionService {

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public PermissionService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Loading the demo catalogue adds organizations, people and thousands of rows: on a local
     * file, an owner of an organization may do it; on a shared PostgreSQL database only the
     * administrator may, with the {@code demo} command.
     */
    public boolean mayLoadDemoCatalogue() {
        if (database.vendor() != Vendor.H2) {
            return false;
        }
        return database.inTransaction(session -> session.createSelectionQuery(
                        "select count(r) from OrganizationMembership r where r.userId = :me and r.role = :owner"
                                + " and r.active = true and (r.expiresAt is null or r.expiresAt > :now)", Long.class)
                .setParameter("me", user.id())
                .setParameter("owner", OrganizationRole.OWNER)
                .setParameter("now", clock.instant())
                .getSingleResult() > 0);
    }
}
