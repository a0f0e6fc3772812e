package com.allaccessartist.ui.editing;

import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The editor a list screen shows in the list's place (none while the list is shown). Another
 * editor replaces it only once it was left: at once without unsaved edits, after saving, or never
 * if the person stays.
 *
 * @param <E> the editor's ViewModel
 */
public final class EditorSlot<E> {

    private final ReadOnlyObjectWrapper<E> editor = new ReadOnlyObjectWrapper<>(this, "editor");
    private final BiConsumer<E, Runnable> leave;

    /** @param leave leaves an editor, then runs the second argument (see {@link UnsavedEditors.Guarded#leave}) */
    public EditorSlot(BiConsumer<E, Runnable> leave) {
        this.leave = leave;
    }

    /** Runs {@code then} once the open editor (if any) is left, and the list is shown. */
    public void leaveThen(Runnable then) {
        E open = editor.get();
        if (open == null) {
            then.run();
            return;
        }
        leave.accept(open, () -> {
            editor.set(null);
            then.run();
        });
    }

    /** Leaves the open editor, then shows the one {@code create} makes. */
    public void show(java.util.function.Supplier<E> create) {
        leaveThen(() -> editor.set(create.get()));
    }

    /**
     * Leaves the open editor, then loads a record off the FX thread and shows the editor
     * {@code create} makes of it; a failure goes to {@code onFailure}.
     */
    public <T> void open(TaskExecutor executor, BackgroundTask.Work<T> load, Function<T, E> create,
                         Consumer<Throwable> onFailure) {
        leaveThen(() -> executor.submit(BackgroundTask.of(load)
                .onSuccess(loaded -> editor.set(create.apply(loaded)))
                .onFailure(onFailure)));
    }

    public E get() {
        return editor.get();
    }

    public ReadOnlyObjectProperty<E> property() {
        return editor.getReadOnlyProperty();
    }
}
