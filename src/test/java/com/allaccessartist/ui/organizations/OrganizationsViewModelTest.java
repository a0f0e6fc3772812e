package com.allaccessartist.ui.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.QueuedTaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrganizationsViewModelTest {

    private static final UUID HOPPER = UUID.randomUUID();
    private static final UUID SOUND = UUID.randomUUID();

    private final OrganizationService service = mock(OrganizationService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final OrganizationEditorViewModel editor = new OrganizationEditorViewModel(service, mock(MediaService.class),
            executor, dialogs, changes, Path.of("."));
    private final OrganizationsViewModel viewModel = new OrganizationsViewModel(service, editor, executor, dialogs, changes);

    private static OrganizationSummary hopper(boolean active, OrganizationRole role) {
        return new OrganizationSummary(HOPPER, "Hopper Records", OrganizationType.LABEL, active, true, "London", "GB", 12,
                role);
    }

    private static OrganizationSummary sound() {
        return new OrganizationSummary(SOUND, "Sound Studio", OrganizationType.STUDIO, true, false, null, "DE", 0,
                OrganizationRole.VIEWER);
    }

    @Test
    void theListShowsNameTypePlaceStatusArtistsAndRole() {
        when(service.list(false)).thenReturn(List.of(hopper(true, OrganizationRole.OWNER), sound()));

        viewModel.refresh();

        assertThat(viewModel.items()).hasSize(2);
        OrganizationItem first = viewModel.items().get(0);
        assertThat(first.type()).isEqualTo(Messages.get("organization.type.label"));
        assertThat(first.place()).startsWith("London, ").doesNotContain("GB");
        assertThat(first.verified()).isTrue();
        assertThat(first.artists()).isEqualTo(12);
        assertThat(first.role()).isEqualTo(Messages.get("organization.role.owner"));
        assertThat(first.mayEdit()).isTrue();
        assertThat(viewModel.items().get(1).place()).isEqualTo(CountryChoice.of("DE").name());
        assertThat(viewModel.items().get(1).mayEdit()).isFalse();
        assertThat(viewModel.countTextProperty().get()).isEqualTo(Messages.format("organizations.count", 2));
    }

    @Test
    void showInactiveAsksForInactiveOrganizationsToo() {
        when(service.list(false)).thenReturn(List.of(sound()));
        when(service.list(true)).thenReturn(List.of(hopper(false, OrganizationRole.OWNER), sound()));
        viewModel.refresh();

        viewModel.showInactiveProperty().set(true);

        assertThat(viewModel.items()).extracting(OrganizationItem::name).containsExactly("Hopper Records", "Sound Studio");
        assertThat(viewModel.items().get(0).active()).isFalse();
    }

    @Test
    void theLatestListWinsWhenAnswersArriveOutOfOrder() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        OrganizationsViewModel list = new OrganizationsViewModel(service, editor, queued, dialogs, changes);
        when(service.list(false)).thenReturn(List.of(sound()));
        when(service.list(true)).thenReturn(List.of(hopper(false, OrganizationRole.OWNER), sound()));

        list.refresh();
        list.showInactiveProperty().set(true);
        queued.run(1);
        queued.run(0);

        assertThat(list.items()).hasSize(2);
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void deactivatingAsksFirstAndSavesAgainstTheCurrentVersion() {
        when(service.list(false)).thenReturn(List.of(hopper(true, OrganizationRole.ADMIN)));
        when(service.get(HOPPER)).thenReturn(OrganizationEditorViewModelTest.details("Hopper Records", 4, true));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.items().get(0));
        assertThat(viewModel.toggleActiveLabelProperty().get()).isEqualTo(Messages.get("organizations.deactivate"));

        viewModel.toggleActiveSelected();

        verify(dialogs).confirm(Messages.get("organizations.deactivate.title"),
                Messages.format("organizations.deactivate.message", "Hopper Records"), Messages.get("organizations.deactivate"));
        verify(service).setActive(HOPPER, 4, false);
        assertThat(changes.versionProperty().get()).isEqualTo(1);
    }

    @Test
    void notConfirmingChangesNothing() {
        when(service.list(false)).thenReturn(List.of(hopper(true, OrganizationRole.OWNER)));
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.items().get(0));

        viewModel.toggleActiveSelected();

        verify(service, never()).setActive(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyLong(),
                org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void anInactiveOrganizationIsReactivated() {
        when(service.list(false)).thenReturn(List.of(hopper(false, OrganizationRole.OWNER)));
        when(service.get(HOPPER)).thenReturn(OrganizationEditorViewModelTest.details("Hopper Records", 4, true));
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.items().get(0));

        viewModel.toggleActiveSelected();

        assertThat(viewModel.toggleActiveLabelProperty().get()).isEqualTo(Messages.get("organizations.reactivate"));
        verify(service).setActive(HOPPER, 4, true);
    }

    @Test
    void onlyOwnersAndAdministratorsMayDeactivateAndOthersAreToldWhy() {
        when(service.list(false)).thenReturn(List.of(sound()));
        viewModel.refresh();
        assertThat(viewModel.toggleActiveReasonProperty().get()).isEqualTo(Messages.get("organizations.deactivate.noSelection"));

        viewModel.selectedProperty().set(viewModel.items().get(0));

        assertThat(viewModel.canToggleActiveProperty().get()).isFalse();
        assertThat(viewModel.toggleActiveReasonProperty().get()).isEqualTo(Messages.get("organizations.readOnly"));
        viewModel.toggleActiveSelected();
        verify(dialogs, never()).confirm(anyString(), anyString(), anyString());
    }

    @Test
    void aChangeOfTheCatalogueReloadsTheList() {
        when(service.list(false)).thenReturn(List.of(sound())).thenReturn(List.of(sound(), hopper(true, OrganizationRole.OWNER)));
        viewModel.refresh();

        changes.changed();

        assertThat(viewModel.items()).hasSize(2);
    }

    @Test
    void openingAndClosingTheEditorSwitchesPages() {
        when(service.list(false)).thenReturn(List.of(hopper(true, OrganizationRole.OWNER)));
        when(service.get(HOPPER)).thenReturn(OrganizationEditorViewModelTest.details("Hopper Records", 4, true));
        viewModel.refresh();
        viewModel.selectedProperty().set(viewModel.items().get(0));

        viewModel.openSelected();
        assertThat(viewModel.editingProperty().get()).isTrue();
        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Records");

        viewModel.closeEditor();
        assertThat(viewModel.editingProperty().get()).isFalse();
    }

    @Test
    void newAsksAboutUnsavedChangesOfTheOpenOrganizationFirst() {
        when(service.get(HOPPER)).thenReturn(OrganizationEditorViewModelTest.details("Hopper Records", 4, true));
        editor.load(HOPPER);
        editor.form().nameProperty().set("Hopper Music");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty());

        viewModel.createNew();

        assertThat(editor.form().nameProperty().get()).isEqualTo("Hopper Music");
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(LeaveChoice.DISCARD));
        viewModel.createNew();
        assertThat(editor.form().nameProperty().get()).isEmpty();
        assertThat(editor.newProperty().get()).isTrue();
        assertThat(viewModel.editingProperty().get()).isTrue();
    }

    @Test
    void peopleOpensForTheSelectedOrganizationAndBackReturnsToTheList() {
        com.allaccessartist.ui.people.PeopleViewModel people = mock(com.allaccessartist.ui.people.PeopleViewModel.class);
        javafx.beans.property.ObjectProperty<com.allaccessartist.ui.people.PeopleScope> scope =
                new javafx.beans.property.SimpleObjectProperty<>();
        when(people.scopeProperty()).thenReturn(scope);
        OrganizationsViewModel withPeople = new OrganizationsViewModel(service, editor, executor, dialogs, changes, people);
        when(service.list(false)).thenReturn(List.of(hopper(true, OrganizationRole.VIEWER)));
        withPeople.refresh();
        assertThat(withPeople.peopleReasonProperty().get()).isEqualTo(Messages.get("organizations.people.noSelection"));

        withPeople.selectedProperty().set(withPeople.items().get(0));
        assertThat(withPeople.peopleReasonProperty().get()).isEmpty();
        withPeople.openPeople();
        assertThat(withPeople.peopleShownProperty().get()).isTrue();
        assertThat(scope.get()).isEqualTo(new com.allaccessartist.ui.people.PeopleScope(HOPPER, "Hopper Records"));

        withPeople.closePeople();
        assertThat(withPeople.peopleShownProperty().get()).isFalse();
    }
}
