package com.allaccessartist.service.splits;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.Artist;
import com.allaccessartist.domain.catalog.IpiNameNumber;
import com.allaccessartist.domain.catalog.Release;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.catalog.Work;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitLine;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitSheet;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.domain.splits.SplitSheetVersion;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Split sheets: the master sheet of a recording and the publishing sheet of a work, each a chain
 * of immutable versions. Every save writes a new version (numbered on from the current one, in
 * the saver's name) with its parties, and makes it current; an agreed sheet that is changed is a
 * draft again; agreeing writes one more version, with the same parties and status
 * {@code AGREED}, so the history shows who agreed and when. Each use case is one transaction.
 *
 * <p>The shares' rules are the domain's ({@link SplitSheetDraft}): exact decimals, never over
 * 100.00, agreed only at exactly 100.00, each role on its own pie.
 *
 * <p>Rights (PostgreSQL Row Level Security applies the same): reading a sheet needs manage_finances
 * on its artist, or being a party (by user id) on any of its versions; saving and agreeing need
 * manage_finances. A sheet the person may not read is "gone or no access" when asked for by id; a
 * song or work they see but whose sheet they may not read is refused with
 * {@code split.permission.view}.
 */
public final class SplitSheetService {

    /** Longest note on a version (split_sheet_versions.note). */
    public static final int MAX_NOTE = 500;
    /** Longest legal name of a party (split_lines.party_name). */
    public static final int MAX_PARTY_NAME = 200;
    /** Longest society name (split_lines.society). */
    public static final int MAX_SOCIETY = 100;

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public SplitSheetService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    // --- reading ------------------------------------------------------------------------------

    /** The master sheet of a recording; an empty draft (version 0) if it has none yet. */
    public SplitSheetView masterSheet(UUID songId) {
        return sheetOf(SplitSubject.song(songId));
    }

    /** The publishing sheet of a work; an empty draft (version 0) if it has none yet. */
    public SplitSheetView publishingSheet(UUID workId) {
        return sheetOf(SplitSubject.work(workId));
    }

    /**
     * The sheet of {@code subject}.
     *
     * @throws AppException "record.goneOrNoAccess" (no such song or work, or not visible),
     *         "split.permission.view" (visible, but neither manage_finances nor a party)
     */
    public SplitSheetView sheetOf(SplitSubject subject) {
        Objects.requireNonNull(subject, "subject");
        return Transactions.run(database, session -> view(session, locate(session, subject, false)));
    }

    /** @throws AppException "record.goneOrNoAccess" unless the person may read the sheet */
    public SplitSheetView sheet(UUID sheetId) {
        return Transactions.run(database, session -> view(session, readable(session, sheetId, false)));
    }

    /** Every version of the sheet, oldest first, with who saved it and when. */
    public List<SplitVersionInfo> history(UUID sheetId) {
        return Transactions.run(database, session -> {
            Located at = readable(session, sheetId, false);
            return infos(session, at.sheet(), versionRows(session, sheetId));
        });
    }

    /**
     * One stored version with its parties.
     *
     * @throws AppException "split.versionNotFound", or "record.goneOrNoAccess"
     */
    public SplitVersionView version(UUID sheetId, int versionNumber) {
        return Transactions.run(database, session -> {
            Located at = readable(session, sheetId, false);
            SplitSheetVersion row = versionRow(session, sheetId, versionNumber);
            if (row == null) {
                throw new AppException("split.versionNotFound", versionNumber);
            }
            SplitVersionInfo info = infos(session, at.sheet(), List.of(row)).get(0);
            return new SplitVersionView(sheetId, at.sheet().getKind(), info, parties(session, row.getId()));
        });
    }

    /**
     * The person in the system with this email address, to name on a sheet of {@code artistId}
     * (whose finances the person must manage). On PostgreSQL found through
     * {@code app_person_by_email()}, which answers people who may manage users or invite
     * collaborators; empty when there is no such person or they may not be found.
     *
     * @throws AppException "split.permission.manage", "record.goneOrNoAccess", or an email validation key
     */
    public java.util.Optional<UUID> personByEmail(UUID artistId, String email) {
        String address = com.allaccessartist.domain.identity.EmailAddress.parse(email).value();
        return Transactions.run(database, session -> {
            ArtistAccess rights = access.onArtist(session, artistId);
            if (!rights.manageFinances()) {
                throw new AppException(rights.view() ? "split.permission.manage" : "record.goneOrNoAccess");
            }
            List<UUID> found = database.vendor() == Vendor.POSTGRESQL
                    ? session.createNativeQuery("SELECT id FROM app_person_by_email(:email)", UUID.class)
                            .setParameter("email", address).getResultList()
                    : session.createSelectionQuery("select u.id from User u where u.email = :email", UUID.class)
                            .setParameter("email", address).getResultList();
            return found.stream().findFirst();
        });
    }

    // --- writing ------------------------------------------------------------------------------

    /**
     * Saves {@code draft} as the new current version of the subject's sheet (made from sheet
     * version {@code expectedSheetVersion}: 0 for a sheet not saved yet), creating the sheet on
     * its first save. The sheet is a draft afterwards, also if it was agreed.
     *
     * @throws AppException "split.permission.manage", "split.kindMismatch", the domain's
     *         {@code validation.split.*} and {@code validation.share.*} keys, "split.note.tooLong",
     *         "split.party.nameTooLong", "split.party.societyTooLong", "record.changedBySomeoneElse"
     *         or "record.goneOrNoAccess"; nothing is saved
     */
    public SplitSheetView save(SplitSubject subject, long expectedSheetVersion, SplitSheetDraft draft, String note) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(draft, "draft");
        return Transactions.run(database, session -> {
            Located at = locate(session, subject, true);
            if (draft.kind() != subject.kind()) {
                throw new AppException("split.kindMismatch", kindLabel(draft.kind()), kindLabel(subject.kind()));
            }
            draft.checkSavable();
            checkLengths(draft);
            String cleanNote = checkNote(note);
            SplitSheet sheet = at.sheet();
            if (sheet == null) {
                if (expectedSheetVersion != 0) {
                    throw new AppException("record.goneOrNoAccess");
                }
                sheet = SplitSheet.create();
                sheet.setKind(subject.kind());
                if (subject.isSong()) {
                    sheet.setSongId(subject.id());
                } else {
                    sheet.setWorkId(subject.id());
                }
                sheet.setArtistId(at.artistId());
                sheet.setStatus(SheetStatus.DRAFT);
                sheet.setCurrentVersion(0);
                session.persist(sheet);
                session.flush();
            }
            // from here on no other save or agreement of this sheet runs; one that got here first wins
            ConcurrentEdits.claim(session, sheet, SplitSheet.class, sheet.getId(), expectedSheetVersion);
            int number = sheet.getCurrentVersion() + 1;
            writeVersion(session, sheet.getId(), number, SheetStatus.DRAFT, draft.parties(), draft.total(), cleanNote);
            sheet.setCurrentVersion(number);
            sheet.setStatus(SheetStatus.DRAFT);
            sheet.setAgreedAt(null);
            sheet.setAgreedBy(null);
            ConcurrentEdits.flush(session, SplitSheet.class, sheet.getId());
            return view(session, new Located(sheet, subject, at.artistId(), at.rights()));
        }, SplitSheetService::someoneElseFirst);
    }

    /** {@link #save(SplitSubject, long, SplitSheetDraft, String)} of a recording's master sheet. */
    public SplitSheetView saveMaster(UUID songId, long expectedSheetVersion, SplitSheetDraft draft, String note) {
        return save(SplitSubject.song(songId), expectedSheetVersion, draft, note);
    }

    /** {@link #save(SplitSubject, long, SplitSheetDraft, String)} of a work's publishing sheet. */
    public SplitSheetView savePublishing(UUID workId, long expectedSheetVersion, SplitSheetDraft draft, String note) {
        return save(SplitSubject.work(workId), expectedSheetVersion, draft, note);
    }

    /**
     * Records that the parties agreed the current version (made from sheet version
     * {@code expectedVersion}): a new version with the same parties and status {@code AGREED}, and
     * the sheet's agreement time and who recorded it.
     *
     * @throws AppException "split.permission.manage", "split.alreadyAgreed",
     *         "validation.split.incomplete" (or another rule the current parties break),
     *         "record.changedBySomeoneElse" or "record.goneOrNoAccess"
     */
    public SplitSheetView agree(UUID sheetId, long expectedVersion) {
        return Transactions.run(database, session -> {
            Located at = readable(session, sheetId, true);
            SplitSheet sheet = ConcurrentEdits.load(session, SplitSheet.class, sheetId, expectedVersion, SplitSheet::getVersion);
            if (sheet.getStatus() == SheetStatus.AGREED) {
                throw new AppException("split.alreadyAgreed");
            }
            SplitSheetVersion current = versionRow(session, sheetId, sheet.getCurrentVersion());
            List<SplitParty> parties = current == null ? List.of() : parties(session, current.getId());
            SplitSheetDraft agreed = new SplitSheetDraft(sheet.getKind(), parties);
            agreed.checkAgreeable();
            ConcurrentEdits.claim(session, sheet, SplitSheet.class, sheetId, expectedVersion);
            int number = sheet.getCurrentVersion() + 1;
            writeVersion(session, sheetId, number, SheetStatus.AGREED, parties, agreed.total(), null);
            sheet.setCurrentVersion(number);
            sheet.setStatus(SheetStatus.AGREED);
            sheet.setAgreedAt(clock.instant().truncatedTo(ChronoUnit.MICROS));
            sheet.setAgreedBy(user.id());
            ConcurrentEdits.flush(session, SplitSheet.class, sheetId);
            return view(session, at);
        }, SplitSheetService::someoneElseFirst);
    }

    // --- exports ------------------------------------------------------------------------------

    /**
     * Writes the sheet's current version to a CSV file, one row per party (UTF-8 with a byte order
     * mark, a header row), through a temporary file so a failure leaves no half-written file.
     *
     * @throws AppException "split.export.writeFailed", or a reading refusal (then nothing is written)
     */
    public void exportCsv(UUID sheetId, Path file) {
        SplitSheetView sheet = sheet(sheetId);
        writeAtomically(file, ".split-", ".csv.part", out -> SplitSheetCsv.write(sheet, clock.getZone(), out));
    }

    /**
     * Writes the sheet's current version as a signable PDF: the subject, version and status, the
     * parties with their shares and the total, and a signature line per party; through a temporary
     * file so a failure leaves no half-written file.
     *
     * @throws AppException "split.export.writeFailed", or a reading refusal (then nothing is written)
     */
    public void exportPdf(UUID sheetId, Path file) {
        SplitSheetView sheet = sheet(sheetId);
        LocalDate today = LocalDate.now(clock);
        writeAtomically(file, ".split-", ".pdf.part", out -> SplitSheetPdf.write(sheet, today, clock.getZone(), out));
    }

    // --- rules --------------------------------------------------------------------------------

    /** A sheet (or its absence) and the person's standing on its artist. */
    private record Located(SplitSheet sheet, SplitSubject subject, UUID artistId, ArtistAccess rights) {
    }

    /**
     * The subject's sheet, if any, once the person is known to be allowed to read it (and, for a
     * write, to change it).
     */
    private Located locate(Session session, SplitSubject subject, boolean forWrite) {
        SplitSheet sheet = sheetBySubject(session, subject);
        if (sheet != null) {
            ArtistAccess rights = access.onArtist(session, sheet.getArtistId());
            if (rights.manageFinances()) {
                return new Located(sheet, subject, sheet.getArtistId(), rights);
            }
            if (isParty(session, sheet.getId())) {
                if (forWrite) {
                    throw new AppException("split.permission.manage");
                }
                return new Located(sheet, subject, sheet.getArtistId(), rights);
            }
        }
        // no sheet, or one this person may not read (on PostgreSQL it is not even visible to them)
        UUID artistId = subjectArtist(session, subject);
        ArtistAccess rights = access.onArtist(session, artistId);
        if (!rights.view()) {
            throw new AppException("record.goneOrNoAccess");
        }
        if (!rights.manageFinances()) {
            throw new AppException(forWrite ? "split.permission.manage" : "split.permission.view");
        }
        return new Located(sheet, subject, artistId, rights);
    }

    /** The sheet {@code sheetId} if the person may read it (and, for a write, change it). */
    private Located readable(Session session, UUID sheetId, boolean forWrite) {
        SplitSheet sheet = sheetId == null ? null : session.find(SplitSheet.class, sheetId);
        if (sheet == null) {
            throw new AppException("record.goneOrNoAccess");
        }
        ArtistAccess rights = access.onArtist(session, sheet.getArtistId());
        if (!rights.manageFinances()) {
            if (!isParty(session, sheetId)) {
                throw new AppException("record.goneOrNoAccess");
            }
            if (forWrite) {
                throw new AppException("split.permission.manage");
            }
        }
        SplitSubject subject = sheet.getKind() == SheetKind.MASTER ? SplitSubject.song(sheet.getSongId())
                : SplitSubject.work(sheet.getWorkId());
        return new Located(sheet, subject, sheet.getArtistId(), rights);
    }

    private static SplitSheet sheetBySubject(Session session, SplitSubject subject) {
        return session.createSelectionQuery("from SplitSheet s where " + (subject.isSong() ? "s.songId" : "s.workId")
                        + " = :subject", SplitSheet.class)
                .setParameter("subject", subject.id())
                .uniqueResult();
    }

    /** The artist of the song or work, or null if there is none (or, on PostgreSQL, it is not visible). */
    private static UUID subjectArtist(Session session, SplitSubject subject) {
        if (subject.isSong()) {
            Song song = session.find(Song.class, subject.id());
            return song == null ? null : song.getArtistId();
        }
        Work work = session.find(Work.class, subject.id());
        return work == null ? null : work.getArtistId();
    }

    /** Whether the person (an active account) is named, by user id, on any version of the sheet. */
    private boolean isParty(Session session, UUID sheetId) {
        if (!access.isActivePerson(session)) {
            return false;
        }
        return session.createSelectionQuery("select count(l) from SplitLine l, SplitSheetVersion v"
                        + " where v.id = l.versionId and v.sheetId = :sheet and l.userId = :me", Long.class)
                .setParameter("sheet", sheetId)
                .setParameter("me", user.id())
                .getSingleResult() > 0;
    }

    private static void checkLengths(SplitSheetDraft draft) {
        List<SplitParty> parties = draft.parties();
        for (int i = 0; i < parties.size(); i++) {
            SplitParty party = parties.get(i);
            if (party.legalName().length() > MAX_PARTY_NAME) {
                throw new AppException("split.party.nameTooLong", i + 1, MAX_PARTY_NAME);
            }
            if (party.society() != null && party.society().length() > MAX_SOCIETY) {
                throw new AppException("split.party.societyTooLong", i + 1, MAX_SOCIETY);
            }
        }
    }

    private static String checkNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        if (clean.length() > MAX_NOTE) {
            throw new AppException("split.note.tooLong", MAX_NOTE);
        }
        return clean;
    }

    /** Two first saves, or two saves from the same version, at the same moment: the second is told so. */
    private static AppException someoneElseFirst(String constraint, RuntimeException failure) {
        return switch (constraint) {
            case "split_sheets_song_id_key", "split_sheets_work_id_key", "split_sheet_versions_sheet_id_version_number_key" ->
                    new AppException(failure, "record.changedBySomeoneElse");
            default -> null;
        };
    }

    static String kindLabel(SheetKind kind) {
        return Messages.get("split.kind." + kind.dbValue());
    }

    // --- rows ---------------------------------------------------------------------------------

    /** A new version in the person's own name, with its lines in order. */
    private void writeVersion(Session session, UUID sheetId, int number, SheetStatus status, List<SplitParty> parties,
                              BigDecimal total, String note) {
        SplitSheetVersion version = SplitSheetVersion.create();
        version.setSheetId(sheetId);
        version.setVersionNumber(number);
        version.setStatus(status);
        version.setTotal(total);
        version.setNote(note);
        version.setCreatedBy(user.id());
        session.persist(version);
        session.flush();
        int position = 1;
        for (SplitParty party : parties) {
            SplitLine line = SplitLine.create();
            line.setVersionId(version.getId());
            line.setPosition(position++);
            line.setUserId(party.userId());
            line.setPartyName(party.legalName());
            line.setRole(party.role());
            line.setIpi(party.ipi() == null ? null : party.ipi().value());
            line.setSociety(party.society());
            line.setShare(party.share().value());
            session.persist(line);
        }
        session.flush();
    }

    private static List<SplitSheetVersion> versionRows(Session session, UUID sheetId) {
        return session.createSelectionQuery("from SplitSheetVersion v where v.sheetId = :sheet order by v.versionNumber",
                        SplitSheetVersion.class)
                .setParameter("sheet", sheetId)
                .getResultList();
    }

    private static SplitSheetVersion versionRow(Session session, UUID sheetId, int number) {
        return session.createSelectionQuery("from SplitSheetVersion v where v.sheetId = :sheet and v.versionNumber = :number",
                        SplitSheetVersion.class)
                .setParameter("sheet", sheetId)
                .setParameter("number", number)
                .uniqueResult();
    }

    private static List<SplitParty> parties(Session session, UUID versionId) {
        return session.createSelectionQuery("from SplitLine l where l.versionId = :version order by l.position",
                        SplitLine.class)
                .setParameter("version", versionId)
                .getResultList().stream()
                .map(l -> new SplitParty(l.getUserId(), l.getPartyName(), l.getRole(),
                        l.getIpi() == null ? null : IpiNameNumber.parse(l.getIpi()), l.getSociety(),
                        SplitShare.of(l.getShare())))
                .toList();
    }

    // --- records ------------------------------------------------------------------------------

    private SplitSheetView view(Session session, Located at) {
        SubjectDetails details = at.rights().view() ? details(session, at.subject()) : null;
        SplitSheet sheet = at.sheet();
        if (sheet == null) {
            return new SplitSheetView(null, at.subject().kind(), at.subject(), at.artistId(), details, SheetStatus.DRAFT, 0,
                    0, new BigDecimal("0.00"), List.of(), null, null, List.of(), at.rights().manageFinances());
        }
        List<SplitSheetVersion> rows = versionRows(session, sheet.getId());
        SplitSheetVersion current = rows.stream().filter(v -> v.getVersionNumber().equals(sheet.getCurrentVersion()))
                .findFirst().orElse(null);
        List<SplitParty> parties = current == null ? List.of() : parties(session, current.getId());
        BigDecimal total = current == null ? new BigDecimal("0.00") : current.getTotal().setScale(2);
        return new SplitSheetView(sheet.getId(), sheet.getKind(), at.subject(), sheet.getArtistId(), details,
                sheet.getStatus(), sheet.getCurrentVersion(), sheet.getVersion(), total, parties, sheet.getAgreedAt(),
                sheet.getAgreedBy(), infos(session, sheet, rows), at.rights().manageFinances());
    }

    private List<SplitVersionInfo> infos(Session session, SplitSheet sheet, List<SplitSheetVersion> rows) {
        Set<UUID> savers = new HashSet<>();
        rows.forEach(v -> savers.add(v.getCreatedBy()));
        Map<UUID, String> names = names(session, sheet.getArtistId(), savers);
        List<SplitVersionInfo> infos = new ArrayList<>(rows.size());
        for (SplitSheetVersion v : rows) {
            infos.add(new SplitVersionInfo(v.getVersionNumber(), v.getStatus(), v.getTotal().setScale(2), v.getNote(),
                    v.getCreatedBy(), v.getCreatedBy() == null ? null : names.get(v.getCreatedBy()), v.getCreatedAt()));
        }
        return infos;
    }

    /**
     * The names of the people who saved versions, as far as the person may know them: their own,
     * and those of the members of the artist's organization when they are a member too (on
     * PostgreSQL people cannot read each other's accounts; app_organization_members() names an
     * organization's members to its members).
     */
    private Map<UUID, String> names(Session session, UUID artistId, Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        names.put(user.id(), user.displayName());
        Set<UUID> others = new HashSet<>(ids);
        others.remove(null);
        others.remove(user.id());
        if (others.isEmpty()) {
            return names;
        }
        Artist artist = session.find(Artist.class, artistId);
        UUID organization = artist == null ? null : artist.getOrganizationId();
        if (organization == null || access.roleIn(session, organization) == null) {
            return names;
        }
        List<Object[]> rows;
        if (database.vendor() == Vendor.POSTGRESQL) {
            rows = session.createNativeQuery("SELECT user_id, display_name, email FROM app_organization_members(:id)",
                            Object[].class)
                    .setParameter("id", organization)
                    .getResultList();
        } else {
            rows = session.createSelectionQuery("select r.userId, p.displayName, u.email from OrganizationMembership r"
                            + " join User u on u.id = r.userId left join UserProfile p on p.userId = r.userId"
                            + " where r.organizationId = :id", Object[].class)
                    .setParameter("id", organization)
                    .getResultList();
        }
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            if (others.contains(id)) {
                names.put(id, row[1] != null ? (String) row[1] : (String) row[2]);
            }
        }
        return names;
    }

    private static SubjectDetails details(Session session, SplitSubject subject) {
        if (subject.isSong()) {
            Song song = session.find(Song.class, subject.id());
            if (song == null) {
                return null;
            }
            Release release = session.find(Release.class, song.getReleaseId());
            Artist artist = session.find(Artist.class, song.getArtistId());
            return new SubjectDetails(song.getTitle(), song.getIsrcCode(), release == null ? null : release.getTitle(),
                    artist == null ? null : artist.getName());
        }
        Work work = session.find(Work.class, subject.id());
        if (work == null) {
            return null;
        }
        Artist artist = session.find(Artist.class, work.getArtistId());
        return new SubjectDetails(work.getTitle(), work.getIswc(), null, artist == null ? null : artist.getName());
    }

    // --- files --------------------------------------------------------------------------------

    /** Writes one export's bytes. */
    @FunctionalInterface
    interface Output {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} through a temporary file beside it, moved into place only when complete. */
    static void writeAtomically(Path file, String prefix, String suffix, Output output) {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, prefix, suffix);
            try (OutputStream out = Files.newOutputStream(temporary)) {
                output.write(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "split.export.writeFailed", file);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a stray .part file beside the target; the next export uses another name
                }
            }
        }
    }
}
