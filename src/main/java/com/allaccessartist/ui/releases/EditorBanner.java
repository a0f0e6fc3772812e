package com.allaccessartist.ui.releases;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The message line at the top of the editor: what was saved, why it was not, or a conflict to reload. */
public final class EditorBanner {

    /** What the message is about; a conflict offers to reload. */
    public enum Kind { NONE, INFO, ERROR, CONFLICT }

    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind", Kind.NONE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    void info(String message) {
        show(Kind.INFO, message);
    }

    void error(String message) {
        show(Kind.ERROR, message);
    }

    void conflict(String message) {
        show(Kind.CONFLICT, message);
    }

    /** Hides the message (the person closed it, or the editor loaded another version). */
    public void clear() {
        show(Kind.NONE, "");
    }

    boolean isConflict() {
        return kind.get() == Kind.CONFLICT;
    }

    private void show(Kind newKind, String message) {
        text.set(message);
        kind.set(newKind);
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() { return kind.getReadOnlyProperty(); }
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
}
