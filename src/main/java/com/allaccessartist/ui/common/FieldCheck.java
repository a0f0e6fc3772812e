package com.allaccessartist.ui.common;

import com.allaccessartist.domain.AppException;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The validity of one form field, for ViewModels. The rule is the domain's or service's own
 * check (it throws an {@link AppException} naming what is wrong), re-run whenever the field or
 * something it depends on changes. {@link #shownErrorProperty()} only carries the message once
 * the person has changed the field or tried to submit ({@link #reveal()}), so an empty form does
 * not start out red.
 */
public final class FieldCheck {

    private final Supplier<String> rule;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty touched = new SimpleBooleanProperty(this, "touched");
    private final BooleanProperty revealed = new SimpleBooleanProperty(this, "revealed");
    private final BooleanBinding valid = error.isEmpty();
    private final StringBinding shownError;

    /**
     * @param field         the field's value; a change marks it touched
     * @param rule          returns the message of the broken rule, or an empty string or null
     * @param alsoDependsOn other values the rule reads (such as the first password entry)
     */
    public FieldCheck(Observable field, Supplier<String> rule, Observable... alsoDependsOn) {
        this.rule = Objects.requireNonNull(rule);
        field.addListener(observable -> {
            touched.set(true);
            recheck();
        });
        for (Observable dependency : alsoDependsOn) {
            dependency.addListener(observable -> recheck());
        }
        shownError = Bindings.createStringBinding(
                () -> touched.get() || revealed.get() ? error.get() : "", error, touched, revealed);
        recheck();
    }

    /** A rule from a check that throws an {@link AppException} naming the broken rule. */
    public static Supplier<String> throwing(Runnable check) {
        return () -> {
            try {
                check.run();
                return "";
            } catch (AppException e) {
                // domain validation (ValidationException) is an AppException too
                return e.getLocalizedMessage();
            }
        };
    }

    /** Runs the rule again (for example after the rule's inputs changed without an event). */
    public void recheck() {
        String message = rule.get();
        error.set(message == null ? "" : message);
    }

    /** Shows the message even if the person has not touched the field (after a submit attempt). */
    public void reveal() {
        revealed.set(true);
    }

    /** Back to the untouched state (after a form was cleared). */
    public void reset() {
        touched.set(false);
        revealed.set(false);
        recheck();
    }

    /** The rule's message, empty when the value is valid. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The message to show next to the field now (empty while untouched or valid). */
    public StringBinding shownErrorProperty() {
        return shownError;
    }
}
