package com.allaccessartist.ui.artists;

import java.util.Objects;

/**
 * One option of a list filter: its value ({@code null} for "any") and its label.
 *
 * @param <T> the filtered value
 */
public record FilterChoice<T>(T value, String label) {

    public FilterChoice {
        Objects.requireNonNull(label, "label");
    }

    @Override
    public String toString() {
        return label;
    }
}
