package com.allaccessartist.ui.common;

import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The artist the signed-in person is working on, shared by the screens of one session: the
 * toolbar's artist switcher sets it, the Releases screen shows that artist's releases, the
 * Artists list selects it. Null until an artist is chosen. Used on the FX thread.
 */
public final class ArtistSelection {

    /** The chosen artist: its id and the name to show. */
    public record Choice(UUID id, String name) {
    }

    private final ObjectProperty<Choice> current = new SimpleObjectProperty<>(this, "current");

    public ObjectProperty<Choice> currentProperty() {
        return current;
    }

    public Choice current() {
        return current.get();
    }

    public void choose(Choice choice) {
        current.set(choice);
    }
}
