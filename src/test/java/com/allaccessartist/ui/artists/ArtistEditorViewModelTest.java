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

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.service.catalog.SlugCheck;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.Debouncer;
import com.allaccessartist.ui.editing.LeaveChoice;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ArtistEditorViewModelTest {

    private static final UUID ID = UUID.randomUUID();
    private static final UUID STUDIO = UUID.randomUUID();

    private final ArtistService artists = mock(ArtistService.class);
    private final AccessService access = mock(AccessService.class);
    private final OrganizationService organizations = mock(OrganizationService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection selection = new ArtistSelection();
    private final ArtistEditorViewModel editor = new ArtistEditorViewModel(artists, access, organizations,
            mock(MediaService.class), new CurrentThreadTaskExecutor(), dialogs, changes, selection, Clock.systemUTC(),
            Debouncer.immediate(), Path.of("."));
    private final List<String> continued = new ArrayList<>();

    ArtistEditorViewModelTest() {
        when(organizations.list(false)).thenReturn(List.of(
                new OrganizationSummary(ArtistFixtures.LABEL, "Hopper Records", OrganizationType.LABEL, true, false, null,
                        null, 1, OrganizationRole.OWNER),
                new OrganizationSummary(STUDIO, "Sound Studio", OrganizationType.STUDIO, true, false, null, null, 0,
                        OrganizationRole.VIEWER)));
        when(access.mayCreateArtistIn(ArtistFixtures.LABEL)).thenReturn(true);
        when(artists.checkSlug(anyString(), any())).thenReturn(SlugCheck.ok());
        when(artists.suggestSlug(anyString(), any())).thenAnswer(i -> com.allaccessartist.domain.catalog.Slug.slugify(i.getArgument(0)));
    }

    private void loadSigurRos(com.allaccessartist.service.auth.ArtistAccess rights) {
        when(artists.get(ID)).thenReturn(ArtistFixtures.details(ID, "Sigur Rós", 5, rights));
        editor.load(ID);
    }

    @Test
    void aNewArtistMayOnlyGoToOrganizationsWherePersonMayCreateArtists() {
        editor.startNew();

        assertThat(editor.organizationOptions()).extracting(OrganizationOption::name)
                .containsExactly(Messages.get("artists.organization.independent"), "Hopper Records");
        assertThat(editor.form().organizationProperty().get().id()).isEqualTo(ArtistFixtures.LABEL);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.titleProperty().get()).isEqualTo(Messages.get("artists.new.title"));
    }

    @Test
    void creatingAnArtistSavesTheDraftMakesItTheSessionsArtistAndTellsTheOtherScreens() {
        when(artists.create(any())).thenReturn(ArtistFixtures.details(ID, "Sigur Rós", 0, ArtistFixtures.EVERYTHING));
        editor.startNew();
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.form().nameProperty().set("Sigur Rós");
        assertThat(editor.form().slugProperty().get()).isEqualTo("sigur-ros");
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.save();

        ArgumentCaptor<ArtistDraft> draft = ArgumentCaptor.forClass(ArtistDraft.class);
        verify(artists).create(draft.capture());
        assertThat(draft.getValue().slug()).isEqualTo("sigur-ros");
        assertThat(draft.getValue().organizationId()).isEqualTo(ArtistFixtures.LABEL);
        assertThat(selection.current()).isEqualTo(new ArtistSelection.Choice(ID, "Sigur Rós"));
        assertThat(changes.versionProperty().get()).isEqualTo(1);
        assertThat(editor.artistId()).isEqualTo(ID);
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void anExistingArtistKeepsItsOwnOrganizationInTheChooser() {
        when(artists.get(ID)).thenReturn(new com.allaccessartist.service.catalog.ArtistDetails(ID, "Sigur Rós", "sigur-ros",
                com.allaccessartist.domain.artist.ArtistType.BAND, null, null, List.of(), null, null, null, null, null, null,
                null, null, null, null, null, STUDIO, "Sound Studio", true, false, true, ArtistFixtures.WHEN,
                ArtistFixtures.WHEN, 2, ArtistFixtures.EVERYTHING));

        editor.load(ID);

        assertThat(editor.organizationOptions()).extracting(OrganizationOption::name)
                .containsExactly(Messages.get("artists.organization.independent"), "Hopper Records", "Sound Studio");
        assertThat(editor.form().organizationProperty().get().name()).isEqualTo("Sound Studio");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void someoneWhoMayOnlyViewSeesEveryControlDisabledWithTheReason() {
        loadSigurRos(ArtistFixtures.VIEW_ONLY);

        assertThat(editor.profileReasonProperty().get()).isEqualTo(Messages.get("artists.reason.editProfile"));
        assertThat(editor.socialReasonProperty().get()).isEqualTo(Messages.get("artists.reason.editProfile"));
        assertThat(editor.activeReasonProperty().get()).isEqualTo(Messages.get("artists.reason.editProfile"));
        editor.form().nameProperty().set("Sigur Rós!");
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void someoneWhoMayEditTheProfileButNotSocialLinksSeesOnlyThoseDisabled() {
        loadSigurRos(ArtistFixtures.NO_SOCIAL);

        assertThat(editor.profileReasonProperty().get()).isEmpty();
        assertThat(editor.socialReasonProperty().get()).isEqualTo(Messages.get("artists.reason.manageSocial"));
        assertThat(editor.activeReasonProperty().get()).isEqualTo(Messages.get("artists.reason.deactivate"));
    }

    @Test
    void savingAnEditSendsTheLoadedVersionAndRenamesTheSessionsArtist() {
        loadSigurRos(ArtistFixtures.EVERYTHING);
        selection.choose(new ArtistSelection.Choice(ID, "Sigur Rós"));
        when(artists.update(eq(ID), eq(5L), any())).thenReturn(ArtistFixtures.details(ID, "Sigur Rós Band", 6,
                ArtistFixtures.EVERYTHING));
        editor.form().nameProperty().set("Sigur Rós Band");
        assertThat(editor.titleProperty().get()).isEqualTo("Sigur Rós \u2022");

        editor.save();

        verify(artists).update(eq(ID), eq(5L), any());
        assertThat(selection.current().name()).isEqualTo("Sigur Rós Band");
        assertThat(editor.titleProperty().get()).isEqualTo("Sigur Rós Band");
    }

    @Test
    void anInvalidLinkKeepsSaveDisabledAndSaveShowsEveryProblem() {
        loadSigurRos(ArtistFixtures.EVERYTHING);

        editor.form().link(LinkPlatform.SPOTIFY).textProperty().set("https://open.spotify.com/album/1A2GTWGtFfWp7KSQTwWOyo");
        editor.save();

        assertThat(editor.canSaveProperty().get()).isFalse();
        verify(artists, never()).update(any(), org.mockito.ArgumentMatchers.anyLong(), any());
        assertThat(editor.errorProperty().get()).isEqualTo(Messages.get("editor.fixFields"));
    }

    @Test
    void aStaleSaveOffersToReloadTheOtherVersion() {
        when(artists.get(ID)).thenReturn(ArtistFixtures.details(ID, "Sigur Rós", 5, ArtistFixtures.EVERYTHING),
                ArtistFixtures.details(ID, "Sigur Rós (their edit)", 6, ArtistFixtures.EVERYTHING));
        when(artists.update(eq(ID), eq(5L), any())).thenThrow(new AppException("record.changedBySomeoneElse"));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        editor.load(ID);
        editor.form().genreProperty().set("Ambient");

        editor.save();

        verify(dialogs).confirm(eq(Messages.get("editor.conflict.title")), anyString(), eq(Messages.get("editor.conflict.reload")));
        assertThat(editor.form().nameProperty().get()).isEqualTo("Sigur Rós (their edit)");
        assertThat(editor.form().genreProperty().get()).isEqualTo("Post-rock");
        assertThat(changes.versionProperty().get()).isZero();
    }

    @Test
    void revertRestoresEveryLoadedValue() {
        loadSigurRos(ArtistFixtures.EVERYTHING);
        editor.form().subgenres().clear();
        editor.form().locationProperty().set("Berlin");
        editor.form().link(LinkPlatform.WEBSITE).set("");

        editor.revert();

        assertThat(editor.form().subgenres()).containsExactly("ambient", "dream pop");
        assertThat(editor.form().locationProperty().get()).isEqualTo("Reykjavík, Iceland");
        assertThat(editor.form().link(LinkPlatform.WEBSITE).value()).isEqualTo("https://sigur-ros.example");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void leavingWithChangesThatCannotBeSavedOffersOnlyToDiscard() {
        loadSigurRos(ArtistFixtures.EVERYTHING);
        editor.form().nameProperty().set("");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.DISCARD));

        editor.leave(() -> continued.add("left"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<DialogService.Choice<LeaveChoice>>> offered = ArgumentCaptor.forClass(List.class);
        verify(dialogs).choose(eq(Messages.get("editor.leave.title")), anyString(), offered.capture());
        assertThat(offered.getValue()).extracting(DialogService.Choice::value).containsExactly(LeaveChoice.DISCARD);
        assertThat(continued).containsExactly("left");
        assertThat(editor.form().nameProperty().get()).isEqualTo("Sigur Rós");
    }

    @Test
    void leavingAndChoosingSaveSavesThenLeaves() {
        loadSigurRos(ArtistFixtures.EVERYTHING);
        when(artists.update(eq(ID), eq(5L), any())).thenReturn(ArtistFixtures.details(ID, "Sigur Rós", 6,
                ArtistFixtures.EVERYTHING));
        editor.form().genreProperty().set("Ambient");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.SAVE));

        editor.leave(() -> continued.add("left"));

        verify(artists).update(eq(ID), eq(5L), any());
        assertThat(continued).containsExactly("left");
    }

    @Test
    void aSaveThatFailsKeepsThePersonInTheEditorWithTheirInput() {
        loadSigurRos(ArtistFixtures.EVERYTHING);
        when(artists.update(eq(ID), eq(5L), any())).thenThrow(new AppException("permission.artist.edit"));
        editor.form().genreProperty().set("Ambient");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.SAVE));

        editor.leave(() -> continued.add("left"));

        assertThat(continued).isEmpty();
        assertThat(editor.form().genreProperty().get()).isEqualTo("Ambient");
        assertThat(editor.errorProperty().get()).isEqualTo(Messages.get("permission.artist.edit"));
    }
}
