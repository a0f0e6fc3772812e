package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessScope;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The numbers of the Overview screen, limited to what the signed-in person may see. */
public final class CatalogOverviewService {

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;

    public CatalogOverviewService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
    }

    public CatalogOverview overview() {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            List<CatalogOverview.Membership> memberships = session.createSelectionQuery(
                            "select new com.allaccessartist.service.catalog.CatalogOverview$Membership("
                                    + " o.id, o.name, o.type, r.role,"
                                    + " (select count(a) from Artist a where a.organizationId = o.id))"
                                    + " from OrganizationMembership r join Organization o on o.id = r.organizationId"
                                    + " where r.userId = :me and r.active = true and (r.expiresAt is null or r.expiresAt > :now)"
                                    + " order by o.name", CatalogOverview.Membership.class)
                    .setParameter("me", user.id())
                    .setParameter("now", now)
                    .getResultList();
            long artists = session.createSelectionQuery("select count(a) from Artist a where "
                            + AccessScope.artistVisible("a.id", "a.organizationId"), Long.class)
                    .setParameter("me", user.id())
                    .setParameter("now", now)
                    .getSingleResult();
            Map<ReleaseStatus, Long> byStatus = new EnumMap<>(ReleaseStatus.class);
            for (ReleaseStatus status : ReleaseStatus.values()) {
                byStatus.put(status, 0L);
            }
            session.createSelectionQuery("select r.status, count(r) from Release r join Artist a on a.id = r.artistId where "
                            + AccessScope.artistVisible("a.id", "a.organizationId") + " group by r.status", Object[].class)
                    .setParameter("me", user.id())
                    .setParameter("now", now)
                    .getResultList()
                    .forEach(row -> byStatus.put((ReleaseStatus) row[0], (Long) row[1]));
            long songs = session.createSelectionQuery("select count(s) from Song s join Artist a on a.id = s.artistId where "
                            + AccessScope.artistVisible("a.id", "a.organizationId"), Long.class)
                    .setParameter("me", user.id())
                    .setParameter("now", now)
                    .getSingleResult();
            return new CatalogOverview(memberships, artists, byStatus, songs);
        });
    }
}
