package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ArtistDetails;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.TagList;
import com.allaccessartist.ui.editing.Debouncer;
import com.allaccessartist.ui.editing.EditorHistory;
import com.allaccessartist.ui.editing.ImageField;
import com.allaccessartist.ui.editing.LeaveChoice;
import com.allaccessartist.ui.editing.ListUpdate;
import com.allaccessartist.ui.editing.SaveFailures;
import com.allaccessartist.ui.editing.UnsavedEditors;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editor of one artist, new or existing: loads it with the person's rights on it
 * ({@link ArtistAccess}: controls they may not use are disabled with the reason), the
 * organizations they may create artists in, shows unsaved changes, reverts, saves against the
 * loaded version (a stale save offers to reload), and asks before unsaved changes are lost.
 */
public final class ArtistEditorViewModel implements UnsavedEditors.Guarded {

    static final ArtistAccess CREATOR = new ArtistAccess(true, true, true, true, true, true, true, true, true, true);

    private final ArtistService artists;
    private final OrganizationChoices choices;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final ArtistSelection selection;
    private final ArtistForm form;
    private final SlugField slug;
    private final TagList subgenres;
    private final ImageField profileImage;
    private final ImageField bannerImage;
    private final ObservableList<OrganizationOption> organizationOptions =
            FXCollections.observableArrayList(OrganizationOption.independent());
    private final ObjectProperty<UUID> id = new SimpleObjectProperty<>(this, "id");
    private final ObjectProperty<ArtistAccess> rights = new SimpleObjectProperty<>(this, "rights", CREATOR);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper loadedName = new ReadOnlyStringWrapper(this, "loadedName", "");
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper(this, "history", "");
    private final BooleanBinding isNew = id.isNull();
    private final BooleanBinding busy = loading.or(saving);
    private final StringBinding profileReason = reason(a -> a.editProfile(), "artists.reason.editProfile");
    private final StringBinding socialReason = reason(a -> a.editProfile() && a.manageSocial(), "artists.reason.manageSocial");
    private final StringBinding activeReason = reason(a -> a.editProfile() && a.delete(), "artists.reason.deactivate");
    private final BooleanBinding canSave;
    private final StringBinding title;
    private ArtistDetails loaded;

    /**
     * @param slugTyping  waits for a pause in typing before the slug is suggested or checked
     * @param imageFolder where the image file chooser starts
     */
    public ArtistEditorViewModel(ArtistService artists, AccessService access, OrganizationService organizations,
                                 MediaService media, TaskExecutor executor, DialogService dialogs, CatalogueChanges changes,
                                 ArtistSelection selection, Clock clock, Debouncer slugTyping, Path imageFolder) {
        this.artists = artists;
        this.choices = new OrganizationChoices(organizations, access);
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.selection = selection;
        this.form = new ArtistForm(clock);
        this.slug = new SlugField(form, artists, executor, slugTyping);
        this.subgenres = new TagList(form.subgenres());
        this.profileImage = new ImageField(form.profileImageProperty(), media, executor, dialogs, imageFolder);
        this.bannerImage = new ImageField(form.bannerImageProperty(), media, executor, dialogs, imageFolder);
        canSave = form.validProperty().and(slug.checkingProperty().not()).and(isNew.or(form.dirtyProperty()))
                .and(Bindings.isEmpty(profileReason)).and(busy.not())
                .and(profileImage.busyProperty().not()).and(bannerImage.busyProperty().not());
        title = Bindings.createStringBinding(() -> (isNew.get() ? Messages.get("artists.new.title") : loadedName.get())
                + (form.isDirty() ? " \u2022" : ""), isNew, loadedName, form.dirtyProperty());
    }

    private StringBinding reason(java.util.function.Predicate<ArtistAccess> allowed, String key) {
        return Bindings.createStringBinding(() -> allowed.test(rights.get()) ? ""
                : Messages.get(rights.get().editProfile() ? key : "artists.reason.editProfile"), rights);
    }

    /** An empty form for a new artist. */
    public void startNew() {
        loaded = null;
        rights.set(CREATOR);
        error.set("");
        history.set("");
        loadedName.set("");
        slug.load(null, () -> {
            id.set(null);
            form.fill(ArtistForm.blank(), OrganizationOption.independent());
        });
        loadOrganizations(null);
    }

    /** Loads the artist and the person's rights on it in the background. */
    public void load(UUID artistId) {
        loading.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> artists.get(artistId))
                .onSuccess(details -> {
                    show(details);
                    loadOrganizations(details);
                })
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> loading.set(false)));
    }

    private void show(ArtistDetails details) {
        loaded = details;
        rights.set(details.access());
        loadedName.set(details.name());
        history.set(EditorHistory.of(details.createdAt(), details.updatedAt()));
        error.set("");
        slug.load(details.id(), () -> {
            id.set(details.id());
            form.fill(details.toDraft(), organizationOf(details));
        });
    }

    private static OrganizationOption organizationOf(ArtistDetails details) {
        return details.organizationId() == null ? OrganizationOption.independent()
                : new OrganizationOption(details.organizationId(), details.organizationName());
    }

    /** The organizations the person may create artists in (and the artist's own); a new artist goes to the first. */
    private void loadOrganizations(ArtistDetails details) {
        OrganizationOption own = details == null ? null : organizationOf(details);
        executor.submit(BackgroundTask.of(context -> choices.load(own)).onSuccess(options -> {
            ListUpdate.keepingEqual(organizationOptions, options);
            if (details == null && id.get() == null && !form.isDirty() && options.size() > 1) {
                form.organizationProperty().set(options.get(1));
                form.markClean();
            }
        }).onFailure(failure -> error.set(ErrorText.of(failure))));
    }

    /** Saves the form (Ctrl+S); shows every field's problem instead when it is not valid. */
    public void save() {
        save(() -> { });
    }

    /** Whether the form could be saved now; a live slug check still under way is left to the service. */
    private boolean saveable() {
        return form.validProperty().get() && profileReason.get().isEmpty() && !busy.get()
                && !profileImage.busyProperty().get() && !bannerImage.busyProperty().get();
    }

    private void save(Runnable then) {
        if (!saveable()) {
            form.revealAll();
            if (!form.validProperty().get()) {
                error.set(Messages.get("editor.fixFields"));
            }
            return;
        }
        var draft = form.toDraft();
        UUID current = id.get();
        long version = loaded == null ? 0 : loaded.version();
        saving.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> current == null ? artists.create(draft) : artists.update(current, version, draft))
                .onSuccess(details -> {
                    show(details);
                    changes.changed();
                    ArtistSelection.Choice chosen = selection.current();
                    if (current == null || chosen != null && chosen.id().equals(details.id())) {
                        selection.choose(new ArtistSelection.Choice(details.id(), details.name()));
                    }
                    then.run();
                })
                .onFailure(failure -> SaveFailures.handle(failure, dialogs, () -> load(current), error::set))
                .onFinished(() -> saving.set(false)));
    }

    /** Undoes every unsaved change: the form shows the loaded values again. */
    public void revert() {
        error.set("");
        if (loaded == null) {
            startNew();
        } else {
            show(loaded);
        }
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
        switch (LeaveChoice.ask(dialogs, title.get().replace(" \u2022", ""), saveable())) {
            case SAVE -> save(then);
            case DISCARD -> {
                revert();
                then.run();
            }
            case STAY -> { }
        }
    }

    public ArtistForm form() { return form; }
    public SlugField slug() { return slug; }
    public TagList subgenres() { return subgenres; }
    public ImageField profileImage() { return profileImage; }
    public ImageField bannerImage() { return bannerImage; }
    public ObservableList<OrganizationOption> organizationOptions() { return organizationOptions; }
    public UUID artistId() { return id.get(); }
    public BooleanBinding newProperty() { return isNew; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty historyProperty() { return history.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanBinding dirtyProperty() { return form.dirtyProperty(); }
    public BooleanBinding canRevertProperty() { return form.dirtyProperty().and(busy.not()); }
    /** The editor's heading: the artist's name, with a • while there are unsaved changes. */
    public StringBinding titleProperty() { return title; }
    /** Why the profile fields cannot be changed; empty when they can. */
    public StringBinding profileReasonProperty() { return profileReason; }
    /** Why the website and social links cannot be changed; empty when they can. */
    public StringBinding socialReasonProperty() { return socialReason; }
    /** Why the active flag cannot be changed; empty when it can. */
    public StringBinding activeReasonProperty() { return activeReason; }
}
