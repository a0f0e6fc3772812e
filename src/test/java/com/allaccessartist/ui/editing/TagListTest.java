package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class TagListTest {

    private final ObservableList<String> list = FXCollections.observableArrayList("ambient");
    private final TagList tags = new TagList(list);

    @Test
    void enterAddsTheTypedTextTrimmedAndClearsTheInput() {
        tags.inputProperty().set("  dream pop ");

        assertThat(tags.add()).isTrue();

        assertThat(list).containsExactly("ambient", "dream pop");
        assertThat(tags.inputProperty().get()).isEmpty();
    }

    @Test
    void aTagThatIsThereAlreadyIsRefusedWithTheReason() {
        tags.inputProperty().set("Ambient");

        assertThat(tags.add()).isFalse();

        assertThat(list).containsExactly("ambient");
        assertThat(tags.errorProperty().get()).isEqualTo(Messages.format("tags.duplicate", "Ambient"));
        tags.inputProperty().set("Ambien");
        assertThat(tags.errorProperty().get()).isEmpty();
    }

    @Test
    void nothingTypedAddsNothingAndTooLongIsRefused() {
        tags.inputProperty().set("   ");
        assertThat(tags.add()).isFalse();

        tags.inputProperty().set("x".repeat(201));
        assertThat(tags.add()).isFalse();
        assertThat(tags.errorProperty().get()).isEqualTo(Messages.format("editor.validation.tooLong", 200));
        assertThat(list).containsExactly("ambient");
    }

    @Test
    void backspaceInTheEmptyInputRemovesTheLastTagButNotWhileTyping() {
        tags.inputProperty().set("post");
        assertThat(tags.removeLast()).isFalse();

        tags.inputProperty().set("");
        assertThat(tags.removeLast()).isTrue();
        assertThat(list).isEmpty();
        assertThat(tags.removeLast()).isFalse();
    }

    @Test
    void aTagIsRemovedByItsButton() {
        list.add("dream pop");

        tags.remove("ambient");

        assertThat(list).containsExactly("dream pop");
    }
}
