package com.allaccessartist.service.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SheetStatus;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random sequences of saves and agreements through the service, on H2 (each try a fresh song):
 * whatever is attempted, refused or stale, the stored current version never totals more than
 * 100.00, no stored version does, and a sheet (or version) that is agreed totals exactly 100.00.
 * Kept to 50 tries: every step hits the database.
 */
class SplitSheetPropertyTest {

    /** Refusals a random step may meet; anything else fails the property. */
    private static final Set<String> EXPECTED_REFUSALS = Set.of("validation.split.overHundred",
            "validation.split.incomplete", "split.alreadyAgreed", "record.changedBySomeoneElse", "record.goneOrNoAccess");
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private static Path folder;
    private static TestDatabase testDatabase;
    private static Database database;
    private static SplitWorld world;
    private static UUID artist;
    private static UUID release;

    sealed interface Step permits Save, Agree {
    }

    /** Shares in cents; {@code complete}: a last party takes what is left; {@code stale}: from an old version. */
    record Save(List<Integer> cents, boolean complete, boolean evenly, boolean stale) implements Step {
    }

    record Agree(boolean stale) implements Step {
    }

    @BeforeContainer
    static void openDatabase() throws IOException {
        folder = Files.createTempDirectory("aaa-splits-property");
        testDatabase = TestDatabase.create(Vendor.H2, folder);
        database = testDatabase.openMigrated();
        world = SplitWorld.create(testDatabase, database, "owner", "finance");
        UUID label = world.organization(world.person("owner"));
        artist = world.artist(label, world.person("owner"), "Property Artist");
        release = world.release(artist, "Property Release");
        world.grantOrganization(world.person("finance"), label, "manager", false, false, true, false);
    }

    @AfterContainer
    static void closeDatabase() throws IOException {
        world.close();
        database.close();
        testDatabase.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 50)
    void theCurrentVersionNeverTotalsOverHundredAndAnAgreedSheetTotalsExactlyHundred(
            @ForAll("steps") List<Step> steps) {
        UUID song = world.song(artist, release, "Track", null);
        SplitSheetService service = new SplitSheetService(database, world.person("finance").user(), Clock.systemUTC());
        SplitSheetView sheet = service.masterSheet(song);
        long version = sheet.version();
        for (Step step : steps) {
            try {
                if (step instanceof Save save) {
                    long from = save.stale() ? version - 1 : version;
                    sheet = service.saveMaster(song, from, draft(save), null);
                } else if (step instanceof Agree agree) {
                    UUID sheetId = service.masterSheet(song).sheetId();
                    sheet = service.agree(sheetId, agree.stale() ? version - 1 : version);
                }
                version = sheet.version();
                Statistics.label("outcome").collect(step instanceof Save ? "saved" : "agreed");
            } catch (AppException refused) {
                assertThat(EXPECTED_REFUSALS).as("refused with %s after %s", refused.key(), step).contains(refused.key());
                Statistics.label("outcome").collect(refused.key());
            }
            checkStored(song);
            SplitSheetView read = service.masterSheet(song);
            assertThat(read.total()).isLessThanOrEqualTo(HUNDRED);
            if (read.status() == SheetStatus.AGREED) {
                assertThat(read.total()).isEqualByComparingTo(HUNDRED);
                assertThat(read.toDraft().isComplete()).isTrue();
            }
        }
    }

    private static SplitSheetDraft draft(Save save) {
        List<SplitParty> parties = new ArrayList<>();
        int sum = 0;
        for (int cents : save.cents()) {
            parties.add(party(parties.size(), cents));
            sum += cents;
        }
        if (save.complete() && sum < 10_000) {
            parties.add(party(parties.size(), 10_000 - sum));
        }
        SplitSheetDraft draft = new SplitSheetDraft(SheetKind.MASTER, parties);
        return save.evenly() && !parties.isEmpty() ? draft.splitEvenly() : draft;
    }

    private static SplitParty party(int index, int cents) {
        return new SplitParty(null, "Party " + (index + 1), index % 2 == 0 ? SplitRole.ARTIST : SplitRole.PRODUCER, null, null,
                SplitShare.of(BigDecimal.valueOf(cents, 2)));
    }

    /** The rows as stored: the current version's total, every version's total, agreed ones at 100.00. */
    private static void checkStored(UUID song) {
        try (Connection c = testDatabase.adminConnection(true);
             PreparedStatement statement = c.prepareStatement("SELECT s.status, s.current_version, v.version_number,"
                     + " v.status, v.total, (SELECT COALESCE(SUM(l.share), 0) FROM split_lines l WHERE l.version_id = v.id)"
                     + " FROM split_sheets s JOIN split_sheet_versions v ON v.sheet_id = s.id WHERE s.song_id = ?")) {
            statement.setObject(1, song);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String sheetStatus = rows.getString(1);
                    int current = rows.getInt(2);
                    int number = rows.getInt(3);
                    String versionStatus = rows.getString(4);
                    BigDecimal total = rows.getBigDecimal(5);
                    BigDecimal lines = rows.getBigDecimal(6);
                    assertThat(total).as("version %d", number).isLessThanOrEqualTo(HUNDRED).isEqualByComparingTo(lines);
                    if ("agreed".equals(versionStatus)) {
                        assertThat(total).as("agreed version %d", number).isEqualByComparingTo(HUNDRED);
                    }
                    if (number == current) {
                        assertThat(versionStatus).as("the sheet's status is its current version's").isEqualTo(sheetStatus);
                        if ("agreed".equals(sheetStatus)) {
                            assertThat(total).as("an agreed sheet").isEqualByComparingTo(HUNDRED);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> save = Combinators.combine(
                Arbitraries.integers().between(1, 6_000).withDistribution(RandomDistribution.uniform()).list()
                        .ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false),
                oneIn(5),
                oneIn(8))
                .as((cents, complete, evenly, stale) -> (Step) new Save(cents, complete, evenly, stale));
        Arbitrary<Step> agree = oneIn(8).map(stale -> (Step) new Agree(stale));
        Arbitrary<Step> step = Arbitraries.frequencyOf(Tuple.of(3, save), Tuple.of(2, agree));
        // mostly a sheet that exists: the first step is a save
        return Combinators.combine(save, step.list().ofMaxSize(7)).as((first, rest) -> {
            List<Step> steps = new ArrayList<>();
            steps.add(first);
            steps.addAll(rest);
            return steps;
        });
    }

    /** True once in {@code n} times. */
    private static Arbitrary<Boolean> oneIn(int n) {
        return Arbitraries.frequency(Tuple.of(1, true), Tuple.of(n - 1, false));
    }
}
