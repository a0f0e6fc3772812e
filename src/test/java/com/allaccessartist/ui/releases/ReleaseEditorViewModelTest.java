package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.releases.ReleaseFixtures.ADMIN;
import static com.allaccessartist.ui.releases.ReleaseFixtures.ARTIST;
import static com.allaccessartist.ui.releases.ReleaseFixtures.MANAGER;
import static com.allaccessartist.ui.releases.ReleaseFixtures.UPC;
import static com.allaccessartist.ui.releases.ReleaseFixtures.VIEWER;
import static com.allaccessartist.ui.releases.ReleaseFixtures.discs;
import static com.allaccessartist.ui.releases.ReleaseFixtures.release;
import static com.allaccessartist.ui.releases.ReleaseFixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.service.catalog.IdentifierOwner;
import com.allaccessartist.service.catalog.InvalidFieldException;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDraft;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.LeaveChoice;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class ReleaseEditorViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Set<ReleaseStatus> FROM_MASTERED = Set.of(ReleaseStatus.SCHEDULED, ReleaseStatus.ARCHIVED);

    private final ReleaseService releases = mock(ReleaseService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ReleaseEditorViewModel editor = new ReleaseEditorViewModel(releases, mock(MediaService.class),
            new CurrentThreadTaskExecutor(), dialogs, changes, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private ReleaseDetails mastered(List<com.allaccessartist.service.catalog.TrackDetails> tracks) {
        return release(ReleaseStatus.MASTERED, TODAY.plusDays(30), UPC, tracks, FROM_MASTERED, MANAGER);
    }

    private ReleaseDraft savedDraft() {
        ArgumentCaptor<ReleaseDraft> draft = ArgumentCaptor.forClass(ReleaseDraft.class);
        verify(releases).save(any(), anyLong(), draft.capture());
        return draft.getValue();
    }

    @Test
    void aLoadedReleaseShowsItsFieldsStatusAndMovesAndIsClean() {
        editor.load(mastered(discs(2, 1)));

        assertThat(editor.form().titleProperty().get()).isEqualTo("Analytical Engine");
        assertThat(editor.form().upcProperty().get()).isEqualTo(UPC);
        assertThat(editor.tracks().rows()).hasSize(3);
        assertThat(editor.header().statusProperty().get()).isEqualTo(ReleaseStatus.MASTERED);
        assertThat(editor.header().moves()).containsExactly(ReleaseStatus.SCHEDULED, ReleaseStatus.ARCHIVED);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.header().readOnlyProperty().get()).isFalse();
        assertThat(editor.header().copyrightLinesProperty().get()).isEqualTo("\u2117 2024 Engine Records\n\u00A9 2024 Engine Records");
    }

    @Test
    void editsMarkTheEditorDirtyAndTypingTheSavedValueBackMakesItCleanAgain() {
        editor.load(mastered(discs(2)));

        editor.form().titleProperty().set("Difference Engine");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.canSaveProperty().get()).isTrue();

        editor.form().titleProperty().set("Analytical Engine");
        assertThat(editor.isDirty()).isFalse();

        editor.tracks().moveDown(editor.tracks().rows().get(0));
        assertThat(editor.isDirty()).as("a reorder is an edit").isTrue();
        editor.tracks().moveUp(editor.tracks().rows().get(1));
        assertThat(editor.isDirty()).isFalse();

        editor.tracks().rows().get(0).commitIsrc("gbaye2400001");
        assertThat(editor.isDirty()).as("the same ISRC typed differently is no change").isFalse();
    }

    @Test
    void revertUndoesEveryUnsavedEdit() {
        editor.load(mastered(discs(3)));
        editor.form().genreProperty().set("Jazz");
        editor.tracks().remove(editor.tracks().rows().get(1));
        editor.tracks().rows().get(0).titleProperty().set("Renamed");
        editor.streamingLinks().add();

        editor.revert();

        assertThat(editor.form().genreProperty().get()).isEqualTo("Electronic");
        assertThat(editor.tracks().rows()).extracting(r -> r.titleProperty().get())
                .containsExactly("Song 1-1", "Song 1-2", "Song 1-3");
        assertThat(editor.streamingLinks().rows()).isEmpty();
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void savingSendsTheReleaseAndItsWholeListingInOneCallAndTellsTheOtherScreens() {
        ReleaseDetails loaded = mastered(discs(2, 1));
        editor.load(loaded);
        ReleaseDetails saved = release(loaded.id(), 4, ReleaseStatus.MASTERED, TODAY.plusDays(30), UPC, discs(3),
                FROM_MASTERED, MANAGER);
        when(releases.save(eq(loaded.id()), eq(3L), any())).thenReturn(saved);
        editor.tracks().moveToDisc(editor.tracks().rows().get(2), 1);
        editor.tracks().rows().get(1).commitIsrc("us-rc1-76-07839");
        long before = changes.versionProperty().get();

        editor.save();

        ReleaseDraft draft = savedDraft();
        assertThat(draft.tracks()).extracting(t -> t.discNumber() + "-" + t.trackNumber() + " " + t.isrc())
                .containsExactly("1-1 GBAYE2400001", "1-2 USRC17607839", "1-3 GBAYE2400003");
        assertThat(draft.upc()).isEqualTo(UPC);
        assertThat(editor.isDirty()).isFalse();
        assertThat(changes.versionProperty().get()).isEqualTo(before + 1);
        assertThat(editor.banner().textProperty().get()).isEqualTo(Messages.get("release.saved"));
    }

    @Test
    void aNewReleaseSuggestsItsSlugFromTheTitleUntilTheSlugIsEditedAndIsCreatedForTheArtist() {
        editor.startNew(ARTIST, "Ada Lovelace", MANAGER);
        assertThat(editor.isDirty()).isFalse();

        editor.form().titleProperty().set("Sigur Rós & Friends");
        assertThat(editor.form().slugProperty().get()).isEqualTo("sigur-ros-and-friends");
        editor.form().slugProperty().set("friends");
        editor.form().titleProperty().set("Other title");
        assertThat(editor.form().slugProperty().get()).isEqualTo("friends");
        assertThat(editor.form().slugSuggestedProperty().get()).isFalse();
        editor.tracks().addTrack().titleProperty().set("Intro");
        ReleaseDetails created = release(ReleaseStatus.DRAFT, null, null, List.of(track(1, 1, "Intro", null, null)),
                Set.of(ReleaseStatus.IN_PROGRESS), MANAGER);
        when(releases.create(eq(ARTIST), any())).thenReturn(created);

        editor.save();

        ArgumentCaptor<ReleaseDraft> draft = ArgumentCaptor.forClass(ReleaseDraft.class);
        verify(releases).create(eq(ARTIST), draft.capture());
        assertThat(draft.getValue().slug()).isEqualTo("friends");
        assertThat(draft.getValue().tracks()).extracting(TrackDraft::title).containsExactly("Intro");
        assertThat(editor.header().newProperty().get()).isFalse();
        assertThat(editor.releaseId()).isEqualTo(created.id());
    }

    @Test
    void invalidInputKeepsSaveDisabledAndSavingShowsWhyAndGoesToTheFirstProblem() {
        editor.load(mastered(discs(2)));
        editor.form().upcProperty().set("036000241458");
        editor.tracks().rows().get(1).durationProperty().set("3:75");

        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.form().check("upc").shownErrorProperty().get())
                .isEqualTo(Messages.format("validation.upc.checkDigit", 7, 8));

        editor.save();

        verify(releases, never()).save(any(), anyLong(), any());
        assertThat(editor.banner().textProperty().get()).isEqualTo(Messages.get("release.invalid"));
        assertThat(editor.focusProperty().get().field()).isEqualTo("upc");
        editor.form().upcProperty().set(UPC);
        editor.save();
        assertThat(editor.focusProperty().get().field()).isEqualTo("track:1:duration");
    }

    @Test
    void aUpcHeldByAnotherReleaseIsRefusedLiveNamingThatRelease() {
        ReleaseDetails loaded = mastered(discs(1));
        when(releases.upcOwner("5010017088439", loaded.id()))
                .thenReturn(Optional.of(new IdentifierOwner(UUID.randomUUID(), "Tubular Bells", "Mike Oldfield", null)));
        when(releases.catalogNumberOwner(ARTIST, "V2001", loaded.id())).thenReturn(Optional.of(IdentifierOwner.hidden()));
        editor.load(loaded);

        editor.form().upcProperty().set("5010017 088439");
        editor.form().catalogNumberProperty().set("V2001");

        assertThat(editor.form().check("upc").errorProperty().get())
                .isEqualTo(Messages.format("catalog.upc.taken", "5010017088439", "Tubular Bells", "Mike Oldfield"));
        assertThat(editor.form().check("catalogNumber").errorProperty().get())
                .isEqualTo(Messages.format("catalog.catalogNumber.takenHidden", "V2001"));
        assertThat(editor.validProperty().get()).isFalse();
    }

    @Test
    void aSlugAnotherReleaseOfTheArtistUsesIsRefusedLiveAndAFreeOneIsAccepted() {
        ReleaseDetails loaded = mastered(discs(1));
        when(releases.slugOwner(ARTIST, "tubular-bells", loaded.id()))
                .thenReturn(Optional.of(new IdentifierOwner(UUID.randomUUID(), "Tubular Bells", "Mike Oldfield", null)));
        editor.load(loaded);

        editor.form().slugProperty().set("tubular-bells");

        assertThat(editor.form().check("slug").errorProperty().get())
                .isEqualTo(Messages.format("catalog.release.slugTaken", "tubular-bells", "Tubular Bells"));
        assertThat(editor.validProperty().get()).isFalse();

        editor.form().slugProperty().set("hergest-ridge");

        assertThat(editor.form().check("slug").errorProperty().get()).isEmpty();
        verify(releases).slugOwner(ARTIST, "hergest-ridge", loaded.id());
        assertThat(editor.validProperty().get()).isTrue();
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndShowsTheReasonAtTheTrackItConcerns() {
        ReleaseDetails loaded = mastered(discs(3));
        editor.load(loaded);
        editor.tracks().rows().get(2).commitIsrc("GB-AYE-24-00099");
        editor.form().titleProperty().set("New title");
        when(releases.save(any(), anyLong(), any())).thenThrow(new InvalidFieldException("track:2:isrc", "catalog.isrc.taken",
                "taken", "GBAYE2400099", "Other", "Elsewhere", "Someone"));

        editor.save();

        TrackRow third = editor.tracks().rows().get(2);
        assertThat(third.isrcProperty().get()).isEqualTo("GB-AYE-24-00099");
        assertThat(editor.form().titleProperty().get()).isEqualTo("New title");
        assertThat(editor.isDirty()).isTrue();
        assertThat(third.check("isrc").shownErrorProperty().get())
                .isEqualTo(Messages.format("catalog.isrc.taken", "GBAYE2400099", "Other", "Elsewhere", "Someone"));
        assertThat(editor.focusProperty().get().field()).isEqualTo("track:2:isrc");
        assertThat(editor.banner().kindProperty().get()).isEqualTo(EditorBanner.Kind.ERROR);

        third.commitIsrc("GB-AYE-24-00098");
        assertThat(third.check("isrc").isValid()).as("editing the cell clears the refusal").isTrue();
    }

    @Test
    void aSaveRefusedForAReleaseFieldIsShownAtThatField() {
        editor.load(mastered(discs(1)));
        editor.form().slugProperty().set("taken-slug");
        when(releases.save(any(), anyLong(), any())).thenThrow(new InvalidFieldException("slug", "catalog.release.slugTaken",
                "taken", "taken-slug", "Other Album"));

        editor.save();

        assertThat(editor.form().check("slug").shownErrorProperty().get())
                .isEqualTo(Messages.format("catalog.release.slugTaken", "taken-slug", "Other Album"));
        assertThat(editor.focusProperty().get().field()).isEqualTo("slug");
    }

    @Test
    void aStaleSaveTellsThePersonAndReloadsOnlyIfTheyAsk() {
        ReleaseDetails loaded = mastered(discs(1));
        editor.load(loaded);
        editor.form().genreProperty().set("Mine");
        when(releases.save(any(), anyLong(), any())).thenThrow(new AppException("record.changedBySomeoneElse"));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(false);

        editor.save();

        assertThat(editor.banner().kindProperty().get()).isEqualTo(EditorBanner.Kind.CONFLICT);
        assertThat(editor.banner().textProperty().get()).isEqualTo(Messages.get("record.changedBySomeoneElse"));
        assertThat(editor.form().genreProperty().get()).as("nothing is silently lost").isEqualTo("Mine");
        verify(releases, never()).get(any());

        ReleaseDetails theirs = release(loaded.id(), 9, ReleaseStatus.MASTERED, TODAY, UPC, discs(2), FROM_MASTERED, MANAGER);
        when(releases.get(loaded.id())).thenReturn(theirs);
        editor.reload();

        assertThat(editor.tracks().rows()).hasSize(2);
        assertThat(editor.form().genreProperty().get()).isEqualTo("Electronic");
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.banner().kindProperty().get()).isEqualTo(EditorBanner.Kind.NONE);
    }

    @Test
    void aStaleSaveReloadsWhenThePersonAgrees() {
        ReleaseDetails loaded = mastered(discs(1));
        editor.load(loaded);
        editor.form().genreProperty().set("Mine");
        when(releases.save(any(), anyLong(), any())).thenThrow(new AppException("record.changedBySomeoneElse"));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        when(releases.get(loaded.id())).thenReturn(loaded);

        editor.save();

        verify(releases).get(loaded.id());
        assertThat(editor.form().genreProperty().get()).isEqualTo("Electronic");
    }

    @Test
    void anArchivedReleaseOpensReadOnlyButAnAdministratorMayStillMoveItBack() {
        editor.load(release(ReleaseStatus.ARCHIVED, TODAY, UPC, discs(1), Set.of(ReleaseStatus.RELEASED, ReleaseStatus.DRAFT), ADMIN));

        assertThat(editor.header().readOnlyProperty().get()).isTrue();
        assertThat(editor.header().readOnlyReasonProperty().get()).isEqualTo(Messages.get("release.readOnly.archived"));
        editor.form().titleProperty().set("Changed anyway");
        assertThat(editor.canSaveProperty().get()).isFalse();
        editor.save();
        verify(releases, never()).save(any(), anyLong(), any());
        assertThat(editor.readiness().lines()).isEmpty();
        assertThat(editor.header().moves()).containsExactly(ReleaseStatus.DRAFT, ReleaseStatus.RELEASED);
    }

    @Test
    void withoutTheRightToManageReleasesTheEditorIsReadOnly() {
        editor.load(release(ReleaseStatus.DRAFT, null, null, discs(1), Set.of(), VIEWER));

        assertThat(editor.header().readOnlyProperty().get()).isTrue();
        assertThat(editor.header().readOnlyReasonProperty().get()).isEqualTo(Messages.get("release.readOnly.noRights"));
        assertThat(editor.header().moves()).isEmpty();
    }

    @Test
    void theChecklistShowsEachRuleOfTheNextStatusWithTheFieldToGoTo() {
        editor.load(release(ReleaseStatus.MASTERED, null, "123", List.of(track(1, 1, "A", 200, "GBAYE2400001"),
                track(1, 2, "B", null, null)), FROM_MASTERED, MANAGER));

        assertThat(editor.readiness().targetProperty().get()).isEqualTo(ReleaseStatus.SCHEDULED);
        assertThat(editor.readiness().lines()).extracting(ReadinessLine::met, ReadinessLine::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(false, "releaseDate"), org.assertj.core.groups.Tuple.tuple(false, "upc"),
                org.assertj.core.groups.Tuple.tuple(true, "tracks"), org.assertj.core.groups.Tuple.tuple(false, "track:1:isrc"),
                org.assertj.core.groups.Tuple.tuple(false, "track:1:duration"), org.assertj.core.groups.Tuple.tuple(true, "tracks"),
                org.assertj.core.groups.Tuple.tuple(true, "tracks"), org.assertj.core.groups.Tuple.tuple(true, "tracks"));
        assertThat(editor.readiness().lines().get(3).detail()).contains("1-2");
        assertThat(editor.readiness().readyProperty().get()).isFalse();

        editor.goTo(editor.readiness().lines().get(3));
        assertThat(editor.focusProperty().get().field()).isEqualTo("track:1:isrc");
        assertThat(editor.tracks().selectedProperty().get()).isSameAs(editor.tracks().rows().get(1));

        editor.form().releaseDateProperty().set(TODAY);
        editor.form().upcProperty().set(UPC);
        editor.tracks().rows().get(1).commitIsrc("GBAYE2400002");
        editor.tracks().rows().get(1).durationProperty().set("4:00");
        assertThat(editor.readiness().lines()).allMatch(ReadinessLine::met);
        assertThat(editor.readiness().readyProperty().get()).isTrue();
    }

    @Test
    void theChecklistNamesTheTracksWhoseSplitSheetsAreIncompleteAndANewTrackHasNone() {
        editor.load(release(ReleaseStatus.MASTERED, TODAY, UPC, List.of(track(1, 1, "A", 200, "GBAYE2400001"),
                track(1, 2, "B", 200, "GBAYE2400002", new ReleaseReadiness.Splits(false, true, false)),
                track(1, 3, "C", 200, "GBAYE2400003", new ReleaseReadiness.Splits(true, false, false))),
                FROM_MASTERED, MANAGER));

        assertThat(editor.readiness().lines()).filteredOn(line -> !line.met())
                .extracting(ReadinessLine::text, ReadinessLine::detail, ReadinessLine::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Messages.get("readiness.masterSplit"), "Missing or incomplete on 1-2",
                                "track:1:splits"),
                        org.assertj.core.groups.Tuple.tuple(Messages.get("readiness.work"), "No work linked on 1-3",
                                "track:2:splits"),
                        org.assertj.core.groups.Tuple.tuple(Messages.get("readiness.publishingSplit"),
                                "Missing or incomplete for the work of 1-2", "track:1:splits"));
        assertThat(editor.readiness().readyProperty().get()).isFalse();

        editor.move(ReleaseStatus.SCHEDULED);
        verify(releases, never()).changeStatus(any(), anyLong(), any());
        assertThat(editor.focusProperty().get().field()).isEqualTo("track:1:splits");
        assertThat(editor.tracks().selectedProperty().get()).isSameAs(editor.tracks().rows().get(1));
    }

    @Test
    void aScheduledReleaseIsCheckedForReleasingIncludingItsDateAndNeedsEveryIsrc() {
        editor.load(release(ReleaseStatus.SCHEDULED, TODAY.plusDays(3), UPC, discs(2),
                Set.of(ReleaseStatus.RELEASED, ReleaseStatus.MASTERED), ADMIN));

        assertThat(editor.readiness().targetProperty().get()).isEqualTo(ReleaseStatus.RELEASED);
        ReadinessLine date = editor.readiness().lines().get(editor.readiness().lines().size() - 1);
        assertThat(date.met()).isFalse();
        assertThat(date.field()).isEqualTo("releaseDate");

        editor.tracks().rows().get(0).commitIsrc("");
        assertThat(editor.validProperty().get()).as("a scheduled release keeps every ISRC").isFalse();
        assertThat(editor.tracks().rows().get(0).check("isrc").errorProperty().get())
                .isEqualTo(Messages.format("track.required.isrc", ReleaseLabels.status(ReleaseStatus.SCHEDULED)));
    }

    @Test
    void schedulingIsRefusedUntilTheReleaseIsReadyThenSavesAndMoves() {
        ReleaseDetails loaded = mastered(List.of(track(1, 1, "A", 200, "GBAYE2400001"), track(1, 2, "B", 180, null)));
        editor.load(loaded);

        editor.move(ReleaseStatus.SCHEDULED);

        verify(releases, never()).changeStatus(any(), anyLong(), any());
        assertThat(editor.banner().textProperty().get())
                .isEqualTo(Messages.format("release.move.notReadyHere", ReleaseLabels.status(ReleaseStatus.SCHEDULED)));
        assertThat(editor.focusProperty().get().field()).isEqualTo("track:1:isrc");
        assertThat(editor.tracks().rows().get(1).notices()).containsKey("isrc");
        assertThat(editor.validProperty().get()).as("a needed cell does not block saving a mastered release").isTrue();

        editor.tracks().rows().get(1).commitIsrc("gb-aye-24-00002");
        assertThat(editor.tracks().rows().get(1).notices()).isEmpty();
        ReleaseDetails saved = release(loaded.id(), 4, ReleaseStatus.MASTERED, loaded.releaseDate(), UPC, discs(2), FROM_MASTERED, MANAGER);
        ReleaseDetails scheduled = release(loaded.id(), 5, ReleaseStatus.SCHEDULED, loaded.releaseDate(), UPC, discs(2),
                Set.of(ReleaseStatus.RELEASED), MANAGER);
        when(releases.save(eq(loaded.id()), eq(3L), any())).thenReturn(saved);
        when(releases.changeStatus(loaded.id(), 4L, ReleaseStatus.SCHEDULED)).thenReturn(scheduled);

        editor.move(ReleaseStatus.SCHEDULED);

        InOrder order = inOrder(releases);
        order.verify(releases).save(eq(loaded.id()), eq(3L), any());
        order.verify(releases).changeStatus(loaded.id(), 4L, ReleaseStatus.SCHEDULED);
        assertThat(editor.header().statusProperty().get()).isEqualTo(ReleaseStatus.SCHEDULED);
        assertThat(editor.header().moves()).containsExactly(ReleaseStatus.RELEASED);
    }

    @Test
    void aMoveTheServiceRefusesIsShownAndChangesNothing() {
        ReleaseDetails loaded = mastered(discs(1));
        editor.load(loaded);
        when(releases.changeStatus(loaded.id(), 3L, ReleaseStatus.ARCHIVED))
                .thenThrow(new AppException("release.move.notAllowed", "Mastered", "Archived"));

        editor.move(ReleaseStatus.ARCHIVED);

        assertThat(editor.banner().kindProperty().get()).isEqualTo(EditorBanner.Kind.ERROR);
        assertThat(editor.header().statusProperty().get()).isEqualTo(ReleaseStatus.MASTERED);
        editor.move(ReleaseStatus.RELEASED);
        verify(releases, never()).changeStatus(loaded.id(), 3L, ReleaseStatus.RELEASED);
    }

    @Test
    void removingATrackAsksFirst() {
        editor.load(mastered(discs(2)));
        TrackRow first = editor.tracks().rows().get(0);
        when(dialogs.confirm(anyString(), eq(Messages.format("track.remove.message", "Song 1-1")), anyString()))
                .thenReturn(false, true);

        editor.removeTrack(first);
        assertThat(editor.tracks().rows()).hasSize(2);

        editor.removeTrack(first);
        assertThat(editor.tracks().rows()).extracting(r -> r.positionProperty().get() + " " + r.titleProperty().get())
                .containsExactly("1-1 Song 1-2");
    }

    @Test
    @SuppressWarnings("unchecked")
    void leavingWithUnsavedEditsAsksToSaveDiscardOrStay() {
        ReleaseDetails loaded = mastered(discs(1));
        editor.load(loaded);
        Runnable left = mock(Runnable.class);
        editor.leave(left);
        verify(left).run();

        editor.form().genreProperty().set("Changed");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty(),
                Optional.of(LeaveChoice.DISCARD));
        Runnable stayed = mock(Runnable.class);
        editor.leave(stayed);
        verify(stayed, never()).run();
        assertThat(editor.form().genreProperty().get()).isEqualTo("Changed");

        Runnable discarded = mock(Runnable.class);
        editor.leave(discarded);
        verify(discarded).run();
        assertThat(editor.form().genreProperty().get()).isEqualTo("Electronic");

        editor.form().genreProperty().set("Saved");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.SAVE));
        when(releases.save(any(), anyLong(), any())).thenReturn(loaded);
        Runnable saved = mock(Runnable.class);
        editor.leave(saved);
        verify(releases).save(any(), anyLong(), any());
        verify(saved).run();
    }

    @Test
    void linksAreCheckedPerPlatformAndSavedAsPlatformKeyToUrl() {
        editor.load(mastered(discs(1)));
        LinkRow spotify = editor.streamingLinks().add();
        assertThat(spotify.platformProperty().get()).isEqualTo(LinkPlatform.WEBSITE);
        spotify.platformProperty().set(LinkPlatform.SPOTIFY);
        spotify.urlProperty().set("https://www.youtube.com/watch?v=abc");
        assertThat(spotify.check().isValid()).isFalse();
        assertThat(editor.validProperty().get()).isFalse();

        spotify.urlProperty().set("https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy?si=abc");
        LinkRow twice = editor.streamingLinks().add();
        twice.platformProperty().set(LinkPlatform.SPOTIFY);
        twice.urlProperty().set("https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy");
        assertThat(twice.check().errorProperty().get())
                .isEqualTo(Messages.format("release.link.duplicate", ReleaseLabels.platform(LinkPlatform.SPOTIFY)));
        editor.streamingLinks().remove(twice);
        assertThat(editor.validProperty().get()).isTrue();
        when(releases.save(any(), anyLong(), any())).thenReturn(mastered(discs(1)));

        editor.save();

        assertThat(savedDraft().streamingLinks()).containsOnlyKeys("spotify");
        assertThat(savedDraft().streamingLinks().get("spotify")).startsWith("https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy");
    }
}
