package com.allaccessartist.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * Shows a field's validation message: the field gets AtlantaFX's danger state (red outline) and
 * the label under it the reason; both disappear when the value is valid. The message is also
 * the field's accessible help, for screen readers.
 */
public final class FieldDecoration {

    private FieldDecoration() {
    }

    public static void show(Control field, Label message, ObservableStringValue shownError) {
        BooleanBinding hasError = Bindings.isNotEmpty(shownError);
        message.textProperty().bind(shownError);
        message.visibleProperty().bind(hasError);
        message.managedProperty().bind(hasError);
        message.getStyleClass().add("field-error");
        field.accessibleHelpProperty().bind(shownError);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, hasError.get());
        hasError.addListener((observable, old, error) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, error));
    }
}
