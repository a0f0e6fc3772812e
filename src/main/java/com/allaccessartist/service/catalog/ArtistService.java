package com.allaccessartist.service.catalog;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.ValidationException;
import com.allaccessartist.domain.artist.Artist;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.ProgressListener;
import com.allaccessartist.service.auth.AccessScope;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Artists the signed-in person may see: a paged, searchable, sortable list (instant at 10,000+
 * artists), the switcher, CSV export of the current view, and the editor's create and save with
 * every rule checked again here (slug, links per platform, organization rights).
 *
 * <p>Visibility is {@code app_visible_artists()}: a direct grant, or any role in the artist's
 * organization. An artist's organization is named only to people who may see the organization
 * (its members and its creator), as on PostgreSQL.
 */
public final class ArtistService {

    public static final int MAX_NAME = 200;
    public static final int MAX_GENRE = 100;
    public static final int MAX_LOCATION = 200;
    /** Most rows one page may ask for. */
    public static final int MAX_PAGE = 1000;
    /** Rows read per batch of a CSV export (progress and cancel are checked between batches). */
    static final int EXPORT_BATCH = 500;
    private static final int SLUG_ATTEMPTS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ArtistService.class);
    /** An artist's organization's name, for those who may see the organization (its members and its creator). */
    private static final String ORGANIZATION_NAME = "(select o.name from Organization o where o.id = a.organizationId"
            + " and (o.id in " + AccessScope.MEMBER_ORGANIZATION_IDS + " or o.createdBy = :me))";

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public ArtistService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    /** One page of the artists the person may see, matching the query. */
    public ArtistPage search(ArtistQuery query) {
        int offset = Math.max(0, query.offset());
        int limit = Math.max(1, Math.min(MAX_PAGE, query.limit()));
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                return new ArtistPage(List.of(), 0);
            }
            Instant now = clock.instant();
            Where where = where(query);
            long total = count(session, query, now);
            List<ArtistRow> rows = total == 0 ? List.of() : rows(session, query, where, now, offset, limit);
            return new ArtistPage(rows, total);
        });
    }

    /** @throws com.allaccessartist.domain.AppException "record.goneOrNoAccess" if not visible */
    public ArtistDetails get(UUID id) {
        return Transactions.run(database, session -> {
            ArtistAccess rights = access.onArtist(session, id);
            if (!rights.view()) {
                throw new AppException("record.goneOrNoAccess");
            }
            return details(session, session.find(Artist.class, id), rights);
        });
    }

    /**
     * Creates an artist. In an organization the person needs can_manage_artists there; an
     * independent artist is owned by its creator (the database grants it).
     */
    public ArtistDetails create(ArtistDraft draft) {
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                throw new AppException("permission.artist.create");
            }
            if (draft.organizationId() != null && !access.mayCreateArtistIn(session, draft.organizationId())) {
                throw new AppException("permission.artist.createInOrganization");
            }
            Artist artist = Artist.create();
            artist.setCreatedBy(user.id());
            artist.setOrganizationId(draft.organizationId());
            apply(session, artist, draft);
            insert(session, artist);
            // an independent artist's creator became its owner (trigger grant_creator_artist_owner)
            Artist stored = session.find(Artist.class, artist.getId());
            return details(session, stored, access.onArtist(session, stored.getId()));
        });
    }

    /** Saves an edit made from {@code version}; needs the edit-profile right. */
    public ArtistDetails update(UUID id, long version, ArtistDraft draft) {
        return Transactions.run(database, session -> {
            ArtistAccess rights = access.onArtist(session, id);
            if (!rights.view()) {
                throw new AppException("record.goneOrNoAccess");
            }
            if (!rights.editProfile()) {
                throw new AppException("permission.artist.edit");
            }
            UUID currentOrganization = session.createSelectionQuery(
                            "select a.organizationId from Artist a where a.id = :id", UUID.class)
                    .setParameter("id", id).getSingleResult();
            checkMove(session, id, currentOrganization, draft.organizationId());
            Artist artist = ConcurrentEdits.apply(session, Artist.class, id, version, Artist::getVersion, row -> {
                row.setOrganizationId(draft.organizationId());
                apply(session, row, draft);
            });
            session.refresh(artist);
            return details(session, artist, access.onArtist(session, id));
        });
    }

    /** Live check of a slug being typed, for a new artist ({@code exceptArtistId} null) or an existing one. */
    public SlugCheck checkSlug(String slug, UUID exceptArtistId) {
        String value;
        try {
            value = Slug.parse(slug).value();
        } catch (ValidationException e) {
            return new SlugCheck(false, e.key(), e.args());
        }
        return Transactions.run(database, session -> {
            requireActive(session);
            AppException taken = slugTaken(session, value, exceptArtistId);
            return taken == null ? SlugCheck.ok() : new SlugCheck(false, taken.key(), taken.args());
        });
    }

    /** A free slug made from {@code name} (transliterated, lower case, hyphenated; "-2", "-3"... if taken). */
    public String suggestSlug(String name, UUID exceptArtistId) {
        return Transactions.run(database, session -> {
            requireActive(session);
            return freeSlug(session, name, exceptArtistId);
        });
    }

    /**
     * Writes every artist matching {@code query} (all pages, same order) to a CSV file, through a
     * temporary file so a failure or cancel leaves nothing half-written.
     *
     * <p>UTF-8 with a byte order mark (so spreadsheet programs read accents right), a header row,
     * one row per artist. Cells starting with {@code = + - @} are prefixed with an apostrophe so a
     * spreadsheet never runs them as formulas.
     *
     * @return how many artists were written
     * @throws com.allaccessartist.service.CancelledException when cancelled (no file is written)
     */
    public long exportCsv(ArtistQuery query, Path file, ProgressListener progress, CancellationToken cancel) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".artists-", ".csv.part");
            Path target = temporary;
            long written = Transactions.run(database, session -> writeCsv(session, query, target, progress, cancel));
            moveIntoPlace(temporary, file);
            return written;
        } catch (IOException e) {
            throw new AppException(e, "artist.export.writeFailed", file);
        } finally {
            deleteIfLeft(temporary);
        }
    }

    private void requireActive(Session session) {
        if (!access.isActivePerson(session)) {
            throw new AppException("permission.account.inactive");
        }
    }

    // --- list -----------------------------------------------------------------------------------

    /** The WHERE clause of the list (visibility and filters) and its parameters. */
    private record Where(String hql, Map<String, Object> parameters) {
        void bind(SelectionQuery<?> query, UUID me, Instant now) {
            query.setParameter("me", me).setParameter("now", now);
            parameters.forEach(query::setParameter);
        }
    }

    private static Where where(ArtistQuery query) {
        return where(query, AccessScope.artistVisibleForList("a.id", "a.organizationId"));
    }

    /**
     * How many artists match: those of the person's organizations, plus those granted directly
     * that are not in one of them (two disjoint sets, each counted along an index).
     */
    private long count(Session session, ArtistQuery query, Instant now) {
        Where ofOrganizations = where(query, "a.organizationId in " + AccessScope.MEMBER_ORGANIZATION_IDS);
        SelectionQuery<Long> first = session.createSelectionQuery("select count(a) from Artist a where " + ofOrganizations.hql,
                Long.class);
        ofOrganizations.bind(first, user.id(), now);
        Where granted = where(query, "(a.organizationId is null or a.organizationId not in "
                + AccessScope.MEMBER_ORGANIZATION_IDS + ")");
        SelectionQuery<Long> second = session.createSelectionQuery("select count(a) from ArtistPermission g join Artist a"
                + " on a.id = g.artistId where g.userId = :me and g.active = true and (g.expiresAt is null or g.expiresAt > :now)"
                + " and " + granted.hql, Long.class);
        granted.bind(second, user.id(), now);
        return first.getSingleResult() + second.getSingleResult();
    }

    private static Where where(ArtistQuery query, String visibility) {
        StringBuilder hql = new StringBuilder(visibility);
        Map<String, Object> parameters = new HashMap<>();
        String text = query.text() == null ? "" : query.text().strip();
        if (!text.isEmpty()) {
            hql.append(" and (lower(a.name) like :text escape '!' or lower(a.genre) like :text escape '!'"
                    + " or lower(a.location) like :text escape '!')");
            parameters.put("text", "%" + likeEscaped(text.toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.organizationId() != null) {
            hql.append(" and a.organizationId = :organization");
            parameters.put("organization", query.organizationId());
        }
        if (query.type() != null) {
            hql.append(" and a.type = :type");
            parameters.put("type", query.type());
        }
        if (query.isPublic() != null) {
            hql.append(" and coalesce(a.publicFlag, true) = :public");
            parameters.put("public", query.isPublic());
        }
        if (query.verified() != null) {
            hql.append(" and coalesce(a.verified, false) = :verified");
            parameters.put("verified", query.verified());
        }
        if (query.active() != null) {
            hql.append(" and coalesce(a.active, true) = :active");
            parameters.put("active", query.active());
        }
        return new Where(hql.toString(), parameters);
    }

    private List<ArtistRow> rows(Session session, ArtistQuery query, Where where, Instant now, int offset, int limit) {
        SelectionQuery<Object[]> select = session.createSelectionQuery(
                "select a.id, a.name, a.slug, a.type, a.genre, a.location, a.organizationId, " + ORGANIZATION_NAME + " as organizationName,"
                        + " coalesce(a.publicFlag, true), coalesce(a.verified, false), coalesce(a.active, true),"
                        + " (select count(r) from Release r where r.artistId = a.id) as releaseCount, a.updatedAt"
                        + " from Artist a where " + where.hql + " order by " + orderBy(query), Object[].class);
        where.bind(select, user.id(), now);
        return select.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> new ArtistRow((UUID) row[0], (String) row[1], (String) row[2], (ArtistType) row[3],
                        (String) row[4], (String) row[5], (UUID) row[6], (String) row[7], (Boolean) row[8],
                        (Boolean) row[9], (Boolean) row[10], (Long) row[11], (Instant) row[12]))
                .toList();
    }

    private static String orderBy(ArtistQuery query) {
        String direction = query.descending() ? " desc" : " asc";
        // rows without a value come last either way; written out, because Hibernate renders "nulls last"
        // for H2 as if H2 sorted nulls low, while the app's H2 connections sort them high as PostgreSQL does
        String first = switch (query.sort() == null ? ArtistSort.NAME : query.sort()) {
            case NAME -> "lower(a.name)" + direction + ", a.name" + direction;
            case TYPE -> lastWhenNull("a.type") + "a.type" + direction;
            case GENRE -> lastWhenNull("a.genre") + "lower(a.genre)" + direction;
            case LOCATION -> lastWhenNull("a.location") + "lower(a.location)" + direction;
            case ORGANIZATION -> lastWhenNull(ORGANIZATION_NAME) + "lower(" + ORGANIZATION_NAME + ")" + direction;
            case RELEASES -> "releaseCount" + direction;
            case UPDATED -> lastWhenNull("a.updatedAt") + "a.updatedAt" + direction;
        };
        return first + ", lower(a.name) asc, a.id asc";
    }

    private static String lastWhenNull(String path) {
        return "case when " + path + " is null then 1 else 0 end, ";
    }

    private static String likeEscaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '!' || c == '%' || c == '_') {
                out.append('!');
            }
            out.append(c);
        }
        return out.toString();
    }

    // --- CSV ----------------------------------------------------------------------------------

    private long writeCsv(Session session, ArtistQuery query, Path target, ProgressListener progress,
                          CancellationToken cancel) {
        requireActive(session);
        Instant now = clock.instant();
        Where where = where(query);
        long total = count(session, query, now);
        progress.progress(0, total, "artist.export.progress", 0, total);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVFormat format = CSVFormat.EXCEL.builder().setHeader(header()).get();
            try (CSVPrinter csv = new CSVPrinter(out, format)) {
                for (int offset = 0; offset < total; offset += EXPORT_BATCH) {
                    cancel.throwIfCancelled();
                    List<ArtistRow> batch = rows(session, query, where, now, offset, EXPORT_BATCH);
                    for (ArtistRow row : batch) {
                        csv.printRecord(cells(row));
                    }
                    written += batch.size();
                    session.clear();
                    progress.progress(written, total, "artist.export.progress", written, total);
                    if (batch.size() < EXPORT_BATCH) {
                        break;
                    }
                }
                cancel.throwIfCancelled();
            }
        } catch (IOException e) {
            throw new AppException(e, "artist.export.writeFailed", target);
        }
        return written;
    }

    private static String[] header() {
        String[] keys = {"name", "slug", "type", "genre", "location", "organization", "public", "verified", "active",
            "releases", "updated"};
        String[] header = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            header[i] = Messages.get("artist.export.column." + keys[i]);
        }
        return header;
    }

    private static List<String> cells(ArtistRow row) {
        List<String> cells = new ArrayList<>();
        cells.add(safeCell(row.name()));
        cells.add(row.slug());
        cells.add(row.type() == null ? "" : row.type().dbValue());
        cells.add(safeCell(row.genre()));
        cells.add(safeCell(row.location()));
        cells.add(safeCell(row.organizationName()));
        cells.add(Boolean.toString(row.isPublic()));
        cells.add(Boolean.toString(row.verified()));
        cells.add(Boolean.toString(row.active()));
        cells.add(Long.toString(row.releases()));
        cells.add(row.updatedAt() == null ? "" : row.updatedAt().toString());
        return cells;
    }

    /** A text cell a spreadsheet shows as text, never runs as a formula. */
    static String safeCell(String value) {
        return com.allaccessartist.service.SpreadsheetCells.text(value);
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteIfLeft(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary export file {}: {}", temporary, e.getMessage());
        }
    }

    // --- editing ------------------------------------------------------------------------------

    /** Moving an artist between organizations: rights in the new one, or keeping an owner when it leaves. */
    private void checkMove(Session session, UUID artistId, UUID from, UUID to) {
        if (java.util.Objects.equals(from, to)) {
            return;
        }
        if (to != null && !access.mayCreateArtistIn(session, to)) {
            throw new AppException("permission.artist.moveToOrganization");
        }
        if (to == null) {
            long ownGrants = session.createSelectionQuery(
                            "select count(p) from ArtistPermission p where p.userId = :me and p.artistId = :artist"
                                    + " and p.active = true and (p.expiresAt is null or p.expiresAt > :now) and p.role in (:roles)",
                            Long.class)
                    .setParameter("me", user.id())
                    .setParameter("artist", artistId)
                    .setParameter("now", clock.instant())
                    .setParameter("roles", List.of(ArtistRole.OWNER, ArtistRole.ADMIN))
                    .getSingleResult();
            if (ownGrants == 0) {
                throw new AppException("permission.artist.makeIndependent");
            }
        }
    }

    private void apply(Session session, Artist row, ArtistDraft draft) {
        row.setName(Fields.required("name", draft.name(), MAX_NAME, "validation.artist.name"));
        String slug = draft.slug() == null || draft.slug().isBlank()
                ? freeSlug(session, row.getName(), row.getId())
                : Fields.checked("slug", () -> Slug.parse(draft.slug()).value());
        AppException taken = slugTaken(session, slug, row.getId());
        if (taken != null) {
            throw InvalidFieldException.of("slug", taken);
        }
        row.setSlug(slug);
        row.setType(draft.type() == null ? ArtistType.INDIVIDUAL : draft.type());
        row.setBio(Fields.optional("bio", draft.bio(), 0, "validation.artist.bio"));
        row.setGenre(Fields.optional("genre", draft.genre(), MAX_GENRE, "validation.artist.genre"));
        row.setSubgenres(Fields.tags("subgenres", draft.subgenres(), "validation.artist.subgenres"));
        row.setLocation(Fields.optional("location", draft.location(), MAX_LOCATION, "validation.artist.location"));
        if (draft.formedDate() != null && draft.formedDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidFieldException("formedDate", "validation.artist.formedDate.future",
                    "The date the artist was formed cannot be in the future.", draft.formedDate());
        }
        row.setFormedDate(draft.formedDate());
        row.setProfileImageUrl(Fields.image(session, "profileImageUrl", draft.profileImageUrl()));
        row.setBannerImageUrl(Fields.image(session, "bannerImageUrl", draft.bannerImageUrl()));
        row.setWebsiteUrl(Fields.artistLink("websiteUrl", LinkPlatform.WEBSITE, draft.websiteUrl()));
        row.setSpotifyUrl(Fields.artistLink("spotifyUrl", LinkPlatform.SPOTIFY, draft.spotifyUrl()));
        row.setAppleMusicUrl(Fields.artistLink("appleMusicUrl", LinkPlatform.APPLE_MUSIC, draft.appleMusicUrl()));
        row.setYoutubeUrl(Fields.artistLink("youtubeUrl", LinkPlatform.YOUTUBE, draft.youtubeUrl()));
        row.setInstagramUrl(Fields.artistLink("instagramUrl", LinkPlatform.INSTAGRAM, draft.instagramUrl()));
        row.setTiktokUrl(Fields.artistLink("tiktokUrl", LinkPlatform.TIKTOK, draft.tiktokUrl()));
        row.setTwitterUrl(Fields.artistLink("twitterUrl", LinkPlatform.TWITTER, draft.twitterUrl()));
        row.setPublicFlag(draft.isPublic());
        row.setVerified(draft.verified());
        row.setActive(draft.active());
    }

    /**
     * Inserts the new artist with a plain INSERT. Hibernate would insert it with
     * {@code RETURNING created_at, updated_at}, and on PostgreSQL a returned row must pass the
     * SELECT policy at once: an independent artist becomes visible to its creator only through the
     * owner grant its AFTER INSERT trigger adds, which runs after that check.
     */
    private static void insert(Session session, Artist a) {
        String[] subgenres = a.getSubgenres().toArray(String[]::new);
        session.createNativeMutationQuery("INSERT INTO artists (id, name, slug, type, bio, genre, subgenres, location,"
                        + " formed_date, profile_image_url, banner_image_url, website_url, spotify_url, apple_music_url,"
                        + " youtube_url, instagram_url, tiktok_url, twitter_url, organization_id, is_public, is_verified,"
                        + " is_active, created_by) VALUES (:id, :name, :slug, :type, :bio, :genre, :subgenres, :location,"
                        + " :formed, :profile, :banner, :website, :spotify, :apple, :youtube, :instagram, :tiktok, :twitter,"
                        + " :organization, :public, :verified, :active, :creator)")
                .setParameter("id", a.getId())
                .setParameter("name", a.getName())
                .setParameter("slug", a.getSlug())
                .setParameter("type", a.getType().dbValue())
                .setParameter("bio", a.getBio(), String.class)
                .setParameter("genre", a.getGenre(), String.class)
                .setParameter("subgenres", subgenres, String[].class)
                .setParameter("location", a.getLocation(), String.class)
                .setParameter("formed", a.getFormedDate(), LocalDate.class)
                .setParameter("profile", a.getProfileImageUrl(), String.class)
                .setParameter("banner", a.getBannerImageUrl(), String.class)
                .setParameter("website", a.getWebsiteUrl(), String.class)
                .setParameter("spotify", a.getSpotifyUrl(), String.class)
                .setParameter("apple", a.getAppleMusicUrl(), String.class)
                .setParameter("youtube", a.getYoutubeUrl(), String.class)
                .setParameter("instagram", a.getInstagramUrl(), String.class)
                .setParameter("tiktok", a.getTiktokUrl(), String.class)
                .setParameter("twitter", a.getTwitterUrl(), String.class)
                .setParameter("organization", a.getOrganizationId(), UUID.class)
                .setParameter("public", a.getPublicFlag(), Boolean.class)
                .setParameter("verified", a.getVerified(), Boolean.class)
                .setParameter("active", a.getActive(), Boolean.class)
                .setParameter("creator", a.getCreatedBy())
                .executeUpdate();
    }

    /** Why {@code slug} cannot be used (the visible holder named), or null when it is free. */
    private AppException slugTaken(Session session, String slug, UUID exceptArtistId) {
        if (!Identifiers.inUse(session, database.vendor(), Identifiers.Kind.ARTIST_SLUG, slug, null, exceptArtistId)) {
            return null;
        }
        List<String> holder = session.createSelectionQuery("select a.name from Artist a where a.slug = :slug and "
                        + AccessScope.artistVisible("a.id", "a.organizationId"), String.class)
                .setParameter("slug", slug)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant())
                .getResultList();
        return holder.isEmpty() ? new AppException("catalog.slug.takenHidden", slug)
                : new AppException("catalog.slug.taken", slug, holder.get(0));
    }

    private String freeSlug(Session session, String name, UUID exceptArtistId) {
        String base = Slug.slugify(name, Slug.MAX_LENGTH - 8);
        if (base.isEmpty()) {
            base = "artist";
        }
        for (int n = 1; n <= SLUG_ATTEMPTS; n++) {
            String candidate = n == 1 ? base : base + "-" + n;
            if (!Identifiers.inUse(session, database.vendor(), Identifiers.Kind.ARTIST_SLUG, candidate, null, exceptArtistId)) {
                return candidate;
            }
        }
        return base + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    // --- records ------------------------------------------------------------------------------

    private ArtistDetails details(Session session, Artist a, ArtistAccess rights) {
        String organizationName = a.getOrganizationId() == null ? null : session.createSelectionQuery(
                        "select o.name from Organization o where o.id = :id and (o.id in "
                                + AccessScope.MEMBER_ORGANIZATION_IDS + " or o.createdBy = :me)", String.class)
                .setParameter("id", a.getOrganizationId())
                .setParameter("me", user.id())
                .setParameter("now", clock.instant())
                .uniqueResult();
        return new ArtistDetails(a.getId(), a.getName(), a.getSlug(), a.getType(), a.getBio(), a.getGenre(),
                a.getSubgenres(), a.getLocation(), a.getFormedDate(), a.getProfileImageUrl(), a.getBannerImageUrl(),
                a.getWebsiteUrl(), a.getSpotifyUrl(), a.getAppleMusicUrl(), a.getYoutubeUrl(), a.getInstagramUrl(),
                a.getTiktokUrl(), a.getTwitterUrl(), a.getOrganizationId(), organizationName,
                a.getPublicFlag() == null || a.getPublicFlag(), Boolean.TRUE.equals(a.getVerified()),
                a.getActive() == null || a.getActive(), a.getCreatedAt(), a.getUpdatedAt(), a.getVersion(), rights);
    }
}
