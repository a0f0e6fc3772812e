package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdateTest {

    @Test
    void theListEndsUpAsWantedWithoutRemovingWhatStays() {
        ObservableList<String> options = FXCollections.observableArrayList("Independent", "Hopper Records", "Old Label");
        List<String> removed = new ArrayList<>();
        options.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });

        ListUpdate.keepingEqual(options, List.of("Independent", "Ada Music", "Hopper Records", "Sound Studio"));

        assertThat(options).containsExactly("Independent", "Ada Music", "Hopper Records", "Sound Studio");
        assertThat(removed).containsExactly("Old Label");
    }

    @Test
    void reorderedItemsFollowTheWantedOrder() {
        ObservableList<String> options = FXCollections.observableArrayList("b", "a", "c");

        ListUpdate.keepingEqual(options, List.of("a", "b", "c"));

        assertThat(options).containsExactly("a", "b", "c");
    }
}
