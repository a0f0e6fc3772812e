package com.allaccessartist.service.catalog;

import com.allaccessartist.persistence.Vendor;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Whether an identifier is used anywhere in the catalogue, including by rows the person cannot
 * see: artist slugs, UPCs and ISRCs are unique across the catalogue and catalogue numbers per
 * label, so a person is told a value is taken even when its holder belongs to someone else (only
 * that it is taken, never by what). On PostgreSQL Row Level Security hides those rows, so the
 * question goes to {@code app_identifier_in_use()} (migration V4), which answers only yes or no;
 * on H2 the same queries run directly.
 */
final class Identifiers {

    /** What is looked up; the names are those of {@code app_identifier_in_use()}. */
    enum Kind {
        /** artists.slug, other than artist {@code except}. */
        ARTIST_SLUG("artist_slug"),
        /** releases.upc_code, other than release {@code except}. */
        UPC("upc"),
        /** songs.isrc_code, other than song {@code except}. */
        ISRC("isrc"),
        /** songs.isrc_code on a release other than {@code except}. */
        ISRC_OUTSIDE_RELEASE("isrc_outside_release"),
        /** releases.catalog_number (ignoring case) of the label of artist {@code scope}, other than release {@code except}. */
        CATALOG_NUMBER("catalog_number");

        private final String sqlName;

        Kind(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    private Identifiers() {
    }

    static boolean inUse(Session session, Vendor vendor, Kind kind, String identifier, UUID scope, UUID except) {
        if (vendor == Vendor.POSTGRESQL) {
            return Boolean.TRUE.equals(session.createNativeQuery(
                            "SELECT app_identifier_in_use(:kind, :identifier, CAST(:scope AS UUID), CAST(:except AS UUID))",
                            Boolean.class)
                    .setParameter("kind", kind.sqlName)
                    .setParameter("identifier", identifier)
                    .setParameter("scope", scope == null ? null : scope.toString(), String.class)
                    .setParameter("except", except == null ? null : except.toString(), String.class)
                    .getSingleResult());
        }
        String hql = switch (kind) {
            case ARTIST_SLUG -> "select count(a) from Artist a where a.slug = :identifier"
                    + (except == null ? "" : " and a.id <> :except");
            case UPC -> "select count(r) from Release r where r.upcCode = :identifier"
                    + (except == null ? "" : " and r.id <> :except");
            case ISRC -> "select count(s) from Song s where s.isrcCode = :identifier"
                    + (except == null ? "" : " and s.id <> :except");
            case ISRC_OUTSIDE_RELEASE -> "select count(s) from Song s where s.isrcCode = :identifier"
                    + (except == null ? "" : " and s.releaseId <> :except");
            case CATALOG_NUMBER -> "select count(r) from Release r join Artist a on a.id = r.artistId,"
                    + " Artist scope where scope.id = :scope and lower(r.catalogNumber) = lower(:identifier)"
                    + " and (a.organizationId = scope.organizationId or (scope.organizationId is null and a.id = scope.id))"
                    + (except == null ? "" : " and r.id <> :except");
        };
        var query = session.createSelectionQuery(hql, Long.class).setParameter("identifier", identifier);
        if (except != null) {
            query.setParameter("except", except);
        }
        if (kind == Kind.CATALOG_NUMBER) {
            query.setParameter("scope", scope);
        }
        return query.getSingleResult() > 0;
    }
}
