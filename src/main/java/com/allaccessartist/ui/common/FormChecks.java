package com.allaccessartist.ui.common;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;

/** The field checks of one form: valid when every active one is. */
public final class FormChecks {

    private final List<FieldCheck> checks;
    private final BooleanBinding valid;

    public FormChecks(FieldCheck... checks) {
        this.checks = List.of(checks);
        ObservableBooleanValue[] validities = this.checks.stream().map(FieldCheck::validProperty)
                .toArray(ObservableBooleanValue[]::new);
        this.valid = Bindings.createBooleanBinding(
                () -> this.checks.stream().allMatch(FieldCheck::isValid), validities);
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** Shows every field's message (the person tried to submit). */
    public void revealAll() {
        checks.forEach(FieldCheck::reveal);
    }

    public void resetAll() {
        checks.forEach(FieldCheck::reset);
    }
}
