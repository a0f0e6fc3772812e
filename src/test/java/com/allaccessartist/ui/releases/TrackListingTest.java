package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.releases.ReleaseFixtures.discs;
import static com.allaccessartist.ui.releases.ReleaseFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.IdentifierOwner;
import com.allaccessartist.service.catalog.TrackDraft;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackListingTest {

    private final Map<String, IdentifierOwner> catalogue = new HashMap<>();
    private final List<String> lookedUp = new ArrayList<>();
    private final UUID releaseId = UUID.randomUUID();
    private int changes;
    private final TrackListing listing = new TrackListing(new CurrentThreadTaskExecutor(), (isrc, except) -> {
        lookedUp.add(isrc);
        return Optional.ofNullable(catalogue.get(isrc));
    }, () -> releaseId, () -> changes++);

    /** "1-1 Song 1-1", … in listing order. */
    private List<String> order() {
        return listing.rows().stream().map(row -> row.positionProperty().get() + " " + row.titleProperty().get()).toList();
    }

    private TrackRow row(String title) {
        return listing.rows().stream().filter(r -> r.titleProperty().get().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void loadsTracksInDiscAndTrackOrderWithTotalsPerDiscAndOverall() {
        listing.load(List.of(track(2, 1, "B1", 61, null), track(1, 2, "A2", 200, null), track(1, 1, "A1", 3725, null)));

        assertThat(order()).containsExactly("1-1 A1", "1-2 A2", "2-1 B1");
        assertThat(listing.discs()).hasSize(2);
        assertThat(listing.discs().get(0).secondsProperty().get()).isEqualTo(3925);
        assertThat(listing.discs().get(0).summaryProperty().get()).isEqualTo(Messages.format("track.disc.summary", 2, "1:05:25"));
        assertThat(listing.discs().get(1).secondsProperty().get()).isEqualTo(61);
        assertThat(listing.totalProperty().get()).isEqualTo(Messages.format("track.total", 3, "1:06:26"));
    }

    @Test
    void totalsFollowEveryDurationEditAndIgnoreInvalidOnes() {
        listing.load(discs(2, 1));

        row("Song 1-1").durationProperty().set("4:30");
        assertThat(listing.discs().get(0).secondsProperty().get()).isEqualTo(270 + 180);
        row("Song 2-1").durationProperty().set("1:02:03");
        assertThat(listing.discs().get(1).summaryProperty().get()).isEqualTo(Messages.format("track.disc.summary", 1, "1:02:03"));
        row("Song 2-1").durationProperty().set("1:2:3");
        assertThat(listing.discs().get(1).secondsProperty().get()).isZero();
        assertThat(row("Song 2-1").check("duration").isValid()).isFalse();
        assertThat(listing.isValid()).isFalse();
    }

    @Test
    void addingATrackAppendsItToTheSelectedDiscAndNumbersIt() {
        listing.load(discs(2, 2));
        listing.selectedProperty().set(row("Song 1-1"));

        TrackRow added = listing.addTrack();
        added.titleProperty().set("New");

        assertThat(order()).containsExactly("1-1 Song 1-1", "1-2 Song 1-2", "1-3 New", "2-1 Song 2-1", "2-2 Song 2-2");
        assertThat(listing.selectedProperty().get()).isSameAs(added);
        assertThat(listing.discs().get(0).tracksProperty().get()).isEqualTo(3);
    }

    @Test
    void anEmptyListingGetsItsFirstTrackOnDiscOneAndAddDiscStartsTheNextDisc() {
        listing.load(List.of());

        listing.addTrack().titleProperty().set("First");
        listing.addDisc().titleProperty().set("Second disc");

        assertThat(order()).containsExactly("1-1 First", "2-1 Second disc");
        assertThat(listing.discs()).hasSize(2);
    }

    @Test
    void removingATrackRenumbersTheRestAndAnEmptiedDiscDisappears() {
        listing.load(discs(3, 1, 2));

        listing.remove(row("Song 1-2"));
        assertThat(order()).containsExactly("1-1 Song 1-1", "1-2 Song 1-3", "2-1 Song 2-1", "3-1 Song 3-1", "3-2 Song 3-2");

        listing.remove(row("Song 2-1"));
        assertThat(order()).containsExactly("1-1 Song 1-1", "1-2 Song 1-3", "2-1 Song 3-1", "2-2 Song 3-2");
        assertThat(listing.discs()).hasSize(2);
        assertThat(listing.selectedProperty().get()).isSameAs(row("Song 3-1"));
    }

    @Test
    void altUpAndAltDownMoveATrackOnePlaceAndAcrossDiscBoundaries() {
        listing.load(discs(2, 2));

        listing.moveDown(row("Song 1-1"));
        assertThat(order()).containsExactly("1-1 Song 1-2", "1-2 Song 1-1", "2-1 Song 2-1", "2-2 Song 2-2");

        listing.moveDown(row("Song 1-1"));
        assertThat(order()).as("the last track of a disc goes to the start of the next")
                .containsExactly("1-1 Song 1-2", "2-1 Song 1-1", "2-2 Song 2-1", "2-3 Song 2-2");

        listing.moveUp(row("Song 1-1"));
        assertThat(order()).as("the first track of a disc goes to the end of the one before")
                .containsExactly("1-1 Song 1-2", "1-2 Song 1-1", "2-1 Song 2-1", "2-2 Song 2-2");

        listing.moveUp(row("Song 1-2"));
        listing.moveDown(row("Song 2-2"));
        assertThat(order()).as("nothing moves past either end")
                .containsExactly("1-1 Song 1-2", "1-2 Song 1-1", "2-1 Song 2-1", "2-2 Song 2-2");
        assertThat(listing.selectedProperty().get()).isSameAs(row("Song 2-2"));
    }

    @Test
    void movingTheOnlyTrackOfADiscUpRemovesTheDisc() {
        listing.load(discs(1, 1, 1));

        listing.moveUp(row("Song 2-1"));

        assertThat(order()).containsExactly("1-1 Song 1-1", "1-2 Song 2-1", "2-1 Song 3-1");
        assertThat(listing.discs()).hasSize(2);
    }

    @Test
    void dragAndDropGivesTheTrackTheTargetsPlaceOnTheTargetsDisc() {
        listing.load(discs(3, 2));

        listing.moveOnto(row("Song 1-3"), row("Song 1-1"));
        assertThat(order()).as("dragged up: before the target")
                .containsExactly("1-1 Song 1-3", "1-2 Song 1-1", "1-3 Song 1-2", "2-1 Song 2-1", "2-2 Song 2-2");

        listing.moveOnto(row("Song 1-3"), row("Song 1-1"));
        assertThat(order()).as("dragged down on its disc: after the target")
                .containsExactly("1-1 Song 1-1", "1-2 Song 1-3", "1-3 Song 1-2", "2-1 Song 2-1", "2-2 Song 2-2");

        listing.moveOnto(row("Song 1-1"), row("Song 2-2"));
        assertThat(order()).as("dropped on another disc: the target's number there")
                .containsExactly("1-1 Song 1-3", "1-2 Song 1-2", "2-1 Song 2-1", "2-2 Song 1-1", "2-3 Song 2-2");

        listing.moveOnto(row("Song 2-2"), row("Song 2-2"));
        assertThat(order()).as("dropping a track on itself changes nothing").element(4).isEqualTo("2-3 Song 2-2");
        assertThat(listing.selectedProperty().get()).isSameAs(row("Song 1-1"));
    }

    @Test
    void movingToAnotherDiscAppendsItThereAndOnePastTheLastDiscStartsANewOne() {
        listing.load(discs(2, 1));

        listing.moveToDisc(row("Song 1-1"), 2);
        assertThat(order()).containsExactly("1-1 Song 1-2", "2-1 Song 2-1", "2-2 Song 1-1");

        listing.moveToDisc(row("Song 2-1"), 3);
        assertThat(order()).containsExactly("1-1 Song 1-2", "2-1 Song 1-1", "3-1 Song 2-1");

        listing.moveToDisc(row("Song 1-2"), 9);
        assertThat(order()).as("no gap of discs").containsExactly("1-1 Song 1-2", "2-1 Song 1-1", "3-1 Song 2-1");
    }

    @Test
    void isrcsAreAcceptedWithOrWithoutHyphensInLowerCaseShownFormattedAndSavedNormalized() {
        listing.load(List.of(track(1, 1, "One", 100, null)));
        TrackRow one = row("One");

        one.commitIsrc("gb-aye-24-00042");
        assertThat(one.isrcProperty().get()).isEqualTo("GB-AYE-24-00042");
        one.commitIsrc("isrc gbaye2400043");
        assertThat(one.isrcProperty().get()).isEqualTo("GB-AYE-24-00043");
        assertThat(listing.toDrafts()).extracting(TrackDraft::isrc).containsExactly("GBAYE2400043");

        one.commitIsrc("GB-AYE-24-0004");
        assertThat(one.isrcProperty().get()).as("an invalid one stays as typed").isEqualTo("GB-AYE-24-0004");
        assertThat(one.check("isrc").errorProperty().get()).isEqualTo(Messages.format("validation.isrc.length", 11));
    }

    @Test
    void anIsrcUsedTwiceInTheListingIsFlaggedOnBothTracksUntilOneChanges() {
        listing.load(discs(2, 1));
        TrackRow first = row("Song 1-1");
        TrackRow other = row("Song 2-1");

        other.commitIsrc("gbaye2400001");

        assertThat(other.check("isrc").errorProperty().get()).isEqualTo(Messages.format("track.isrc.duplicate", "1-1"));
        assertThat(first.check("isrc").errorProperty().get()).isEqualTo(Messages.format("track.isrc.duplicate", "2-1"));
        assertThat(listing.isValid()).isFalse();

        first.commitIsrc("GB-AYE-24-00099");
        assertThat(first.check("isrc").isValid()).isTrue();
        assertThat(other.check("isrc").isValid()).isTrue();
        assertThat(listing.isValid()).isTrue();
    }

    @Test
    void anIsrcHeldElsewhereInTheCatalogueNamesTheReleaseThatHasIt() {
        catalogue.put("USRC17607839", new IdentifierOwner(UUID.randomUUID(), "Other Album", "Grace Hopper", "Compiler"));
        listing.load(discs(1));
        TrackRow track = row("Song 1-1");

        track.commitIsrc("us-rc1-76-07839");

        assertThat(lookedUp).containsExactly("USRC17607839");
        assertThat(track.check("isrc").errorProperty().get())
                .isEqualTo(Messages.format("catalog.isrc.taken", "USRC17607839", "Compiler", "Other Album", "Grace Hopper"));
        assertThat(listing.isValid()).isFalse();
    }

    @Test
    void anIsrcHeldByAReleaseThePersonMayNotSeeIsRefusedWithoutNamingIt() {
        catalogue.put("USRC17607839", IdentifierOwner.hidden());
        listing.load(discs(1));

        row("Song 1-1").commitIsrc("USRC17607839");

        assertThat(row("Song 1-1").check("isrc").errorProperty().get())
                .isEqualTo(Messages.format("catalog.isrc.takenHidden", "USRC17607839"));
    }

    @Test
    void anIsrcHeldByATrackOfThisSameReleaseIsTheListingsBusinessNotAConflict() {
        catalogue.put("GBAYE2400002", new IdentifierOwner(releaseId, "Analytical Engine", "Ada Lovelace", "Song 1-2"));
        listing.load(discs(2));
        listing.remove(row("Song 1-2"));

        row("Song 1-1").commitIsrc("GBAYE2400002");

        assertThat(row("Song 1-1").check("isrc").isValid()).isTrue();
    }

    @Test
    void everyCellIsCheckedByItsRule() {
        listing.load(discs(1));
        TrackRow track = row("Song 1-1");

        track.bpmProperty().set("300");
        track.timeSignatureProperty().set("4/5");
        track.languageProperty().set("english");
        track.titleProperty().set(" ");

        assertThat(track.check("bpm").errorProperty().get()).isEqualTo(Messages.get("track.validation.bpm"));
        assertThat(track.check("timeSignature").isValid()).isFalse();
        assertThat(track.check("language").isValid()).isFalse();
        assertThat(track.check("title").errorProperty().get()).isEqualTo(Messages.get("track.validation.titleEmpty"));
        assertThat(track.firstInvalidField()).isEqualTo("title");

        track.bpmProperty().set("299");
        track.timeSignatureProperty().set("7/8");
        track.languageProperty().set("pt-br");
        track.titleProperty().set("Fixed");
        assertThat(track.isValid()).isTrue();
        assertThat(track.toDraft().tempoBpm()).isEqualTo(299);
        assertThat(track.toDraft().language()).isEqualTo("pt-BR");
        assertThat(track.toDraft().timeSignature()).isEqualTo("7/8");
    }

    @Test
    void draftsCarryTheNumbersShownAndTheCredits() {
        listing.load(discs(1, 2));
        listing.moveUp(row("Song 2-1"));
        row("Song 2-2").writers().setAll("Ada", " ", "Grace ");

        assertThat(listing.toDrafts()).extracting(d -> d.discNumber() + "-" + d.trackNumber() + " " + d.title())
                .containsExactly("1-1 Song 1-1", "1-2 Song 2-1", "2-1 Song 2-2");
        assertThat(listing.toDrafts().get(2).writers()).containsExactly("Ada", "Grace");
        assertThat(changes).isPositive();
    }
}
