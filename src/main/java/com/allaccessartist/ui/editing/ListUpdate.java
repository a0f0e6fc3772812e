package com.allaccessartist.ui.editing;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Updates the options of a choice box in place: options no longer offered are removed, new ones
 * inserted where they belong, and equal ones kept as they are. Replacing them all at once
 * ({@code setAll}) makes a ComboBox drop its selection, which would clear the bound field.
 */
public final class ListUpdate {

    private ListUpdate() {
    }

    public static <T> void keepingEqual(ObservableList<T> target, List<T> wanted) {
        target.removeIf(item -> !wanted.contains(item));
        for (int i = 0; i < wanted.size(); i++) {
            T item = wanted.get(i);
            int at = target.indexOf(item);
            if (at < 0) {
                target.add(Math.min(i, target.size()), item);
            } else if (at != i) {
                target.remove(at);
                target.add(Math.min(i, target.size()), item);
            }
        }
    }
}
