package com.allaccessartist.ui.releases;

import static com.allaccessartist.ui.releases.ReleaseFixtures.ARTIST;
import static com.allaccessartist.ui.releases.ReleaseFixtures.MANAGER;
import static com.allaccessartist.ui.releases.ReleaseFixtures.UPC;
import static com.allaccessartist.ui.releases.ReleaseFixtures.VIEWER;
import static com.allaccessartist.ui.releases.ReleaseFixtures.discs;
import static com.allaccessartist.ui.releases.ReleaseFixtures.release;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseFilter;
import com.allaccessartist.service.catalog.ReleaseRow;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.LeaveChoice;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleasesViewModelTest {

    private final ReleaseService releases = mock(ReleaseService.class);
    private final AccessService access = mock(AccessService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection selection = new ArtistSelection();
    private final ReleasesViewModel viewModel = new ReleasesViewModel(releases, mock(MediaService.class), access,
            new CurrentThreadTaskExecutor(), dialogs, changes, selection, Clock.systemUTC());
    private final ReleaseRow album = new ReleaseRow(UUID.randomUUID(), "Analytical Engine", ReleaseType.ALBUM,
            ReleaseStatus.MASTERED, LocalDate.of(2025, 3, 14), UPC, "AE-001", 12, 3725);
    private final ReleaseRow single = new ReleaseRow(UUID.randomUUID(), "Note G", ReleaseType.SINGLE, ReleaseStatus.DRAFT,
            null, null, null, 1, 0);

    @BeforeEach
    void catalogue() {
        when(releases.releasesOf(eq(ARTIST), any())).thenReturn(List.of(album, single));
        when(access.onArtist(ARTIST)).thenReturn(MANAGER);
    }

    private void chooseArtist() {
        selection.choose(new ArtistSelection.Choice(ARTIST, "Ada Lovelace"));
    }

    @Test
    void withoutAnArtistTheScreenAsksToChooseOneAndLoadsNothing() {
        viewModel.refresh();

        assertThat(viewModel.noArtistProperty().get()).isTrue();
        assertThat(viewModel.headingProperty().get()).isEqualTo(Messages.get("releases.title"));
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        verify(releases, never()).releasesOf(any(), any());
    }

    @Test
    void choosingAnArtistListsItsReleasesWithStatusTypeDateTrackCountAndRunningTime() {
        chooseArtist();

        assertThat(viewModel.noArtistProperty().get()).isFalse();
        assertThat(viewModel.headingProperty().get()).isEqualTo(Messages.format("releases.titleOf", "Ada Lovelace"));
        assertThat(viewModel.rows()).hasSize(2);
        ReleaseListRow first = viewModel.rows().get(0);
        assertThat(first.status()).isEqualTo(Messages.get("release.status.mastered"));
        assertThat(first.type()).isEqualTo(Messages.get("release.type.album"));
        assertThat(first.date()).isEqualTo(ReleaseLabels.date(LocalDate.of(2025, 3, 14)));
        assertThat(first.tracks()).isEqualTo(Messages.format("releases.trackCount", 12));
        assertThat(first.running()).isEqualTo("1:02:05");
        assertThat(viewModel.rows().get(1).date()).isEqualTo(Messages.get("releases.noDate"));
        assertThat(viewModel.countProperty().get()).isEqualTo(Messages.format("releases.count", 2));
        assertThat(viewModel.canCreateProperty().get()).isTrue();
        verify(releases).releasesOf(ARTIST, ReleaseFilter.all());
    }

    @Test
    void statusTypeAndDateOrderAreAskedOfTheServiceAndSearchNarrowsTheList() {
        chooseArtist();

        viewModel.statuses().add(ReleaseStatus.MASTERED);
        viewModel.types().add(ReleaseType.ALBUM);
        viewModel.oldestFirstProperty().set(true);

        verify(releases).releasesOf(ARTIST, new ReleaseFilter(Set.of(ReleaseStatus.MASTERED), Set.of(ReleaseType.ALBUM), true));
        assertThat(viewModel.filteredProperty().get()).isTrue();
        viewModel.searchProperty().set("note");
        assertThat(viewModel.rows()).extracting(ReleaseListRow::title).containsExactly("Note G");
        viewModel.searchProperty().set("ae-00");
        assertThat(viewModel.rows()).extracting(ReleaseListRow::title).containsExactly("Analytical Engine");
        assertThat(viewModel.countProperty().get()).isEqualTo(Messages.format("releases.countFiltered", 1, 2));
        viewModel.searchProperty().set("nothing like it");
        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.emptyTitleProperty().get()).isEqualTo(Messages.get("releases.empty.filtered.title"));
    }

    @Test
    void aPersonWhoMayNotManageReleasesCannotCreateOne() {
        when(access.onArtist(ARTIST)).thenReturn(VIEWER);
        chooseArtist();

        assertThat(viewModel.canCreateProperty().get()).isFalse();
        viewModel.newRelease();
        assertThat(viewModel.editorProperty().get()).isNull();
    }

    @Test
    void newOpensAnEmptyEditorForTheArtistAndOpenLoadsTheRelease() {
        chooseArtist();

        viewModel.newRelease();
        assertThat(viewModel.editorProperty().get()).isNotNull();
        assertThat(viewModel.editorProperty().get().header().newProperty().get()).isTrue();
        viewModel.closeEditor();
        assertThat(viewModel.editorProperty().get()).isNull();

        ReleaseDetails details = release(album.id(), 2, ReleaseStatus.MASTERED, album.releaseDate(), UPC, discs(6, 6),
                Set.of(ReleaseStatus.SCHEDULED), MANAGER);
        when(releases.get(album.id())).thenReturn(details);
        viewModel.open(viewModel.rows().get(0));
        assertThat(viewModel.editorProperty().get().releaseId()).isEqualTo(album.id());
        assertThat(viewModel.editorProperty().get().tracks().rows()).hasSize(12);
    }

    @Test
    @SuppressWarnings("unchecked")
    void leavingAnEditorWithUnsavedEditsAsksAndStayingKeepsItOpen() {
        chooseArtist();
        viewModel.newRelease();
        viewModel.editorProperty().get().form().titleProperty().set("Unsaved");
        assertThat(viewModel.hasUnsavedChanges()).isTrue();
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty(), Optional.of(LeaveChoice.DISCARD));

        viewModel.closeEditor();
        assertThat(viewModel.editorProperty().get()).isNotNull();
        Runnable quit = mock(Runnable.class);
        viewModel.leave(quit);
        assertThat(viewModel.editorProperty().get()).isNull();
        verify(quit).run();
    }

    @Test
    void aChangeOfTheCatalogueOrOfTheArtistReloadsTheList() {
        chooseArtist();
        changes.changed();
        verify(releases, times(2)).releasesOf(eq(ARTIST), any());

        selection.choose(null);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.noArtistProperty().get()).isTrue();
    }

    @Test
    void deletingAReleaseAsksFirst() {
        chooseArtist();
        when(releases.get(single.id())).thenReturn(release(single.id(), 7, ReleaseStatus.DRAFT, null, null, List.of(),
                Set.of(), MANAGER));
        when(dialogs.confirm(anyString(), eq(Messages.format("releases.delete.message", "Note G")), anyString()))
                .thenReturn(false, true);

        viewModel.delete(viewModel.rows().get(1));
        verify(releases, never()).delete(any(), org.mockito.ArgumentMatchers.anyLong());

        viewModel.delete(viewModel.rows().get(1));
        verify(releases).delete(single.id(), 7);
        assertThat(changes.versionProperty().get()).isEqualTo(1);
    }

    @Test
    void aFailureToLoadIsShownInTheScreen() {
        when(releases.releasesOf(eq(ARTIST), any())).thenThrow(new com.allaccessartist.domain.AppException("permission.artist.view"));
        chooseArtist();

        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("permission.artist.view"));
    }
}
