package com.allaccessartist.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A command of the menus and buttons ({@code <Name>Action}): what it does, and whether it can
 * be done now, bound to application state (signed in, permission held, nothing running). When
 * it cannot, {@link #disabledReasonProperty()} says why, for the View to show. Like ViewModels,
 * actions hold no controls.
 */
public abstract class UiAction {

    private final ReadOnlyBooleanWrapper executable = new ReadOnlyBooleanWrapper(this, "executable", true);
    private final ReadOnlyStringWrapper disabledReason = new ReadOnlyStringWrapper(this, "disabledReason", "");

    /** Does the command. Callers check {@link #isExecutable()} first (menus are disabled otherwise). */
    public abstract void execute();

    public ReadOnlyBooleanProperty executableProperty() {
        return executable.getReadOnlyProperty();
    }

    public boolean isExecutable() {
        return executable.get();
    }

    public ReadOnlyStringProperty disabledReasonProperty() {
        return disabledReason.getReadOnlyProperty();
    }

    protected void setExecutable(boolean value, String reasonWhenNot) {
        executable.set(value);
        disabledReason.set(value ? "" : reasonWhenNot);
    }

    /** The reason shown while the action cannot be done (with {@link #bindExecutable}). */
    protected void setDisabledReason(String reason) {
        disabledReason.set(reason == null ? "" : reason);
    }

    /** Keeps the action executable exactly while {@code condition} holds. */
    protected void bindExecutable(ObservableBooleanValue condition) {
        executable.bind(condition);
    }
}
