package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One permission flag in the Invite and Change forms: its sentence, whether it is set, and why
 * the person may not set it (empty when they may).
 */
public final class FlagOption {

    private final String key;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final String reason;

    FlagOption(String key, boolean selected, String reason) {
        this.key = key;
        this.selected.set(selected);
        this.reason = reason;
    }

    public String key() {
        return key;
    }

    /** "manage releases", capitalized for a check box. */
    public String label() {
        String text = Messages.get("people.flag." + key);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    /** Why the flag cannot be set by the person (they do not hold it); empty when it can. */
    public String reason() {
        return reason;
    }

    public boolean enabled() {
        return reason.isEmpty();
    }
}
