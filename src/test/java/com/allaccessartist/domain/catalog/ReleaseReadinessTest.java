package com.allaccessartist.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReleaseReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String UPC = "036000241457";
    private static final ReleaseReadiness.Track GOOD = new ReleaseReadiness.Track("1-1", "Intro", "US-RC1-76-07839", 200);

    private static ReleaseReadiness.Snapshot release(LocalDate date, String upc, ReleaseReadiness.Track... tracks) {
        return new ReleaseReadiness.Snapshot(date, upc, List.of(tracks));
    }

    @ParameterizedTest
    @EnumSource(value = ReleaseStatus.class, names = {"DRAFT", "IN_PROGRESS", "MASTERED", "ARCHIVED"})
    void statusesWithoutContentRulesHaveAnEmptyChecklist(ReleaseStatus target) {
        assertThat(ReleaseReadiness.check(release(null, null), target, TODAY)).isEmpty();
        assertThat(ReleaseReadiness.ready(List.of())).isTrue();
    }

    @Test
    void aCompleteReleaseMeetsEveryRuleForScheduled() {
        List<ReleaseReadiness.Item> items = ReleaseReadiness.check(release(TODAY.plusDays(30), UPC, GOOD),
                ReleaseStatus.SCHEDULED, TODAY);

        assertThat(items).extracting(ReleaseReadiness.Item::key).containsExactly("readiness.releaseDate", "readiness.upc",
                "readiness.tracks", "readiness.isrc", "readiness.duration");
        assertThat(items).allMatch(ReleaseReadiness.Item::met);
        assertThat(ReleaseReadiness.ready(items)).isTrue();
    }

    @Test
    void anEmptyReleaseFailsEveryRuleAndPointsAtItsField() {
        List<ReleaseReadiness.Item> items = ReleaseReadiness.check(release(null, null), ReleaseStatus.SCHEDULED, TODAY);

        assertThat(items).extracting(ReleaseReadiness.Item::key, ReleaseReadiness.Item::met, ReleaseReadiness.Item::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("readiness.releaseDate", false, "releaseDate"),
                        org.assertj.core.groups.Tuple.tuple("readiness.upc", false, "upc"),
                        org.assertj.core.groups.Tuple.tuple("readiness.tracks", false, "tracks"),
                        org.assertj.core.groups.Tuple.tuple("readiness.isrc", true, "tracks"),
                        org.assertj.core.groups.Tuple.tuple("readiness.duration", true, "tracks"));
        assertThat(ReleaseReadiness.ready(items)).isFalse();
    }

    @Test
    void anInvalidUpcIsNotAUpc() {
        assertThat(item(release(TODAY, "036000241458", GOOD), ReleaseStatus.SCHEDULED, "readiness.upc").met()).isFalse();
        assertThat(item(release(TODAY, "  ", GOOD), ReleaseStatus.SCHEDULED, "readiness.upc").met()).isFalse();
        assertThat(item(release(TODAY, "5010017088439", GOOD), ReleaseStatus.SCHEDULED, "readiness.upc").met()).isTrue();
    }

    @Test
    void namesEveryTrackWithoutAValidIsrcOrADurationAndPointsAtTheFirst() {
        ReleaseReadiness.Snapshot snapshot = release(TODAY, UPC, GOOD,
                new ReleaseReadiness.Track("1-2", "No code", null, 180),
                new ReleaseReadiness.Track("1-3", "Bad code", "US-RC1-76-0783", null),
                new ReleaseReadiness.Track("2-1", "Zero", "GB-AYE-24-00001", 0));

        ReleaseReadiness.Item isrc = item(snapshot, ReleaseStatus.SCHEDULED, "readiness.isrc");
        ReleaseReadiness.Item duration = item(snapshot, ReleaseStatus.SCHEDULED, "readiness.duration");

        assertThat(isrc.met()).isFalse();
        assertThat(isrc.field()).isEqualTo("track:1:isrc");
        assertThat(isrc.args()).containsExactly("1-2, 1-3");
        assertThat(duration.met()).isFalse();
        assertThat(duration.field()).isEqualTo("track:2:duration");
        assertThat(duration.args()).containsExactly("1-3, 2-1");
    }

    @Test
    void releasedAlsoNeedsTheDateReached() {
        ReleaseReadiness.Snapshot tomorrow = release(TODAY.plusDays(1), UPC, GOOD);
        ReleaseReadiness.Snapshot today = release(TODAY, UPC, GOOD);
        ReleaseReadiness.Snapshot yesterday = release(TODAY.minusDays(1), UPC, GOOD);

        assertThat(ReleaseReadiness.check(tomorrow, ReleaseStatus.SCHEDULED, TODAY)).allMatch(ReleaseReadiness.Item::met);
        ReleaseReadiness.Item reached = item(tomorrow, ReleaseStatus.RELEASED, "readiness.dateReached");
        assertThat(reached.met()).isFalse();
        assertThat(reached.field()).isEqualTo("releaseDate");
        assertThat(reached.args()).containsExactly(TODAY.plusDays(1));
        assertThat(ReleaseReadiness.ready(ReleaseReadiness.check(today, ReleaseStatus.RELEASED, TODAY))).isTrue();
        assertThat(ReleaseReadiness.ready(ReleaseReadiness.check(yesterday, ReleaseStatus.RELEASED, TODAY))).isTrue();
        assertThat(ReleaseReadiness.check(release(null, UPC, GOOD), ReleaseStatus.RELEASED, TODAY))
                .filteredOn(i -> i.key().equals("readiness.dateReached")).allMatch(i -> !i.met());
    }

    @Test
    void theSnapshotKeepsItsOwnCopyOfTheTracks() {
        List<ReleaseReadiness.Track> tracks = new ArrayList<>(List.of(GOOD));
        ReleaseReadiness.Snapshot snapshot = new ReleaseReadiness.Snapshot(TODAY, UPC, tracks);
        tracks.clear();

        assertThat(snapshot.tracks()).containsExactly(GOOD);
    }

    @Property
    void readyExactlyWhenEveryRuleHolds(@ForAll("snapshots") ReleaseReadiness.Snapshot snapshot, @ForAll boolean released) {
        ReleaseStatus target = released ? ReleaseStatus.RELEASED : ReleaseStatus.SCHEDULED;
        boolean expected = snapshot.releaseDate() != null && Upc.isValid(snapshot.upc()) && !snapshot.tracks().isEmpty()
                && snapshot.tracks().stream().allMatch(t -> Isrc.isValid(t.isrc()) && t.durationSeconds() != null
                && t.durationSeconds() > 0)
                && (!released || !snapshot.releaseDate().isAfter(TODAY));

        assertThat(ReleaseReadiness.ready(ReleaseReadiness.check(snapshot, target, TODAY))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<ReleaseReadiness.Snapshot> snapshots() {
        Arbitrary<LocalDate> date = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(-3, 3).map(TODAY::plusDays));
        Arbitrary<String> upc = Arbitraries.of(null, "", UPC, "036000241458", "5010017088439", "12345");
        Arbitrary<ReleaseReadiness.Track> track = Combinators.combine(
                Arbitraries.of(null, "", "USRC17607839", "us-rc1-76-07839", "USRC1760783", "1SRC17607839"),
                Arbitraries.of(null, -1, 0, 1, 240)).as((isrc, seconds) -> new ReleaseReadiness.Track("1-1", "T", isrc, seconds));
        return Combinators.combine(date, upc, track.list().ofMaxSize(4)).as(ReleaseReadiness.Snapshot::new);
    }

    @Test
    void schedulingNeedsEveryKnownTracksSheetsCompleteAndItsWorkLinked() {
        ReleaseReadiness.Splits complete = new ReleaseReadiness.Splits(true, true, true);
        ReleaseReadiness.Snapshot snapshot = release(TODAY, UPC,
                new ReleaseReadiness.Track("1-1", "Done", "US-RC1-76-07839", 200, complete),
                new ReleaseReadiness.Track("1-2", "New", "US-RC1-76-07840", 200, ReleaseReadiness.Splits.NONE),
                new ReleaseReadiness.Track("1-3", "Half", "US-RC1-76-07841", 200, new ReleaseReadiness.Splits(true, true, false)));

        assertThat(item(snapshot, ReleaseStatus.SCHEDULED, "readiness.masterSplit"))
                .extracting(ReleaseReadiness.Item::met, ReleaseReadiness.Item::field).containsExactly(false, "track:1:splits");
        assertThat(item(snapshot, ReleaseStatus.SCHEDULED, "readiness.masterSplit").args()).containsExactly("1-2");
        assertThat(item(snapshot, ReleaseStatus.SCHEDULED, "readiness.work").args()).containsExactly("1-2");
        assertThat(item(snapshot, ReleaseStatus.SCHEDULED, "readiness.publishingSplit").args())
                .as("an unlinked work counts once, under readiness.work").containsExactly("1-3");
        assertThat(ReleaseReadiness.check(snapshot, ReleaseStatus.RELEASED, TODAY))
                .extracting(ReleaseReadiness.Item::key).doesNotContain("readiness.masterSplit");
        assertThat(ReleaseReadiness.ready(ReleaseReadiness.check(release(TODAY, UPC,
                new ReleaseReadiness.Track("1-1", "Done", "US-RC1-76-07839", 200, complete)), ReleaseStatus.SCHEDULED, TODAY)))
                .isTrue();
        assertThat(ReleaseReadiness.check(release(TODAY, UPC, GOOD), ReleaseStatus.SCHEDULED, TODAY))
                .as("tracks whose sheets are not known (an edit being saved) are not checked here")
                .extracting(ReleaseReadiness.Item::key).doesNotContain("readiness.masterSplit", "readiness.work");
    }

    private static ReleaseReadiness.Item item(ReleaseReadiness.Snapshot snapshot, ReleaseStatus target, String key) {
        return ReleaseReadiness.check(snapshot, target, TODAY).stream().filter(i -> i.key().equals(key)).findFirst()
                .orElseThrow();
    }
}
