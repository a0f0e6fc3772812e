package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.Debouncer;
import com.allaccessartist.ui.editing.LeaveChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ArtistsViewModelTest {

    private final ArtistService artists = mock(ArtistService.class);
    private final AccessService access = mock(AccessService.class);
    private final OrganizationService organizations = mock(OrganizationService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection selection = new ArtistSelection();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ArtistListViewModel list = new ArtistListViewModel(artists, organizations, executor, dialogs, selection,
            changes, Debouncer.immediate(), Path.of("."), Clock.systemUTC());
    private final ArtistEditorViewModel editor = new ArtistEditorViewModel(artists, access, organizations,
            mock(MediaService.class), executor, dialogs, changes, selection, Clock.systemUTC(), Debouncer.immediate(),
            Path.of("."));
    private final ArtistsViewModel section = new ArtistsViewModel(list, editor, artists, access, executor, dialogs, changes);
    private final ArtistItem first;

    ArtistsViewModelTest() {
        when(artists.search(any(ArtistQuery.class))).thenReturn(ArtistFixtures.page(0, 5, 5));
        list.start();
        first = list.rows().get(0);
        list.selectedProperty().set(first);
    }

    @Test
    void enterOpensTheSelectedArtistAndEscClosesTheEditor() {
        when(artists.get(first.id())).thenReturn(ArtistFixtures.details(first.id(), "Artist 0", 1, ArtistFixtures.EVERYTHING));

        section.openSelected();
        assertThat(section.editingProperty().get()).isTrue();
        assertThat(editor.form().nameProperty().get()).isEqualTo("Artist 0");

        section.closeEditor();
        assertThat(section.editingProperty().get()).isFalse();
    }

    @Test
    void closingAnEditorWithChangesAsksAndStayingKeepsItOpen() {
        when(artists.get(first.id())).thenReturn(ArtistFixtures.details(first.id(), "Artist 0", 1, ArtistFixtures.EVERYTHING));
        section.openSelected();
        editor.form().genreProperty().set("Jazz");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty());

        section.closeEditor();

        assertThat(section.editingProperty().get()).isTrue();
        assertThat(editor.form().genreProperty().get()).isEqualTo("Jazz");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.DISCARD));
        section.createNew();
        assertThat(editor.newProperty().get()).isTrue();
    }

    @Test
    void deleteDeactivatesTheSelectedArtistAfterConfirmation() {
        UUID id = first.id();
        when(access.onArtist(id)).thenReturn(ArtistFixtures.EVERYTHING);
        when(artists.get(id)).thenReturn(ArtistFixtures.details(id, "Artist 0", 9, ArtistFixtures.EVERYTHING));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        assertThat(section.toggleActiveLabelProperty().get()).isEqualTo(Messages.get("artists.deactivate"));

        section.toggleActiveSelected();

        verify(dialogs).confirm(Messages.get("artists.deactivate.title"), Messages.format("artists.deactivate.message", "Artist 0"),
                Messages.get("artists.deactivate"));
        ArgumentCaptor<ArtistDraft> draft = ArgumentCaptor.forClass(ArtistDraft.class);
        verify(artists).update(eq(id), eq(9L), draft.capture());
        assertThat(draft.getValue().active()).isFalse();
        assertThat(draft.getValue().name()).isEqualTo("Artist 0");
        assertThat(changes.versionProperty().get()).isEqualTo(1);
    }

    @Test
    void withoutTheRightToDeactivateThePersonIsToldWhyAndNothingChanges() {
        when(access.onArtist(first.id())).thenReturn(ArtistFixtures.NO_SOCIAL);

        section.toggleActiveSelected();

        verify(dialogs).showInfo(Messages.get("artists.deactivate.title"), Messages.get("artists.reason.deactivate"));
        verify(dialogs, never()).confirm(anyString(), anyString(), anyString());
        verify(artists, never()).update(any(), org.mockito.ArgumentMatchers.anyLong(), any());
        assertThat(section.canToggleActiveProperty().get()).isTrue();
    }

    @Test
    void notConfirmingLeavesTheArtistActive() {
        when(access.onArtist(first.id())).thenReturn(ArtistFixtures.EVERYTHING);

        section.toggleActiveSelected();

        verify(artists, never()).update(any(), org.mockito.ArgumentMatchers.anyLong(), any());
    }

    @Test
    void withActiveChangesOnlyTheActiveFlag() {
        ArtistDraft draft = ArtistFixtures.details(UUID.randomUUID(), "A", 1, ArtistFixtures.EVERYTHING).toDraft();

        ArtistDraft inactive = ArtistsViewModel.withActive(draft, false);

        assertThat(inactive.active()).isFalse();
        assertThat(ArtistsViewModel.withActive(inactive, true)).isEqualTo(draft);
        assertThat(List.of(inactive.name(), inactive.slug())).containsExactly(draft.name(), draft.slug());
    }
}
