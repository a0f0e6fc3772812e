package com.allaccessartist.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class FieldCheckTest {

    private final StringProperty value = new SimpleStringProperty("");
    private final FieldCheck check = new FieldCheck(value, FieldCheck.throwing(() -> {
        if (value.get().isBlank()) {
            throw new AppException("validation.email.empty");
        }
    }));

    @Test
    void anUntouchedFieldIsInvalidButShowsNoMessage() {
        assertThat(check.isValid()).isFalse();
        assertThat(check.errorProperty().get()).isEqualTo(Messages.get("validation.email.empty"));
        assertThat(check.shownErrorProperty().get()).isEmpty();
    }

    @Test
    void theMessageShowsOnceTouchedOrRevealed() {
        check.reveal();
        assertThat(check.shownErrorProperty().get()).isEqualTo(Messages.get("validation.email.empty"));

        check.reset();
        value.set("x");
        value.set("");
        assertThat(check.shownErrorProperty().get()).isEqualTo(Messages.get("validation.email.empty"));

        value.set("ada@label.com");
        assertThat(check.isValid()).isTrue();
        assertThat(check.shownErrorProperty().get()).isEmpty();
    }

    @Test
    void aFormIsValidWhenEveryCheckIs() {
        StringProperty other = new SimpleStringProperty("ok");
        FormChecks form = new FormChecks(check, new FieldCheck(other, () -> other.get().isEmpty() ? "empty" : ""));
        assertThat(form.isValid()).isFalse();
        value.set("filled");
        assertThat(form.isValid()).isTrue();
        other.set("");
        assertThat(form.isValid()).isFalse();
    }
}
