package com.allaccessartist.ui.organizations;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationDetails;
import com.allaccessartist.service.catalog.OrganizationDraft;
import com.allaccessartist.service.catalog.OrganizationMember;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.EditorHistory;
import com.allaccessartist.ui.editing.ImageField;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.SaveFailures;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor of one organization, new or existing: loads it, shows whether it has unsaved
 * changes, reverts them, saves (create or update against the loaded version), and asks before
 * unsaved changes would be lost. Only owners and administrators may change an organization; for
 * anyone else the form is read-only with the reason shown.
 */
public final class OrganizationEditorViewModel implements UnsavedEditors.Guarded {

    private final OrganizationService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final OrganizationForm form = new OrganizationForm();
    private final ImageField logo;
    private final ObservableList<MemberItem> members = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UUID> id = new ReadOnlyObjectWrapper<>(this, "id");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper loadedName = new ReadOnlyStringWrapper(this, "loadedName", "");
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper(this, "history", "");
    private final BooleanBinding isNew = id.isNull();
    private final BooleanBinding busy = loading.or(saving);
    private final BooleanBinding canSave;
    private final StringBinding title;
    private final StringBinding readOnlyReason = Bindings.createStringBinding(
            () -> editable.get() ? "" : Messages.get("organizations.readOnly"), editable);
    private OrganizationDraft loaded = OrganizationForm.blank();
    private long version;

    /** @param imageFolder where the logo's file chooser starts */
    public OrganizationEditorViewModel(OrganizationService service, MediaService media, TaskExecutor executor,
                                       DialogService dialogs, CatalogueChanges changes, Path imageFolder) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.logo = new ImageField(form.logoProperty(), media, executor, dialogs, imageFolder);
        canSave = form.validProperty().and(isNew.or(form.dirtyProperty())).and(editable).and(busy.not())
                .and(logo.busyProperty().not());
        title = Bindings.createStringBinding(() -> (isNew.get() ? Messages.get("organizations.new.title") : loadedName.get())
                + (form.isDirty() ? " \u2022" : ""), isNew, loadedName, form.dirtyProperty());
        form.fill(loaded);
    }

    /** An empty form for a new organization. */
    public void startNew() {
        id.set(null);
        version = 0;
        editable.set(true);
        members.clear();
        error.set("");
        history.set("");
        loadedName.set("");
        loaded = OrganizationForm.blank();
        form.fill(loaded);
    }

    /** Loads the organization in the background. */
    public void load(UUID organizationId) {
        loading.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> service.get(organizationId))
                .onSuccess(this::show)
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> loading.set(false)));
    }

    private void show(OrganizationDetails details) {
        id.set(details.id());
        version = details.version();
        editable.set(details.editable());
        loadedName.set(details.name());
        history.set(EditorHistory.of(details.createdAt(), details.updatedAt()));
        members.setAll(details.members().stream().map(OrganizationEditorViewModel::member).toList());
        loaded = details.toDraft();
        error.set("");
        form.fill(loaded);
    }

    private static MemberItem member(OrganizationMember m) {
        String status = !m.active() ? Messages.get("organizations.member.inactive")
                : m.expiresAt() == null ? Messages.get("organizations.member.active")
                : Messages.format("organizations.member.expires", EditorHistory.format(m.expiresAt()));
        return new MemberItem(m.displayName(), m.email(), Messages.get("organization.role." + m.role().dbValue()), status);
    }

    /** Saves the form (Ctrl+S); shows every field's problem instead when it is not valid. */
    public void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (!canSave.get()) {
            form.revealAll();
            if (!form.validProperty().get()) {
                error.set(Messages.get("editor.fixFields"));
            }
            return;
        }
        OrganizationDraft draft = form.toDraft();
        UUID current = id.get();
        long from = version;
        saving.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> current == null ? service.create(draft) : service.update(current, from, draft))
                .onSuccess(details -> {
                    show(details);
                    changes.changed();
                    then.run();
                })
                .onFailure(failure -> SaveFailures.handle(failure, dialogs, () -> load(current), error::set))
                .onFinished(() -> saving.set(false)));
    }

    /** Undoes every unsaved change: the form shows the loaded values again. */
    public void revert() {
        error.set("");
        form.fill(loaded);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return form.isDirty();
    }

    @Override
    public void leave(Runnable then) {
        if (!form.isDirty()) {
            then.run();
            return;
        }
        switch (LeaveChoice.ask(dialogs, title.get().replace(" \u2022", ""), canSave.get())) {
            case SAVE -> save(then);
            case DISCARD -> {
                revert();
                then.run();
            }
            case STAY -> { }
        }
    }

    public List<OrganizationType> types() {
        return Arrays.asList(OrganizationType.values());
    }

    public String typeLabel(OrganizationType type) {
        return type == null ? "" : Messages.get("organization.type." + type.dbValue());
    }

    public List<CountryChoice> countries() {
        return CountryChoice.all();
    }

    public OrganizationForm form() { return form; }
    public ImageField logo() { return logo; }
    public ObservableList<MemberItem> members() { return members; }
    public ReadOnlyObjectProperty<UUID> idProperty() { return id.getReadOnlyProperty(); }
    public BooleanBinding newProperty() { return isNew; }
    public ReadOnlyBooleanProperty editableProperty() { return editable.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty historyProperty() { return history.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanBinding dirtyProperty() { return form.dirtyProperty(); }
    public BooleanBinding canRevertProperty() { return form.dirtyProperty().and(busy.not()); }
    /** The editor's heading: the organization's name, with a • while there are unsaved changes. */
    public StringBinding titleProperty() { return title; }
    /** Why the form cannot be changed; empty when it can. */
    public StringBinding readOnlyReasonProperty() { return readOnlyReason; }
}
