package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitRole;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Generates the works and split sheets of one release, as a label's rights department keeps them.
 *
 * <ul>
 *   <li>Every recording realises a work titled like it (with an ISWC for most); the alternative
 *       versions of a single (radio edit, acoustic, ...) realise the lead track's work.</li>
 *   <li>Every recording on a scheduled, released or archived release has a complete master sheet
 *       (the artist; a featured artist and a producer's points now and then; the label when the
 *       artist is signed) and its work a complete publishing sheet (the song's writers, some as
 *       composer and lyricist, and a publisher): version 1 a draft, and for most a version 2
 *       with the same lines, agreed. So every such release meets the readiness rules.</li>
 *   <li>Releases still in draft, in progress or mastered have, release by release, complete
 *       sheets (some agreed), incomplete drafts (the parties found so far, totalling less than
 *       100.00) or none yet.</li>
 *   <li>Works and sheets are written for the recordings of the first {@code sheetArtists} artists
 *       only (all of them except in the large demo, see {@link DemoSize#splitSheetArtists()}); the
 *       other artists' recordings have neither.</li>
 * </ul>
 * Shares are whole hundredths, so every total is exact. The artist's direct owner (or the creator
 * of an independent artist) is named on its sheets as a demo person; everyone else is an outside
 * party, with an IPI name number and a society for most, the same ones wherever they appear.
 */
final class RightsGenerator {

    static final int HUNDRED = 10_000;
    private static final List<String> WRITER_SOCIETIES = List.of("PRS", "ASCAP", "BMI", "GEMA", "SACEM", "SOCAN",
            "APRA AMCOS", "STIM", "SIAE", "JASRAC");
    private static final List<String> MASTER_SOCIETIES = List.of("PPL", "SoundExchange", "GVL", "SCPP");
    private static final int[] LABEL_SHARES = {5000, 6000, 7000, 7500, 8000};
    private static final int[] PRODUCER_SHARES = {200, 250, 300, 400, 500};
    private static final int[] FEATURED_SHARES = {1000, 1500, 2000, 2500};
    private static final int[] PUBLISHER_SHARES = {5000, 5000, 5000, 4000, 2500};
    private static final int[] INCOMPLETE_TOTALS = {6000, 8550, 7500, 9000};

    /** What a release not yet scheduled has, release by release. */
    private enum Progress { COMPLETE, INCOMPLETE, NONE }

    private final DemoRandom random;
    private final NameGenerator names;
    private final IswcAllocator iswcs;
    private final OffsetDateTime now;
    private final int sheetArtists;
    private final Map<UUID, DemoPerson> directOwners = new HashMap<>();
    private final List<DemoOrganization> publishers;
    private final Map<UUID, String> publisherOfArtist = new HashMap<>();
    private final Map<String, Party> parties = new HashMap<>();

    RightsGenerator(DemoRandom random, ExistingData existing, List<DemoOrganization> organizations,
                    List<DemoPerson> people, List<ArtistGrant> artistGrants, OffsetDateTime now, int sheetArtists) {
        this.random = random;
        this.names = new NameGenerator(random);
        this.iswcs = new IswcAllocator(random, existing);
        this.now = now;
        this.sheetArtists = sheetArtists;
        this.publishers = organizations.stream().filter(o -> o.type() == OrganizationType.PUBLISHER).toList();
        Map<UUID, DemoPerson> peopleById = new HashMap<>();
        people.forEach(person -> peopleById.put(person.id(), person));
        for (ArtistGrant grant : artistGrants) {
            if (grant.role() == ArtistRole.OWNER && peopleById.containsKey(grant.userId())) {
                directOwners.putIfAbsent(grant.artist().id(), peopleById.get(grant.userId()));
            }
        }
    }

    DemoRights generate(DemoArtist artist, DemoRelease release) {
        ReleaseStatus status = release.status();
        boolean ready = status == ReleaseStatus.SCHEDULED || status == ReleaseStatus.RELEASED
                || status == ReleaseStatus.ARCHIVED;
        if (artist.index() >= sheetArtists) {
            // beyond the artists with rights paperwork (large demo): recordings without works or sheets
            return new DemoRights(List.of(), java.util.Collections.nCopies(release.songs().size(), null), List.of());
        }
        Progress progress = ready ? Progress.COMPLETE : progress(status);
        DemoPerson owner = directOwner(artist);
        List<DemoWork> works = new ArrayList<>();
        List<UUID> workIds = new ArrayList<>(release.songs().size());
        List<DemoSheet> sheets = new ArrayList<>();
        DemoWork lead = null;
        for (DemoSong song : release.songs()) {
            DemoWork work;
            boolean newWork = lead == null || !versionOfLead(release, song, lead);
            if (newWork) {
                work = new DemoWork(random.uuid(), artist.id(), song.title(),
                        random.chance(ready ? 0.95 : status == ReleaseStatus.MASTERED ? 0.85 : 0.6)
                                ? iswcs.next().value() : null,
                        artist.creator().id());
                works.add(work);
                lead = lead == null ? work : lead;
            } else {
                work = lead;
            }
            workIds.add(work.id());
            Progress master = ready ? Progress.COMPLETE : variation(progress);
            if (master != Progress.NONE) {
                sheets.add(sheet(SheetKind.MASTER, song.id(), null, artist, release, master,
                        masterLines(artist, owner, song), ready));
            }
            Progress publishing = ready ? Progress.COMPLETE : variation(progress);
            if (newWork && publishing != Progress.NONE) {
                sheets.add(sheet(SheetKind.PUBLISHING, null, work.id(), artist, release, publishing,
                        publishingLines(artist, owner, song), ready));
            }
        }
        return new DemoRights(works, workIds, sheets);
    }

    /** A single's later tracks are versions of its lead (its title with a version in brackets). */
    private static boolean versionOfLead(DemoRelease release, DemoSong song, DemoWork lead) {
        return release.type() == ReleaseType.SINGLE && song.title().startsWith(lead.title() + " (");
    }

    private Progress progress(ReleaseStatus status) {
        double[] weights = switch (status) {
            case MASTERED -> new double[] {0.6, 0.25, 0.15};
            case IN_PROGRESS -> new double[] {0.3, 0.35, 0.35};
            default -> new double[] {0.1, 0.3, 0.6};
        };
        return Progress.values()[random.weighted(weights)];
    }

    /** Within a release whose sheets are under way, some are done, some half done, some not begun. */
    private Progress variation(Progress release) {
        if (release != Progress.INCOMPLETE) {
            return release;
        }
        return Progress.values()[random.weighted(new double[] {0.3, 0.5, 0.2})];
    }

    private DemoPerson directOwner(DemoArtist artist) {
        return artist.independent() ? artist.creator() : directOwners.get(artist.id());
    }

    // ---------------------------------------------------------------------------------------------

    private List<Share> masterLines(DemoArtist artist, DemoPerson owner, DemoSong song) {
        int label = artist.selfReleased() ? 0 : pick(LABEL_SHARES);
        int producer = random.chance(0.4) ? pick(PRODUCER_SHARES) : 0;
        int remaining = HUNDRED - label - producer;
        int featured = song.featuredArtists().isEmpty() ? 0 : Math.min(pick(FEATURED_SHARES), remaining / 2);
        List<Share> shares = new ArrayList<>(4);
        Party act = owner == null ? outside(artist.name(), MASTER_SOCIETIES, 0.0, 0.3)
                : person(owner, MASTER_SOCIETIES, 0.0, 0.3);
        shares.add(new Share(act, SplitRole.ARTIST, remaining - featured));
        if (featured > 0) {
            shares.add(new Share(outside(song.featuredArtists().get(0), MASTER_SOCIETIES, 0.0, 0.3),
                    SplitRole.FEATURED_ARTIST, featured));
        }
        if (producer > 0) {
            shares.add(new Share(outside(song.producers().get(0), MASTER_SOCIETIES, 0.0, 0.2), SplitRole.PRODUCER,
                    producer));
        }
        if (label > 0) {
            shares.add(new Share(outside(artist.issuer().name(), List.of(), 0.0, 0.0), SplitRole.LABEL, label));
        }
        return shares;
    }

    private List<Share> publishingLines(DemoArtist artist, DemoPerson owner, DemoSong song) {
        int publisher = pick(PUBLISHER_SHARES);
        List<String> writers = song.writers();
        int n = writers.size();
        int writersShare = HUNDRED - publisher;
        boolean composerAndLyricist = n >= 2 && random.chance(0.3);
        List<Share> shares = new ArrayList<>(n + 1);
        for (int i = 0; i < n; i++) {
            String name = writers.get(i);
            boolean isTheArtist = i == 0 && owner != null && artist.type() == ArtistType.INDIVIDUAL
                    && name.equals(artist.name());
            Party party = isTheArtist ? person(owner, WRITER_SOCIETIES, 0.9, 0.7)
                    : outside(name, WRITER_SOCIETIES, 0.9, 0.7);
            SplitRole role = SplitRole.WRITER;
            if (composerAndLyricist && i < 2) {
                role = i == 0 ? SplitRole.COMPOSER : SplitRole.LYRICIST;
            } else if (i == 2 && random.chance(0.15)) {
                role = SplitRole.ARRANGER;
            }
            shares.add(new Share(party, role, writersShare / n + (i < writersShare % n ? 1 : 0)));
        }
        shares.add(new Share(outside(publisherOf(artist), WRITER_SOCIETIES, 0.95, 0.8), SplitRole.PUBLISHER,
                publisher));
        return shares;
    }

    /** The artist's publisher: one of the demo's publishers for most, an outside one for the rest. */
    private String publisherOf(DemoArtist artist) {
        return publisherOfArtist.computeIfAbsent(artist.id(), key -> !publishers.isEmpty() && random.chance(0.6)
                ? random.pick(publishers).name() : names.organizationName(OrganizationType.PUBLISHER));
    }

    private Party person(DemoPerson person, List<String> societies, double ipiRate, double societyRate) {
        Party party = outside(person.displayName(), societies, ipiRate, societyRate);
        return new Party(person.id(), party.name(), party.ipi(), party.society());
    }

    /** A party by name: the same IPI and society wherever the name appears (drawn on first sight). */
    private Party outside(String name, List<String> societies, double ipiRate, double societyRate) {
        String key = name + '\u0000' + (societies.isEmpty() ? "" : societies.get(0));
        return parties.computeIfAbsent(key, k -> new Party(null, name,
                random.chance(ipiRate) ? random.fill("###########") : null,
                !societies.isEmpty() && random.chance(societyRate) ? random.pick(societies) : null));
    }

    // ---------------------------------------------------------------------------------------------

    private DemoSheet sheet(SheetKind kind, UUID songId, UUID workId, DemoArtist artist, DemoRelease release,
                            Progress progress, List<Share> shares, boolean ready) {
        List<Share> lines = progress == Progress.COMPLETE ? shares : incomplete(shares);
        OffsetDateTime first = firstDraft(release);
        List<DemoSheet.Version> versions = new ArrayList<>(2);
        versions.add(version(1, false, progress == Progress.COMPLETE ? "First draft" : "Parties so far", first,
                lines));
        double agreedRate = !ready ? 0.5 : release.status() == ReleaseStatus.SCHEDULED ? 0.75 : 0.9;
        if (progress == Progress.COMPLETE && random.chance(agreedRate)) {
            OffsetDateTime agreed = first.plusDays(random.between(1, 9)).plusHours(random.between(0, 8));
            versions.add(version(2, true, "Agreed by every party", agreed, lines));
        }
        return new DemoSheet(random.uuid(), kind, songId, workId, artist.id(), versions, artist.creator().id());
    }

    /** The parties found so far: the last one missing, or a single party's share not yet settled. */
    private List<Share> incomplete(List<Share> shares) {
        if (shares.size() > 1) {
            return shares.subList(0, shares.size() - 1);
        }
        Share only = shares.get(0);
        return List.of(new Share(only.party(), only.role(), pick(INCOMPLETE_TOTALS)));
    }

    /**
     * When version 1 was made: weeks before a release that is out, in the weeks before today for
     * the others; at least ten days ago, so an agreement (up to nine days and eight hours later)
     * is in the past as well.
     */
    private OffsetDateTime firstDraft(DemoRelease release) {
        boolean out = release.status() == ReleaseStatus.RELEASED || release.status() == ReleaseStatus.ARCHIVED;
        OffsetDateTime day = out && release.releaseDate() != null
                ? release.releaseDate().minusDays(random.between(30, 150)).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC)
                : now.minusDays(random.between(10, 90));
        return day.withHour(random.between(8, 15)).withMinute(random.between(0, 59)).withSecond(0).withNano(0);
    }

    private DemoSheet.Version version(int number, boolean agreed, String note, OffsetDateTime createdAt,
                                      List<Share> shares) {
        List<DemoSheet.Line> lines = new ArrayList<>(shares.size());
        for (Share share : shares) {
            Party party = share.party();
            lines.add(new DemoSheet.Line(random.uuid(), party.userId(), party.name(), share.role(), party.ipi(),
                    party.society(), BigDecimal.valueOf(share.hundredths(), 2)));
        }
        return new DemoSheet.Version(random.uuid(), number, agreed, note, createdAt, lines);
    }

    private int pick(int[] values) {
        return values[random.between(0, values.length - 1)];
    }

    private record Party(UUID userId, String name, String ipi, String society) {
    }

    private record Share(Party party, SplitRole role, int hundredths) {
    }
}
