package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.Debouncer;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The artist's slug as the person types. For a new artist it follows the name (at once as the
 * name transliterated, then the service's free suggestion, "-2" added when taken) until the
 * person edits it; "generate from name" makes it follow again. An edited slug is checked live by
 * the service once typing pauses, and the reason it cannot be used (taken) goes to the form's
 * slug check. Answers to older requests are ignored. Used on the FX thread.
 */
public final class SlugField {

    private final ArtistForm form;
    private final ArtistService service;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final StringBinding status = Bindings.createStringBinding(() -> checking.get()
            ? Messages.get("artists.slug.checking") : following.get() ? Messages.get("artists.slug.following") : "",
            checking, following);
    private UUID artistId;
    private boolean quiet;
    private long generation;

    public SlugField(ArtistForm form, ArtistService service, TaskExecutor executor, Debouncer debouncer) {
        this.form = form;
        this.service = service;
        this.executor = executor;
        this.debouncer = debouncer;
        form.nameProperty().addListener(observable -> nameChanged());
        form.slugProperty().addListener(observable -> slugEdited());
    }

    /** Fills the form without counting it as typing: the slug follows the name only for a new artist. */
    public void load(UUID id, Runnable fill) {
        generation++;
        artistId = id;
        quiet = true;
        try {
            fill.run();
        } finally {
            quiet = false;
        }
        following.set(id == null);
        checking.set(false);
        form.slugProblemProperty().set("");
    }

    /** Makes the slug follow the name again (and fills it from the name now). */
    public void followName() {
        following.set(true);
        nameChanged();
    }

    private void nameChanged() {
        if (quiet || !following.get()) {
            return;
        }
        String name = form.nameProperty().get();
        setQuietly(Slug.slugify(name));
        long current = ++generation;
        form.slugProblemProperty().set("");
        if (!Slug.isValid(form.slugProperty().get())) {
            checking.set(false);
            return;
        }
        checking.set(true);
        debouncer.schedule(() -> suggest(current, name));
    }

    private void suggest(long current, String name) {
        if (current != generation) {
            return;
        }
        UUID except = artistId;
        executor.submit(BackgroundTask.of(context -> service.suggestSlug(name, except))
                .onSuccess(suggested -> {
                    if (current == generation && following.get()) {
                        setQuietly(suggested);
                        checking.set(false);
                    }
                })
                .onFailure(failure -> answered(current, ErrorText.of(failure))));
    }

    private void slugEdited() {
        if (quiet) {
            return;
        }
        following.set(false);
        long current = ++generation;
        form.slugProblemProperty().set("");
        String slug = form.slugProperty().get() == null ? "" : form.slugProperty().get().strip();
        if (!Slug.isValid(slug)) {
            checking.set(false);
            return;
        }
        checking.set(true);
        debouncer.schedule(() -> check(current, slug));
    }

    private void check(long current, String slug) {
        if (current != generation) {
            return;
        }
        UUID except = artistId;
        executor.submit(BackgroundTask.of(context -> service.checkSlug(slug, except))
                .onSuccess(result -> answered(current,
                        result.available() ? "" : Messages.format(result.messageKey(), result.args())))
                .onFailure(failure -> answered(current, ErrorText.of(failure))));
    }

    private void answered(long current, String problem) {
        if (current == generation) {
            form.slugProblemProperty().set(problem);
            checking.set(false);
        }
    }

    private void setQuietly(String slug) {
        quiet = true;
        try {
            form.slugProperty().set(slug);
        } finally {
            quiet = false;
        }
    }

    /** Whether the slug follows the name (not edited by the person). */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** "Checking…" or "made from the name", shown under the slug; empty otherwise. */
    public StringBinding statusProperty() {
        return status;
    }

    /** A live check or suggestion is under way (the slug cannot be saved yet). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
