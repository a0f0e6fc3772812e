package com.allaccessartist.ui.organizations;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.people.PeopleScope;
import com.allaccessartist.ui.people.PeopleViewModel;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Organizations section: the person's organizations (inactive ones on request), opening one
 * in the editor or starting a new one, and deactivating (or reactivating) with confirmation. Only
 * owners and administrators may deactivate; the reason is given otherwise. The list reloads
 * whenever the catalogue changes.
 */
public final class OrganizationsViewModel {

    private final OrganizationService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final OrganizationEditorViewModel editor;
    private final ObservableList<OrganizationItem> items = FXCollections.observableArrayList();
    private final BooleanProperty showInactive = new SimpleBooleanProperty(this, "showInactive");
    private final ObjectProperty<OrganizationItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final PeopleViewModel people;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper peopleShown = new ReadOnlyBooleanWrapper(this, "peopleShown");
    private final StringBinding peopleReason = Bindings.createStringBinding(() -> selected.get() == null
            ? Messages.get("organizations.people.noSelection") : "", selected);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringBinding toggleActiveReason = Bindings.createStringBinding(() -> {
        OrganizationItem item = selected.get();
        if (item == null) {
            return Messages.get("organizations.deactivate.noSelection");
        }
        return item.mayEdit() ? "" : Messages.get("organizations.readOnly");
    }, selected);
    private final BooleanBinding canToggleActive = Bindings.isEmpty(toggleActiveReason).and(working.not());
    private final StringBinding toggleActiveLabel = Bindings.createStringBinding(() -> Messages.get(
            selected.get() != null && !selected.get().active() ? "organizations.reactivate" : "organizations.deactivate"),
            selected);
    private final StringBinding countText = Bindings.createStringBinding(
            () -> Messages.format("organizations.count", items.size()), items);
    private long generation;

    public OrganizationsViewModel(OrganizationService service, OrganizationEditorViewModel editor, TaskExecutor executor,
                                  DialogService dialogs, CatalogueChanges changes) {
        this(service, editor, executor, dialogs, changes, null);
    }

    /** @param people the People screen opened for the selected organization, or null without one */
    public OrganizationsViewModel(OrganizationService service, OrganizationEditorViewModel editor, TaskExecutor executor,
                                  DialogService dialogs, CatalogueChanges changes, PeopleViewModel people) {
        this.service = service;
        this.people = people;
        this.editor = editor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        showInactive.addListener(observable -> refresh());
        changes.versionProperty().addListener(observable -> refresh());
    }

    /** Loads the list again in the background; the latest request wins. */
    public void refresh() {
        long current = ++generation;
        boolean inactiveToo = showInactive.get();
        loading.set(true);
        executor.submit(BackgroundTask.of(context -> service.list(inactiveToo))
                .onSuccess(list -> {
                    if (current == generation) {
                        UUID keep = selected.get() == null ? null : selected.get().id();
                        error.set("");
                        items.setAll(list.stream().map(this::item).toList());
                        selected.set(items.stream().filter(i -> i.id().equals(keep)).findFirst().orElse(null));
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        error.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> {
                    if (current == generation) {
                        loading.set(false);
                    }
                }));
    }

    private OrganizationItem item(OrganizationSummary s) {
        String country = CountryChoice.nameOf(s.country());
        String place = s.city() == null || s.city().isBlank() ? country : country.isEmpty() ? s.city() : s.city() + ", " + country;
        boolean mayEdit = s.myRole() == OrganizationRole.OWNER || s.myRole() == OrganizationRole.ADMIN;
        return new OrganizationItem(s.id(), s.name(), Messages.get("organization.type." + s.type().dbValue()), place,
                s.active(), s.verified(), s.artists(),
                s.myRole() == null ? "" : Messages.get("organization.role." + s.myRole().dbValue()), mayEdit);
    }

    /** Ctrl+N: a new organization in the editor (after the open one is saved or discarded). */
    public void createNew() {
        editor.leave(() -> {
            editor.startNew();
            editing.set(true);
        });
    }

    /** Opens the selected organization in the editor. */
    public void openSelected() {
        OrganizationItem item = selected.get();
        if (item != null) {
            editor.leave(() -> {
                editor.load(item.id());
                editing.set(true);
            });
        }
    }

    /** Esc / Back: closes the editor, asking first if it has unsaved changes. */
    public void closeEditor() {
        editor.leave(() -> editing.set(false));
    }

    /** People…: who has access to the selected organization, in the list's place. */
    public void openPeople() {
        OrganizationItem item = selected.get();
        if (item != null && people != null) {
            people.scopeProperty().set(new PeopleScope(item.id(), item.name()));
            peopleShown.set(true);
        }
    }

    /** Esc / Back from the People page: the list again. */
    public void closePeople() {
        peopleShown.set(false);
    }

    /** Delete: deactivates the selected organization (reactivates an inactive one) after confirmation. */
    public void toggleActiveSelected() {
        OrganizationItem item = selected.get();
        if (item == null || !canToggleActive.get()) {
            return;
        }
        boolean activate = !item.active();
        String prefix = activate ? "organizations.reactivate" : "organizations.deactivate";
        if (!dialogs.confirm(Messages.get(prefix + ".title"), Messages.format(prefix + ".message", item.name()),
                Messages.get(prefix))) {
            return;
        }
        working.set(true);
        executor.submit(BackgroundTask.of(context -> service.setActive(item.id(), service.get(item.id()).version(), activate))
                .onSuccess(details -> changes.changed())
                .onFailure(dialogs::showError)
                .onFinished(() -> working.set(false)));
    }

    public OrganizationEditorViewModel editor() { return editor; }
    public ObservableList<OrganizationItem> items() { return items; }
    public BooleanProperty showInactiveProperty() { return showInactive; }
    public ObjectProperty<OrganizationItem> selectedProperty() { return selected; }
    /** Whether the editor is shown instead of the list. */
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    /** Whether the People page of the selected organization is shown instead of the list. */
    public ReadOnlyBooleanProperty peopleShownProperty() { return peopleShown.getReadOnlyProperty(); }
    /** Why People… cannot open now; empty when it can. */
    public StringBinding peopleReasonProperty() { return peopleReason; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanBinding canToggleActiveProperty() { return canToggleActive; }
    /** Why the selected organization cannot be deactivated; empty when it can. */
    public StringBinding toggleActiveReasonProperty() { return toggleActiveReason; }
    public StringBinding toggleActiveLabelProperty() { return toggleActiveLabel; }
    public StringBinding countTextProperty() { return countText; }
}
