package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class DirtyTrackerTest {

    private final StringProperty name = new SimpleStringProperty("Sigur Rós");
    private final StringProperty genre = new SimpleStringProperty("post-rock");
    private final DirtyTracker<List<Object>> tracker =
            new DirtyTracker<>(() -> Arrays.asList(name.get(), genre.get()), name, genre);

    @Test
    void aFormIsCleanOnceMarkedAndDirtyWhenAFieldChanges() {
        tracker.markClean();
        assertThat(tracker.isDirty()).isFalse();

        genre.set("ambient");

        assertThat(tracker.isDirty()).isTrue();
    }

    @Test
    void typingAFieldBackToItsLoadedValueMakesTheFormCleanAgain() {
        tracker.markClean();
        name.set("Sigur");
        name.set("Sigur Rós");

        assertThat(tracker.isDirty()).isFalse();
    }

    @Test
    void savingTakesTheNewValuesAsTheCleanState() {
        tracker.markClean();
        name.set("Jónsi");
        tracker.markClean();

        assertThat(tracker.isDirty()).isFalse();
        name.set("Sigur Rós");
        assertThat(tracker.isDirty()).isTrue();
    }
}
