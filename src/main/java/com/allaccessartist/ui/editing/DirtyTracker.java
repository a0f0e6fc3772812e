package com.allaccessartist.ui.editing;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Whether a form differs from the values it was loaded with: the form's current values (as a
 * record with value equality) compared with a snapshot taken when it was loaded or saved.
 * Typing a field back to its loaded value makes the form clean again.
 *
 * @param <D> the form's values as a record
 */
public final class DirtyTracker<D> {

    private final Supplier<D> current;
    private final ObjectProperty<D> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final BooleanBinding dirty;

    /** @param fields every property the current values are read from */
    public DirtyTracker(Supplier<D> current, Observable... fields) {
        this.current = current;
        Observable[] dependencies = new Observable[fields.length + 1];
        System.arraycopy(fields, 0, dependencies, 0, fields.length);
        dependencies[fields.length] = snapshot;
        dirty = Bindings.createBooleanBinding(() -> snapshot.get() != null && !Objects.equals(current.get(), snapshot.get()),
                dependencies);
    }

    /** The form now shows what is saved (after load, save or revert). */
    public void markClean() {
        snapshot.set(current.get());
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
