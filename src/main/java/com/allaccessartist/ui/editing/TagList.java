package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * A list of names edited as tags (subgenres, producer credits, a track's writers): the text
 * being typed becomes a tag on Enter (trimmed, at most {@value #MAX_LENGTH} characters, at most
 * {@value #MAX_TAGS} tags, no duplicates regardless of case, the same limits the catalogue
 * services check); a tag is removed with its button, or the last one with Backspace in the empty
 * input. Why typed text was refused is in {@link #errorProperty()}.
 */
public final class TagList {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TAGS = 100;

    private final ObservableList<String> tags;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public TagList(ObservableList<String> tags) {
        this.tags = tags;
        input.addListener(observable -> error.set(""));
        tags.addListener((javafx.collections.ListChangeListener<String>) change -> error.set(""));
    }

    /** Enter: the typed text becomes a tag. @return whether a tag was added */
    public boolean add() {
        String tag = input.get() == null ? "" : input.get().strip();
        if (tag.isEmpty()) {
            return false;
        }
        if (tag.length() > MAX_LENGTH) {
            error.set(Messages.format("editor.validation.tooLong", MAX_LENGTH));
            return false;
        }
        if (tags.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)))) {
            error.set(Messages.format("tags.duplicate", tag));
            return false;
        }
        if (tags.size() >= MAX_TAGS) {
            error.set(Messages.format("tags.tooMany", MAX_TAGS));
            return false;
        }
        tags.add(tag);
        input.set("");
        return true;
    }

    public void remove(String tag) {
        tags.remove(tag);
    }

    /** Backspace in the empty input removes the last tag. @return whether one was removed */
    public boolean removeLast() {
        if (!input.get().isEmpty() || tags.isEmpty()) {
            return false;
        }
        tags.remove(tags.size() - 1);
        return true;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public StringProperty inputProperty() {
        return input;
    }

    /** Why the typed text was not added; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
