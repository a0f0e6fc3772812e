package com.allaccessartist.service.splits;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.ValidationException;
import com.allaccessartist.domain.artist.Artist;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.catalog.Work;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessScope;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.InvalidFieldException;
import com.allaccessartist.domain.splits.SheetStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * An artist's works (compositions) and the recordings of them. A work has a title and, optionally,
 * an ISWC, unique across the catalogue: a clash names the work holding it when the person may see
 * it, and otherwise says only that the code is taken.
 *
 * <p>Rights (PostgreSQL Row Level Security applies the same): listing and reading need seeing the
 * artist; creating and editing a work need manage_songs on its artist. Linking a recording to a
 * work (or unlinking it) changes the song: it needs manage_songs on the song's artist, and the
 * work must be one the person sees.
 */
public final class WorkService {

    /** Longest title (works.title). */
    public static final int MAX_TITLE = 300;

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public WorkService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    /**
     * The artist's works by title.
     *
     * @throws AppException "permission.artist.view"
     */
    public List<WorkRow> worksOf(UUID artistId) {
        return Transactions.run(database, session -> {
            if (!access.onArtist(session, artistId).view()) {
                throw new AppException("permission.artist.view");
            }
            List<Object[]> rows = session.createSelectionQuery("select w.id, w.title, w.iswc, w.version from Work w"
                            + " where w.artistId = :artist order by lower(w.title), w.id", Object[].class)
                    .setParameter("artist", artistId)
                    .getResultList();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, Long> songs = new HashMap<>();
            session.createSelectionQuery("select s.workId, count(s) from Song s join Artist a on a.id = s.artistId"
                            + " where s.workId in (select w.id from Work w where w.artistId = :artist)"
                            + " and " + AccessScope.artistVisible("a.id", "a.organizationId") + " group by s.workId",
                            Object[].class)
                    .setParameter("artist", artistId)
                    .setParameter("me", user.id())
                    .setParameter("now", clock.instant())
                    .getResultList()
                    .forEach(row -> songs.put((UUID) row[0], ((Number) row[1]).longValue()));
            ArtistAccess rights = access.onArtist(session, artistId);
            Map<UUID, Object[]> sheets = publishingSheets(session, artistId, rights);
            return rows.stream().map(row -> {
                UUID id = (UUID) row[0];
                Object[] sheet = sheets.get(id);
                boolean shown = rights.manageFinances() || sheet != null;
                return new WorkRow(id, (String) row[1], (String) row[2], songs.getOrDefault(id, 0L),
                        ((Number) row[3]).longValue(), shown, sheet == null ? null : (SheetStatus) sheet[1],
                        sheet == null ? null : (BigDecimal) sheet[2]);
            }).toList();
        });
    }

    /**
     * The recordings of the artist the person may see, by release and track, each with the work it
     * is linked to now (to choose one to link to a work).
     *
     * @throws AppException "permission.artist.view"
     */
    public List<ArtistRecording> recordingsOf(UUID artistId) {
        return Transactions.run(database, session -> {
            if (!access.onArtist(session, artistId).view()) {
                throw new AppException("permission.artist.view");
            }
            return session.createSelectionQuery("select new com.allaccessartist.service.splits.ArtistRecording(s.id, s.title,"
                            + " s.isrcCode, r.id, r.title, w.id, w.title) from Song s join Release r on r.id = s.releaseId"
                            + " left join Work w on w.id = s.workId where s.artistId = :artist"
                            + " order by lower(r.title), r.id, s.discNumber, s.trackNumber, s.id", ArtistRecording.class)
                    .setParameter("artist", artistId)
                    .getResultList();
        });
    }

    /**
     * The work the recording is linked to, if any.
     *
     * @throws AppException "record.goneOrNoAccess" if the song is not visible
     */
    public Optional<UUID> workOfSong(UUID songId) {
        return Transactions.run(database, session -> {
            Song song = songId == null ? null : session.find(Song.class, songId);
            if (song == null || !access.onArtist(session, song.getArtistId()).view()) {
                throw new AppException("record.goneOrNoAccess");
            }
            return Optional.ofNullable(song.getWorkId());
        });
    }

    /** @throws AppException "record.goneOrNoAccess" if not visible */
    public WorkDetails get(UUID workId) {
        return Transactions.run(database, session -> {
            Work work = visible(session, workId);
            return details(session, work, access.onArtist(session, work.getArtistId()));
        });
    }

    /**
     * Creates a work of the artist.
     *
     * @throws AppException "work.permission.manage", "record.goneOrNoAccess", or an
     *         {@link InvalidFieldException} about {@code title} or {@code iswc}
     *         ({@code validation.work.title.*}, {@code validation.iswc.*}, "work.iswc.taken",
     *         "work.iswc.takenHidden")
     */
    public WorkDetails create(UUID artistId, WorkDraft draft) {
        Checked checked = check(draft);
        return Transactions.run(database, session -> {
            ArtistAccess rights = access.onArtist(session, artistId);
            if (!rights.manageSongs()) {
                throw new AppException(rights.view() ? "work.permission.manage" : "record.goneOrNoAccess");
            }
            checkIswcFree(session, checked.iswc(), null);
            Work work = Work.create();
            work.setArtistId(artistId);
            work.setTitle(checked.title());
            work.setIswc(checked.iswc());
            work.setCreatedBy(user.id());
            session.persist(work);
            session.flush();
            return details(session, work, rights);
        }, (constraint, failure) -> iswcTaken(constraint, failure, checked.iswc()));
    }

    /**
     * Saves the work's title and ISWC, edited from {@code version}.
     *
     * @throws AppException as {@link #create}, and "record.changedBySomeoneElse"
     */
    public WorkDetails save(UUID workId, long version, WorkDraft draft) {
        Checked checked = check(draft);
        return Transactions.run(database, session -> {
            Work work = visible(session, workId);
            ArtistAccess rights = access.onArtist(session, work.getArtistId());
            if (!rights.manageSongs()) {
                throw new AppException("work.permission.manage");
            }
            ConcurrentEdits.load(session, Work.class, workId, version, Work::getVersion);
            checkIswcFree(session, checked.iswc(), workId);
            work.setTitle(checked.title());
            work.setIswc(checked.iswc());
            ConcurrentEdits.flush(session, Work.class, workId);
            session.refresh(work);
            return details(session, work, rights);
        }, (constraint, failure) -> iswcTaken(constraint, failure, checked.iswc()));
    }

    /**
     * Records that the song is a recording of the work (replacing any other work it was linked to).
     *
     * @throws AppException "record.goneOrNoAccess" (work or song not visible), "work.permission.linkSong"
     */
    public WorkDetails linkSong(UUID workId, UUID songId) {
        return Transactions.run(database, session -> {
            Work work = visible(session, workId);
            Song song = changeableSong(session, songId);
            song.setWorkId(work.getId());
            ConcurrentEdits.flush(session, Song.class, songId);
            return details(session, work, access.onArtist(session, work.getArtistId()));
        });
    }

    /**
     * Records that the song is no longer a recording of any work.
     *
     * @throws AppException "record.goneOrNoAccess", "work.permission.linkSong"
     */
    public void unlinkSong(UUID songId) {
        Transactions.run(database, session -> {
            Song song = changeableSong(session, songId);
            song.setWorkId(null);
            ConcurrentEdits.flush(session, Song.class, songId);
            return null;
        });
    }

    /**
     * The work holding this ISWC, other than {@code exceptWorkId}, if any (a live check while
     * typing): named when the person may see it. Empty for a code that is not well formed. On
     * PostgreSQL a holder the person may not see is not found here (the save still refuses it).
     */
    public Optional<WorkOwner> iswcOwner(String iswc, UUID exceptWorkId) {
        if (!Iswc.isValid(iswc)) {
            return Optional.empty();
        }
        String code = Iswc.parse(iswc).value();
        return Transactions.run(database, session -> {
            Optional<WorkOwner> visible = visibleHolder(session, code, exceptWorkId);
            if (visible.isPresent() || database.vendor() == Vendor.POSTGRESQL) {
                return visible;
            }
            return hiddenHolderExists(session, code, exceptWorkId) ? Optional.of(WorkOwner.hidden()) : Optional.empty();
        });
    }

    /** Where an ISWC is used: the work and its artist, or nothing named ({@link #isHidden()}). */
    public record WorkOwner(UUID workId, String workTitle, String artistName) {
        static WorkOwner hidden() {
            return new WorkOwner(null, null, null);
        }

        public boolean isHidden() {
            return workId == null;
        }
    }

    // --- rules --------------------------------------------------------------------------------

    private record Checked(String title, String iswc) {
    }

    private static Checked check(WorkDraft draft) {
        String title = draft == null || draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            throw new InvalidFieldException("title", "validation.work.title.empty", "Enter the work's title.");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidFieldException("title", "validation.work.title.tooLong",
                    "A work's title has at most " + MAX_TITLE + " characters.", MAX_TITLE);
        }
        String iswc = null;
        if (draft.iswc() != null && !draft.iswc().isBlank()) {
            try {
                iswc = Iswc.parse(draft.iswc()).value();
            } catch (ValidationException e) {
                throw InvalidFieldException.of("iswc", e);
            }
        }
        return new Checked(title, iswc);
    }

    private Work visible(Session session, UUID workId) {
        Work work = workId == null ? null : session.find(Work.class, workId);
        if (work == null || !access.onArtist(session, work.getArtistId()).view()) {
            throw new AppException("record.goneOrNoAccess");
        }
        return work;
    }

    /** The song, visible and with manage_songs on its artist. */
    private Song changeableSong(Session session, UUID songId) {
        Song song = songId == null ? null : session.find(Song.class, songId);
        ArtistAccess rights = song == null ? ArtistAccess.NONE : access.onArtist(session, song.getArtistId());
        if (!rights.view()) {
            throw new AppException("record.goneOrNoAccess");
        }
        if (!rights.manageSongs()) {
            throw new AppException("work.permission.linkSong");
        }
        return song;
    }

    /**
     * Refuses an ISWC another work holds: naming it when visible; on H2 also one the person may not
     * see. On PostgreSQL those are hidden from the person: the unique key refuses the write and
     * {@link #iswcTaken} words it the same way.
     */
    private void checkIswcFree(Session session, String iswc, UUID exceptWork) {
        if (iswc == null) {
            return;
        }
        String shown = Iswc.parse(iswc).formatted();
        Optional<WorkOwner> holder = visibleHolder(session, iswc, exceptWork);
        if (holder.isPresent()) {
            throw new InvalidFieldException("iswc", "work.iswc.taken", "The ISWC " + shown + " is already used by the work \""
                    + holder.get().workTitle() + "\" of " + holder.get().artistName() + ".", shown, holder.get().workTitle(),
                    holder.get().artistName());
        }
        if (database.vendor() != Vendor.POSTGRESQL && hiddenHolderExists(session, iswc, exceptWork)) {
            throw hiddenTaken(iswc);
        }
    }

    private Optional<WorkOwner> visibleHolder(Session session, String iswc, UUID exceptWork) {
        SelectionQuery<Object[]> query = session.createSelectionQuery("select w.id, w.title, a.name from Work w"
                        + " join Artist a on a.id = w.artistId where w.iswc = :iswc and "
                        + AccessScope.artistVisible("a.id", "a.organizationId")
                        + (exceptWork == null ? "" : " and w.id <> :except"), Object[].class)
                .setParameter("iswc", iswc)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant());
        if (exceptWork != null) {
            query.setParameter("except", exceptWork);
        }
        return query.setMaxResults(1).getResultList().stream()
                .map(row -> new WorkOwner((UUID) row[0], (String) row[1], (String) row[2]))
                .findFirst();
    }

    private static boolean hiddenHolderExists(Session session, String iswc, UUID exceptWork) {
        SelectionQuery<Long> query = session.createSelectionQuery("select count(w) from Work w where w.iswc = :iswc"
                + (exceptWork == null ? "" : " and w.id <> :except"), Long.class).setParameter("iswc", iswc);
        if (exceptWork != null) {
            query.setParameter("except", exceptWork);
        }
        return query.getSingleResult() > 0;
    }

    private static InvalidFieldException hiddenTaken(String iswc) {
        String shown = Iswc.parse(iswc).formatted();
        return new InvalidFieldException("iswc", "work.iswc.takenHidden",
                "The ISWC " + shown + " is already used by a work in this catalogue.", shown);
    }

    private static AppException iswcTaken(String constraint, RuntimeException failure, String iswc) {
        if (!"works_iswc_key".equals(constraint) || iswc == null) {
            return null;
        }
        // the cause is the database's refusal of a row the person cannot see: nothing to add
        return hiddenTaken(iswc);
    }

    /**
     * The publishing sheets of the artist's works the person may read (status and current total,
     * by work id): all with manage_finances, otherwise those naming the person (an active account)
     * as a party. On PostgreSQL Row Level Security applies the same rule.
     */
    private Map<UUID, Object[]> publishingSheets(Session session, UUID artistId, ArtistAccess rights) {
        Map<UUID, Object[]> sheets = new HashMap<>();
        if (!rights.manageFinances() && !access.isActivePerson(session)) {
            return sheets;
        }
        SelectionQuery<Object[]> query = session.createSelectionQuery("select s.workId, s.status, v.total"
                        + " from SplitSheet s, SplitSheetVersion v where v.sheetId = s.id and v.versionNumber = s.currentVersion"
                        + " and s.workId in (select w.id from Work w where w.artistId = :artist)"
                        + (rights.manageFinances() ? "" : " and exists (select 1 from SplitLine l, SplitSheetVersion p"
                        + " where l.versionId = p.id and p.sheetId = s.id and l.userId = :me)"), Object[].class)
                .setParameter("artist", artistId);
        if (!rights.manageFinances()) {
            query.setParameter("me", user.id());
        }
        query.getResultList().forEach(row -> sheets.put((UUID) row[0], row));
        return sheets;
    }

    // --- records ------------------------------------------------------------------------------

    private WorkDetails details(Session session, Work work, ArtistAccess rights) {
        Artist artist = session.find(Artist.class, work.getArtistId());
        List<WorkSong> songs = session.createSelectionQuery(
                        "select new com.allaccessartist.service.splits.WorkSong(s.id, s.title, s.isrcCode, r.id, r.title, a.id, a.name)"
                                + " from Song s join Release r on r.id = s.releaseId join Artist a on a.id = s.artistId"
                                + " where s.workId = :work and " + AccessScope.artistVisible("a.id", "a.organizationId")
                                + " order by lower(a.name), lower(r.title), s.discNumber, s.trackNumber, s.id", WorkSong.class)
                .setParameter("work", work.getId())
                .setParameter("me", user.id())
                .setParameter("now", clock.instant())
                .getResultList();
        return new WorkDetails(work.getId(), work.getArtistId(), artist == null ? null : artist.getName(), work.getTitle(),
                work.getIswc(), work.getCreatedAt(), work.getUpdatedAt(), work.getVersion() == null ? 0 : work.getVersion(),
                songs, rights.manageSongs());
    }
}
