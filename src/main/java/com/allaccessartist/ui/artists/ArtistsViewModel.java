package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ArtistDetails;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Artists section: the list page and the editor page. Opening another artist or a new one,
 * and closing the editor, first leave the open one (asking about unsaved changes). Delete
 * deactivates the selected artist (or reactivates an inactive one) after confirmation, when the
 * person's rights on it allow; otherwise it says why.
 */
public final class ArtistsViewModel {

    private final ArtistListViewModel list;
    private final ArtistEditorViewModel editor;
    private final ArtistService artists;
    private final AccessService access;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final BooleanBinding canToggleActive;
    private final StringBinding toggleActiveLabel;

    public ArtistsViewModel(ArtistListViewModel list, ArtistEditorViewModel editor, ArtistService artists,
                            AccessService access, TaskExecutor executor, DialogService dialogs, CatalogueChanges changes) {
        this.list = list;
        this.editor = editor;
        this.artists = artists;
        this.access = access;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        canToggleActive = list.selectedProperty().isNotNull().and(working.not());
        toggleActiveLabel = Bindings.createStringBinding(() -> Messages.get(list.selectedProperty().get() != null
                && !list.selectedProperty().get().active() ? "artists.reactivate" : "artists.deactivate"),
                list.selectedProperty());
    }

    /** Ctrl+N: a new artist in the editor. */
    public void createNew() {
        editor.leave(() -> {
            editor.startNew();
            editing.set(true);
        });
    }

    /** Enter or double-click: the selected artist in the editor. */
    public void openSelected() {
        ArtistItem item = list.selectedProperty().get();
        if (item != null) {
            open(item.id());
        }
    }

    public void open(UUID artistId) {
        editor.leave(() -> {
            editor.load(artistId);
            editing.set(true);
        });
    }

    /** Esc or Back: the list again, after the person saved or discarded unsaved changes. */
    public void closeEditor() {
        editor.leave(() -> editing.set(false));
    }

    /** Delete: deactivates (or reactivates) the selected artist after confirmation. */
    public void toggleActiveSelected() {
        ArtistItem item = list.selectedProperty().get();
        if (item == null || !canToggleActive.get()) {
            return;
        }
        working.set(true);
        executor.submit(BackgroundTask.of(context -> access.onArtist(item.id()))
                .onSuccess(rights -> confirmThenToggle(item, rights))
                .onFailure(failure -> {
                    working.set(false);
                    dialogs.showError(failure);
                }));
    }

    private void confirmThenToggle(ArtistItem item, ArtistAccess rights) {
        boolean activate = !item.active();
        String prefix = activate ? "artists.reactivate" : "artists.deactivate";
        if (!rights.editProfile() || !rights.delete()) {
            working.set(false);
            dialogs.showInfo(Messages.get(prefix + ".title"), Messages.get("artists.reason.deactivate"));
            return;
        }
        if (!dialogs.confirm(Messages.get(prefix + ".title"), Messages.format(prefix + ".message", item.name()),
                Messages.get(prefix))) {
            working.set(false);
            return;
        }
        executor.submit(BackgroundTask.of(context -> {
            ArtistDetails current = artists.get(item.id());
            return artists.update(item.id(), current.version(), withActive(current.toDraft(), activate));
        }).onSuccess(saved -> changes.changed())
                .onFailure(dialogs::showError)
                .onFinished(() -> working.set(false)));
    }

    static ArtistDraft withActive(ArtistDraft d, boolean active) {
        return new ArtistDraft(d.name(), d.slug(), d.type(), d.bio(), d.genre(), d.subgenres(), d.location(),
                d.formedDate(), d.profileImageUrl(), d.bannerImageUrl(), d.websiteUrl(), d.spotifyUrl(), d.appleMusicUrl(),
                d.youtubeUrl(), d.instagramUrl(), d.tiktokUrl(), d.twitterUrl(), d.organizationId(), d.isPublic(),
                d.verified(), active);
    }

    public ArtistListViewModel list() { return list; }
    public ArtistEditorViewModel editor() { return editor; }
    /** Whether the editor page is shown instead of the list. */
    public ReadOnlyBooleanProperty editingProperty() { return editing.getReadOnlyProperty(); }
    public BooleanBinding canToggleActiveProperty() { return canToggleActive; }
    public StringBinding toggleActiveLabelProperty() { return toggleActiveLabel; }
}
