package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnsavedEditorsTest {

    /** An editor whose answer to "leave?" the test decides. */
    private static final class Editor implements UnsavedEditors.Guarded {
        boolean dirty;
        boolean staysWhenAsked;
        int asked;

        @Override
        public boolean hasUnsavedChanges() {
            return dirty;
        }

        @Override
        public void leave(Runnable then) {
            if (dirty) {
                asked++;
                if (staysWhenAsked) {
                    return;
                }
                dirty = false;
            }
            then.run();
        }
    }

    private final UnsavedEditors editors = new UnsavedEditors();
    private final Editor organizations = new Editor();
    private final Editor artists = new Editor();
    private final List<String> done = new ArrayList<>();

    UnsavedEditorsTest() {
        editors.register(organizations);
        editors.register(artists);
    }

    @Test
    void withNothingUnsavedTheSessionEndsWithoutAQuestion() {
        editors.leaveAllThen(() -> done.add("quit"));

        assertThat(done).containsExactly("quit");
        assertThat(organizations.asked + artists.asked).isZero();
        assertThat(editors.any()).isFalse();
    }

    @Test
    void everyEditorWithChangesIsAskedBeforeTheSessionEnds() {
        organizations.dirty = true;
        artists.dirty = true;
        assertThat(editors.any()).isTrue();

        editors.leaveAllThen(() -> done.add("quit"));

        assertThat(done).containsExactly("quit");
        assertThat(organizations.asked).isEqualTo(1);
        assertThat(artists.asked).isEqualTo(1);
    }

    @Test
    void stayingInOneEditorStopsTheSessionFromEnding() {
        organizations.dirty = true;
        organizations.staysWhenAsked = true;
        artists.dirty = true;

        editors.leaveAllThen(() -> done.add("quit"));

        assertThat(done).isEmpty();
        assertThat(artists.asked).isZero();
        assertThat(editors.any()).isTrue();
    }
}
