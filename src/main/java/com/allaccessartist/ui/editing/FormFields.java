package com.allaccessartist.ui.editing;

import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FieldDecoration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import java.util.function.Function;

/** View helpers for editor forms: a text field with its label and inline error, and disabling with a reason. */
public final class FormFields {

    private FormFields() {
    }

    /** Binds {@code input} to {@code value} and shows {@code check}'s message under it. */
    public static void text(Label label, TextInputControl input, Property<String> value, Label error, FieldCheck check) {
        label.setLabelFor(input);
        input.textProperty().bindBidirectional(value);
        FieldDecoration.show(input, error, check.shownErrorProperty());
    }

    /**
     * Disables {@code control} while {@code reason} is not empty and shows the reason when the
     * pointer is over {@code hoverArea} (an enabled container: disabled controls get no tooltips).
     */
    public static void disabledWithReason(Node hoverArea, Node control, ObservableStringValue reason) {
        control.disableProperty().bind(Bindings.isNotEmpty(reason));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(reason);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        update(hoverArea, tooltip, reason.get());
        reason.addListener((o, old, text) -> update(hoverArea, tooltip, text));
    }

    /** Disables {@code control} while {@code reason} is not empty (the reason is shown elsewhere). */
    public static void disabledWhile(Node control, ObservableStringValue reason) {
        control.disableProperty().bind(Bindings.isNotEmpty(reason));
    }

    private static void update(Node hoverArea, Tooltip tooltip, String reason) {
        if (reason == null || reason.isEmpty()) {
            Tooltip.uninstall(hoverArea, tooltip);
        } else {
            Tooltip.install(hoverArea, tooltip);
        }
    }

    /** A converter for choice boxes and date pickers. */
    public static <T> StringConverter<T> converter(Function<T, String> text, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return parse.apply(string);
            }
        };
    }

    /** Shows {@code node} (and gives it room) only while {@code condition} holds. */
    public static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
