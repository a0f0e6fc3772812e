package com.allaccessartist.service.catalog;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.Artist;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.Release;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseWorkflow;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessScope;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ReleaseChecks.CheckedRelease;
import com.allaccessartist.service.catalog.ReleaseChecks.CheckedTrack;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Releases and their track listings. Saving a release and its tracks is one transaction: on any
 * error nothing is saved. Every rule is checked here again (identifiers, uniqueness with the
 * holder named, numbering, workflow, readiness, rights, read-only archived releases).
 *
 * <p>Rights: seeing a release needs seeing its artist; creating, saving, deleting and moving it
 * need can_manage_releases on the artist (direct, or through the artist's organization); moving
 * it back in the workflow also needs being an administrator of the artist or its organization.
 * An identifier's holder is named only when the person may see it; otherwise they learn only
 * that it is taken.
 */
public final class ReleaseService {

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public ReleaseService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    /** An artist's releases the person may see, filtered and sorted by date. */
    public List<ReleaseRow> releasesOf(UUID artistId, ReleaseFilter filter) {
        ReleaseFilter f = filter == null ? ReleaseFilter.all() : filter;
        return Transactions.run(database, session -> {
            if (!access.onArtist(session, artistId).view()) {
                throw new AppException("permission.artist.view");
            }
            String direction = f.oldestFirst() ? " asc" : " desc";
            SelectionQuery<Object[]> query = session.createSelectionQuery(
                    "select r.id, r.title, r.type, r.status, r.releaseDate, r.upcCode, r.catalogNumber,"
                            + " count(s.id), coalesce(sum(s.durationSeconds), 0)"
                            + " from Release r left join Song s on s.releaseId = r.id"
                            + " where r.artistId = :artist"
                            + (f.statuses().isEmpty() ? "" : " and r.status in (:statuses)")
                            + (f.types().isEmpty() ? "" : " and r.type in (:types)")
                            + " group by r.id, r.title, r.type, r.status, r.releaseDate, r.upcCode, r.catalogNumber"
                            + " order by case when r.releaseDate is null then 1 else 0 end, r.releaseDate" + direction
                            + ", lower(r.title) asc, r.id asc", Object[].class)
                    .setParameter("artist", artistId);
            if (!f.statuses().isEmpty()) {
                query.setParameter("statuses", f.statuses());
            }
            if (!f.types().isEmpty()) {
                query.setParameter("types", f.types());
            }
            return query.getResultList().stream()
                    .map(row -> new ReleaseRow((UUID) row[0], (String) row[1], (com.allaccessartist.domain.catalog.ReleaseType) row[2],
                            (ReleaseStatus) row[3], (LocalDate) row[4], (String) row[5], (String) row[6],
                            ((Number) row[7]).intValue(), ((Number) row[8]).longValue()))
                    .toList();
        });
    }

    /** @throws com.allaccessartist.domain.AppException "record.goneOrNoAccess" if not visible */
    public ReleaseDetails get(UUID id) {
        return Transactions.run(database, session -> {
            Release release = visible(session, id);
            return details(session, release, access.onArtist(session, release.getArtistId()));
        });
    }

    /** Creates a draft release with its tracks for the artist; needs can_manage_releases on it. */
    public ReleaseDetails create(UUID artistId, ReleaseDraft draft) {
        return Transactions.run(database, session -> {
            ArtistAccess rights = access.onArtist(session, artistId);
            if (!rights.manageReleases()) {
                throw new AppException(rights.view() ? "permission.release.manage" : "record.goneOrNoAccess");
            }
            CheckedRelease checked = ReleaseChecks.check(session, draft, today());
            Release release = Release.create();
            release.setArtistId(artistId);
            release.setStatus(ReleaseStatus.DRAFT);
            checkUnique(session, artistId, null, checked);
            apply(session, release, checked);
            session.persist(release);
            session.flush();
            TrackListingSync.insert(session, release, checked.tracks());
            session.flush();
            session.refresh(release);
            return details(session, release, rights);
        });
    }

    /** Saves the release and its whole track listing, made from {@code version}, in one transaction. */
    public ReleaseDetails save(UUID id, long version, ReleaseDraft draft) {
        return Transactions.run(database, session -> {
            Release release = visible(session, id);
            ArtistAccess rights = requireManage(session, release);
            ConcurrentEdits.load(session, Release.class, id, version, Release::getVersion);
            if (ReleaseWorkflow.isReadOnly(release.getStatus())) {
                throw new AppException("release.archived.readOnly");
            }
            CheckedRelease checked = ReleaseChecks.check(session, draft, today());
            ReleaseStatus status = release.getStatus();
            if (status == ReleaseStatus.SCHEDULED || status == ReleaseStatus.RELEASED) {
                requireReady(checked.snapshot(), status, "release.save.notReady");
            }
            // from here on no other save of this release runs; a concurrent one that got here first wins
            ConcurrentEdits.claim(session, release, Release.class, id, version);
            checkUnique(session, release.getArtistId(), id, checked);
            apply(session, release, checked);
            ConcurrentEdits.flush(session, Release.class, id);
            TrackListingSync.sync(session, release, checked.tracks());
            session.refresh(release);
            return details(session, release, rights);
        });
    }

    /**
     * Moves the release to {@code target} if the workflow allows it for this person and, for
     * scheduled/released, its saved content meets {@link ReleaseReadiness}.
     *
     * @throws com.allaccessartist.domain.AppException "release.move.notAllowed", "release.move.notReady"
     *         (with the unmet rules), "permission.release.manage", "permission.release.moveBack", or a
     *         concurrency key
     */
    public ReleaseDetails changeStatus(UUID id, long version, ReleaseStatus target) {
        return Transactions.run(database, session -> {
            Release release = visible(session, id);
            ArtistAccess rights = requireManage(session, release);
            ConcurrentEdits.load(session, Release.class, id, version, Release::getVersion);
            ReleaseStatus from = release.getStatus();
            if (target == null || !ReleaseWorkflow.moves(from, rights.administrator()).contains(target)) {
                boolean backWithoutRight = target != null && ReleaseWorkflow.isMoveBack(from, target);
                throw new AppException(backWithoutRight ? "permission.release.moveBack" : "release.move.notAllowed",
                        statusLabel(from), statusLabel(target));
            }
            if (target == ReleaseStatus.SCHEDULED || target == ReleaseStatus.RELEASED) {
                requireReady(savedSnapshot(session, release), target, "release.move.notReady");
            }
            Release moved = ConcurrentEdits.apply(session, Release.class, id, version, Release::getVersion,
                    row -> row.setStatus(target));
            session.refresh(moved);
            return details(session, moved, rights);
        });
    }

    /** Deletes a release (and its tracks) made from {@code version}; not an archived one. */
    public void delete(UUID id, long version) {
        Transactions.run(database, session -> {
            Release release = visible(session, id);
            requireManage(session, release);
            ConcurrentEdits.load(session, Release.class, id, version, Release::getVersion);
            if (ReleaseWorkflow.isReadOnly(release.getStatus())) {
                throw new AppException("release.archived.readOnly");
            }
            session.remove(release);
            ConcurrentEdits.flush(session, Release.class, id);
            return null;
        });
    }

    /** The release holding this ISRC, other than the track {@code exceptSongId}, if any (live check). */
    public Optional<IdentifierOwner> isrcOwner(String isrc, UUID exceptSongId) {
        if (!Isrc.isValid(isrc)) {
            return Optional.empty();
        }
        String code = Isrc.parse(isrc).value();
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                return Optional.empty();
            }
            Optional<IdentifierOwner> visible = visibleIsrcOwner(session, code, exceptSongId, null);
            if (visible.isPresent()) {
                return visible;
            }
            return Identifiers.inUse(session, database.vendor(), Identifiers.Kind.ISRC, code, null, exceptSongId)
                    ? Optional.of(IdentifierOwner.hidden()) : Optional.empty();
        });
    }

    /** The release holding this UPC/EAN, other than {@code exceptReleaseId}, if any (live check). */
    public Optional<IdentifierOwner> upcOwner(String upc, UUID exceptReleaseId) {
        if (!Upc.isValid(upc)) {
            return Optional.empty();
        }
        String code = Upc.parse(upc).value();
        return Transactions.run(database, session -> access.isActivePerson(session)
                ? upcHolder(session, code, exceptReleaseId) : Optional.empty());
    }

    /**
     * The artist's other release using this slug, other than {@code exceptReleaseId}, if any (live
     * check of the slug being typed; slugs are unique per artist). Empty for a slug that is not
     * well formed (the form says why) or an artist the person may not see.
     */
    public Optional<IdentifierOwner> slugOwner(UUID artistId, String slug, UUID exceptReleaseId) {
        if (!Slug.isValid(slug)) {
            return Optional.empty();
        }
        String value = Slug.parse(slug).value();
        return Transactions.run(database, session -> access.onArtist(session, artistId).view()
                ? slugHolder(session, artistId, value, exceptReleaseId) : Optional.empty());
    }

    /**
     * The release of the same label (the artist's organization, or the artist if independent)
     * holding this catalogue number, other than {@code exceptReleaseId}, if any (live check).
     * Catalogue numbers are compared ignoring case and surrounding spaces.
     */
    public Optional<IdentifierOwner> catalogNumberOwner(UUID artistId, String catalogNumber, UUID exceptReleaseId) {
        if (catalogNumber == null || catalogNumber.isBlank()) {
            return Optional.empty();
        }
        String number = catalogNumber.strip();
        return Transactions.run(database, session -> access.onArtist(session, artistId).view()
                ? catalogNumberHolder(session, artistId, number, exceptReleaseId) : Optional.empty());
    }

    // --- rules --------------------------------------------------------------------------------

    /** The person's rights on the release's artist, if they may manage its releases. */
    private ArtistAccess requireManage(Session session, Release release) {
        ArtistAccess rights = access.onArtist(session, release.getArtistId());
        if (!rights.manageReleases()) {
            throw new AppException("permission.release.manage");
        }
        return rights;
    }

    private Release visible(Session session, UUID id) {
        Release release = id == null ? null : session.find(Release.class, id);
        if (release == null || !access.onArtist(session, release.getArtistId()).view()) {
            throw new AppException("record.goneOrNoAccess");
        }
        return release;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireReady(ReleaseReadiness.Snapshot snapshot, ReleaseStatus status, String key) {
        List<ReleaseReadiness.Item> items = ReleaseReadiness.check(snapshot, status, today());
        List<ReleaseReadiness.Item> unmet = items.stream().filter(item -> !item.met()).toList();
        if (!unmet.isEmpty()) {
            String rules = unmet.stream().map(ReleaseService::sentence).collect(Collectors.joining("; "));
            throw new AppException(key, statusLabel(status), rules,
                    unmet.stream().map(ReleaseReadiness.Item::field).collect(Collectors.joining(",")));
        }
    }

    private static String sentence(ReleaseReadiness.Item item) {
        Object[] args = item.args();
        boolean detailed = args.length > 0 && args[0] != null && !args[0].toString().isBlank()
                && Messages.has(item.key() + ".detail");
        return detailed ? Messages.format(item.key(), args) + " (" + Messages.format(item.key() + ".detail", args) + ")"
                : Messages.format(item.key(), args);
    }

    private static String statusLabel(ReleaseStatus status) {
        return status == null ? "" : Messages.get("release.status." + status.dbValue());
    }

    /** The saved release as the readiness rules see it. */
    private static ReleaseReadiness.Snapshot savedSnapshot(Session session, Release release) {
        List<Song> songs = TrackListingSync.saved(session, release.getId());
        Map<UUID, ReleaseReadiness.Splits> splits = TrackSplits.of(session, songs);
        List<ReleaseReadiness.Track> tracks = songs.stream()
                .map(s -> new ReleaseReadiness.Track(s.getDiscNumber() + "-" + s.getTrackNumber(), s.getTitle(),
                        s.getIsrcCode(), s.getDurationSeconds(), splits.get(s.getId())))
                .toList();
        return new ReleaseReadiness.Snapshot(release.getReleaseDate(), release.getUpcCode(), tracks);
    }

    /** Slug per artist, UPC across the catalogue, catalogue number per label, ISRCs across the catalogue. */
    private void checkUnique(Session session, UUID artistId, UUID releaseId, CheckedRelease checked) {
        if (checked.slug() != null) {
            slugHolder(session, artistId, checked.slug(), releaseId).ifPresent(holder -> {
                throw new InvalidFieldException("slug", "catalog.release.slugTaken",
                        "This artist already has a release with the short name " + checked.slug() + ".", checked.slug(),
                        holder.releaseTitle());
            });
        }
        if (checked.upc() != null) {
            upcHolder(session, checked.upc(), releaseId).ifPresent(owner -> {
                throw InvalidFieldException.of("upc", owner.isHidden()
                        ? new AppException("catalog.upc.takenHidden", checked.upc())
                        : new AppException("catalog.upc.taken", checked.upc(), owner.releaseTitle(), owner.artistName()));
            });
        }
        if (checked.catalogNumber() != null) {
            catalogNumberHolder(session, artistId, checked.catalogNumber(), releaseId).ifPresent(owner -> {
                throw InvalidFieldException.of("catalogNumber", owner.isHidden()
                        ? new AppException("catalog.catalogNumber.takenHidden", checked.catalogNumber())
                        : new AppException("catalog.catalogNumber.taken", checked.catalogNumber(), owner.releaseTitle(),
                                owner.artistName()));
            });
        }
        for (CheckedTrack track : checked.tracks()) {
            if (track.isrc() == null) {
                continue;
            }
            Optional<IdentifierOwner> owner = visibleIsrcOwner(session, track.isrc(), null, releaseId);
            if (owner.isEmpty() && Identifiers.inUse(session, database.vendor(), Identifiers.Kind.ISRC_OUTSIDE_RELEASE,
                    track.isrc(), null, releaseId)) {
                owner = Optional.of(IdentifierOwner.hidden());
            }
            owner.ifPresent(found -> {
                throw InvalidFieldException.ofTrack(track.index(), track.position(), "isrc", found.isHidden()
                        ? new AppException("catalog.isrc.takenHidden", track.isrc())
                        : new AppException("catalog.isrc.taken", track.isrc(), found.trackTitle(), found.releaseTitle(),
                                found.artistName()));
            });
        }
    }

    /** The visible track holding {@code isrc}, other than a track or than every track of a release. */
    private Optional<IdentifierOwner> visibleIsrcOwner(Session session, String isrc, UUID exceptSong, UUID exceptRelease) {
        SelectionQuery<IdentifierOwner> query = session.createSelectionQuery(
                        "select new com.allaccessartist.service.catalog.IdentifierOwner(r.id, r.title, a.name, s.title)"
                                + " from Song s join Release r on r.id = s.releaseId join Artist a on a.id = r.artistId"
                                + " where s.isrcCode = :isrc and " + AccessScope.artistVisible("a.id", "a.organizationId")
                                + (exceptSong == null ? "" : " and s.id <> :song")
                                + (exceptRelease == null ? "" : " and s.releaseId <> :release"), IdentifierOwner.class)
                .setParameter("isrc", isrc)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant());
        if (exceptSong != null) {
            query.setParameter("song", exceptSong);
        }
        if (exceptRelease != null) {
            query.setParameter("release", exceptRelease);
        }
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The release holding the UPC in either of its forms (a UPC-A is an EAN-13 with a leading 0). */
    private Optional<IdentifierOwner> upcHolder(Session session, String upc, UUID exceptRelease) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(upc);
        Upc parsed = Upc.parse(upc);
        forms.add(parsed.toEan13().value());
        if (!parsed.isUpcA() && upc.startsWith("0")) {
            forms.add(upc.substring(1));
        }
        SelectionQuery<IdentifierOwner> query = session.createSelectionQuery(
                        "select new com.allaccessartist.service.catalog.IdentifierOwner(r.id, r.title, a.name, cast(null as String))"
                                + " from Release r join Artist a on a.id = r.artistId where r.upcCode in (:forms) and "
                                + AccessScope.artistVisible("a.id", "a.organizationId")
                                + (exceptRelease == null ? "" : " and r.id <> :release"), IdentifierOwner.class)
                .setParameter("forms", forms)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant());
        if (exceptRelease != null) {
            query.setParameter("release", exceptRelease);
        }
        Optional<IdentifierOwner> visible = query.setMaxResults(1).getResultList().stream().findFirst();
        if (visible.isPresent()) {
            return visible;
        }
        for (String form : forms) {
            if (Identifiers.inUse(session, database.vendor(), Identifiers.Kind.UPC, form, null, exceptRelease)) {
                return Optional.of(IdentifierOwner.hidden());
            }
        }
        return Optional.empty();
    }

    private static Optional<IdentifierOwner> slugHolder(Session session, UUID artistId, String slug, UUID exceptRelease) {
        return session.createSelectionQuery(
                        "select new com.allaccessartist.service.catalog.IdentifierOwner(r.id, r.title, a.name, cast(null as String))"
                                + " from Release r join Artist a on a.id = r.artistId where r.artistId = :artist and r.slug = :slug"
                                + (exceptRelease == null ? "" : " and r.id <> :release"), IdentifierOwner.class)
                .setParameter("artist", artistId)
                .setParameter("slug", slug)
                .setProperties(exceptRelease == null ? Map.<String, Object>of() : Map.<String, Object>of("release", exceptRelease))
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    private Optional<IdentifierOwner> catalogNumberHolder(Session session, UUID artistId, String number, UUID exceptRelease) {
        SelectionQuery<IdentifierOwner> query = session.createSelectionQuery(
                        "select new com.allaccessartist.service.catalog.IdentifierOwner(r.id, r.title, a.name, cast(null as String))"
                                + " from Release r join Artist a on a.id = r.artistId, Artist scope"
                                + " where scope.id = :scope and lower(r.catalogNumber) = lower(:number)"
                                + " and (a.organizationId = scope.organizationId"
                                + " or (scope.organizationId is null and a.id = scope.id))"
                                + " and " + AccessScope.artistVisible("a.id", "a.organizationId")
                                + (exceptRelease == null ? "" : " and r.id <> :release"), IdentifierOwner.class)
                .setParameter("scope", artistId)
                .setParameter("number", number)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant());
        if (exceptRelease != null) {
            query.setParameter("release", exceptRelease);
        }
        Optional<IdentifierOwner> visible = query.setMaxResults(1).getResultList().stream().findFirst();
        if (visible.isPresent()) {
            return visible;
        }
        return Identifiers.inUse(session, database.vendor(), Identifiers.Kind.CATALOG_NUMBER, number, artistId, exceptRelease)
                ? Optional.of(IdentifierOwner.hidden()) : Optional.empty();
    }

    private void apply(Session session, Release row, CheckedRelease checked) {
        row.setTitle(checked.title());
        row.setSlug(checked.slug() != null ? checked.slug() : freeSlug(session, row.getArtistId(), row.getId(), checked.title()));
        row.setType(checked.type());
        row.setDescription(checked.description());
        row.setGenre(checked.genre());
        row.setSubgenres(checked.subgenres());
        row.setLanguage(checked.language());
        row.setExplicitContent(checked.explicitContent());
        row.setReleaseDate(checked.releaseDate());
        row.setOriginalReleaseDate(checked.originalReleaseDate());
        row.setCoverArtUrl(checked.coverArtUrl());
        row.setCoverArtHighResUrl(checked.coverArtHighResUrl());
        row.setUpcCode(checked.upc());
        row.setCatalogNumber(checked.catalogNumber());
        row.setLabelName(checked.labelName());
        row.setDistributor(checked.distributor());
        if (!checked.streamingLinks().equals(row.getStreamingLinks())) {
            row.setStreamingLinks(checked.streamingLinks());
        }
        if (!checked.purchaseLinks().equals(row.getPurchaseLinks())) {
            row.setPurchaseLinks(checked.purchaseLinks());
        }
        row.setPeakChartPosition(checked.peakChartPosition());
        row.setCopyrightYear(checked.copyrightYear());
        row.setCopyrightHolder(checked.copyrightHolder());
        row.setProducerCredits(checked.producerCredits());
        row.setPublicFlag(checked.isPublic());
        row.setAllowStreaming(checked.allowStreaming());
        row.setAllowDownload(checked.allowDownload());
    }

    /** A slug made from the title that no other release of the artist uses. */
    private static String freeSlug(Session session, UUID artistId, UUID releaseId, String title) {
        String base = Slug.slugify(title, Slug.MAX_LENGTH - 8);
        if (base.isEmpty()) {
            base = "release";
        }
        Set<String> taken = new java.util.HashSet<>(session.createSelectionQuery(
                        "select r.slug from Release r where r.artistId = :artist and r.id <> :id and r.slug like :prefix",
                        String.class)
                .setParameter("artist", artistId)
                .setParameter("id", releaseId)
                .setParameter("prefix", base + "%")
                .getResultList());
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    // --- records ------------------------------------------------------------------------------

    private ReleaseDetails details(Session session, Release r, ArtistAccess rights) {
        String artistName = session.find(Artist.class, r.getArtistId()).getName();
        List<Song> songs = TrackListingSync.saved(session, r.getId());
        Map<UUID, ReleaseReadiness.Splits> splits = TrackSplits.of(session, songs);
        List<TrackDetails> tracks = songs.stream().map(s -> track(s, splits.get(s.getId()))).toList();
        Set<ReleaseStatus> moves = rights.manageReleases() ? ReleaseWorkflow.moves(r.getStatus(), rights.administrator()) : Set.of();
        return new ReleaseDetails(r.getId(), r.getArtistId(), artistName, r.getTitle(), r.getSlug(), r.getType(),
                r.getStatus(), r.getDescription(), r.getGenre(), r.getSubgenres(), r.getLanguage(),
                Boolean.TRUE.equals(r.getExplicitContent()), r.getReleaseDate(), r.getOriginalReleaseDate(),
                r.getCoverArtUrl(), r.getCoverArtHighResUrl(), r.getUpcCode(), r.getCatalogNumber(), r.getLabelName(),
                r.getDistributor(), r.getStreamingLinks(), r.getPurchaseLinks(), orZero(r.getTotalStreams()),
                orZero(r.getTotalDownloads()), r.getPeakChartPosition(), r.getCopyrightYear(), r.getCopyrightHolder(),
                r.getProducerCredits(), r.getPublicFlag() == null || r.getPublicFlag(),
                r.getAllowStreaming() == null || r.getAllowStreaming(), Boolean.TRUE.equals(r.getAllowDownload()),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVersion(), tracks, moves, rights);
    }

    private static TrackDetails track(Song s, ReleaseReadiness.Splits splits) {
        return new TrackDetails(s.getId(), s.getVersion(), s.getDiscNumber() == null ? 1 : s.getDiscNumber(),
                s.getTrackNumber(), s.getTitle(), s.getDurationSeconds(), s.getIsrcCode(), s.getTempoBpm(),
                s.getKeySignature(), s.getTimeSignature(), Boolean.TRUE.equals(s.getExplicitContent()),
                Boolean.TRUE.equals(s.getInstrumental()), s.getLanguage(), s.getWriters(), s.getProducers(),
                s.getFeaturedArtists(), splits);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
