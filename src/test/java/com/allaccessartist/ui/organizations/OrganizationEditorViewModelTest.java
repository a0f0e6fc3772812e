package com.allaccessartist.ui.organizations;

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
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationDetails;
import com.allaccessartist.service.catalog.OrganizationDraft;
import com.allaccessartist.service.catalog.OrganizationMember;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.LeaveChoice;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationEditorViewModelTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant WHEN = Instant.parse("2026-03-01T10:15:30Z");

    private final OrganizationService service = mock(OrganizationService.class);
    private final MediaService media = mock(MediaService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final OrganizationEditorViewModel editor = new OrganizationEditorViewModel(service, media,
            new CurrentThreadTaskExecutor(), dialogs, changes, Path.of("."));
    private final List<String> continued = new ArrayList<>();

    static OrganizationDetails details(String name, long version, boolean editable) {
        return new OrganizationDetails(ID, name, OrganizationType.LABEL, "Indie label", "https://hopper.example", null,
                "hello@hopper.example", "+44 20 7946 0000", new PostalAddress(null, "London", null, null, "GB"), null, null,
                true, false, WHEN, WHEN, version, editable,
                List.of(new OrganizationMember(UUID.randomUUID(), "Grace Hopper", "grace@hopper.example",
                        OrganizationRole.OWNER, true, null)));
    }

    private void chooseOnLeave(LeaveChoice choice) {
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(choice));
    }

    @Test
    void loadingShowsTheOrganizationItsMembersAndNoUnsavedChanges() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 3, true));

        editor.load(ID);

        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Records");
        assertThat(editor.form().cityProperty().get()).isEqualTo("London");
        assertThat(editor.members()).extracting(MemberItem::name, MemberItem::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Grace Hopper", Messages.get("organization.role.owner")));
        assertThat(editor.titleProperty().get()).isEqualTo("Hopper Records");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.canSaveProperty().get()).isFalse();
        assertThat(editor.readOnlyReasonProperty().get()).isEmpty();
    }

    @Test
    void anEditMarksTheTitleAndRevertRestoresTheLoadedValues() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 3, true));
        editor.load(ID);

        editor.form().nameProperty().set("Hopper Music");

        assertThat(editor.titleProperty().get()).isEqualTo("Hopper Records \u2022");
        assertThat(editor.canSaveProperty().get()).isTrue();
        editor.revert();
        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Records");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void someoneWhoIsNotOwnerOrAdminSeesTheFormReadOnlyWithTheReason() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 3, false));
        editor.load(ID);

        editor.form().nameProperty().set("Mine now");

        assertThat(editor.readOnlyReasonProperty().get()).isEqualTo(Messages.get("organizations.readOnly"));
        assertThat(editor.canSaveProperty().get()).isFalse();
    }

    @Test
    void saveStaysDisabledUntilTheFormIsValid() {
        editor.startNew();
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.save();
        verify(service, never()).create(any());
        assertThat(editor.errorProperty().get()).isEqualTo(Messages.get("editor.fixFields"));
        assertThat(editor.form().nameCheck().shownErrorProperty().get()).isNotEmpty();

        editor.form().nameProperty().set("Hopper Records");
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void savingANewOrganizationCreatesItAndTellsTheOtherScreens() {
        when(service.create(any())).thenReturn(details("Hopper Records", 0, true));
        editor.startNew();
        editor.form().nameProperty().set("Hopper Records");
        editor.form().typeProperty().set(OrganizationType.PUBLISHER);

        editor.save();

        verify(service).create(eq(new OrganizationDraft("Hopper Records", OrganizationType.PUBLISHER, "", "", null, "", "",
                PostalAddress.EMPTY, "", "", true, false)));
        assertThat(changes.versionProperty().get()).isEqualTo(1);
        assertThat(editor.idProperty().get()).isEqualTo(ID);
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingAnEditSendsTheVersionItWasMadeFrom() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        when(service.update(eq(ID), eq(7L), any())).thenReturn(details("Hopper Music", 8, true));
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");

        editor.save();

        verify(service).update(eq(ID), eq(7L), any());
        assertThat(editor.titleProperty().get()).isEqualTo("Hopper Music");
    }

    @Test
    void aStaleSaveOffersToReloadAndReloadingShowsTheOtherVersion() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true), details("Hopper Sound", 8, true));
        when(service.update(eq(ID), eq(7L), any())).thenThrow(new AppException("record.changedBySomeoneElse"));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");

        editor.save();

        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Sound");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(changes.versionProperty().get()).isZero();
    }

    @Test
    void aStaleSaveKeepsTheEditsWhenThePersonDoesNotReload() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        when(service.update(eq(ID), eq(7L), any())).thenThrow(new AppException("record.changedBySomeoneElse"));
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");

        editor.save();

        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Music");
        assertThat(editor.errorProperty().get()).isEqualTo(Messages.get("record.changedBySomeoneElse"));
    }

    @Test
    void leavingACleanEditorDoesNotAsk() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        editor.load(ID);

        editor.leave(() -> continued.add("left"));

        assertThat(continued).containsExactly("left");
        verify(dialogs, never()).choose(anyString(), anyString(), anyList());
    }

    @Test
    void leavingWithChangesAsksAndDiscardRestoresTheSavedValues() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");
        chooseOnLeave(LeaveChoice.DISCARD);

        editor.leave(() -> continued.add("left"));

        assertThat(continued).containsExactly("left");
        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Records");
    }

    @Test
    void leavingWithChangesAndChoosingSaveSavesFirst() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        when(service.update(eq(ID), eq(7L), any())).thenReturn(details("Hopper Music", 8, true));
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");
        chooseOnLeave(LeaveChoice.SAVE);

        editor.leave(() -> continued.add("left"));

        verify(service).update(eq(ID), eq(7L), any());
        assertThat(continued).containsExactly("left");
    }

    @Test
    void cancellingTheQuestionStaysInTheEditorWithTheChanges() {
        when(service.get(ID)).thenReturn(details("Hopper Records", 7, true));
        editor.load(ID);
        editor.form().nameProperty().set("Hopper Music");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty());

        editor.leave(() -> continued.add("left"));

        assertThat(continued).isEmpty();
        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Music");
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    @Test
    void aLogoPickedFromDiskBecomesPartOfTheDraft() {
        Path file = Path.of("logo.png");
        when(dialogs.chooseFileToOpen(anyString(), any(), any())).thenReturn(Optional.of(file));
        when(media.importImage(file)).thenReturn("media:abc");
        when(media.load("media:abc")).thenReturn(Optional.empty());
        editor.startNew();
        editor.form().nameProperty().set("Hopper Records");

        editor.logo().choose();

        assertThat(editor.form().toDraft().logoUrl()).isEqualTo("media:abc");
    }
}
