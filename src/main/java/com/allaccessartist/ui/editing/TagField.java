package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldDecoration;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows a {@link TagList} as chips followed by a text field, with the reason typed text was
 * refused under them: Enter or a comma adds what was typed, leaving the field adds it too,
 * Backspace in the empty field removes the last tag, each chip's × removes that one.
 */
public final class TagField extends VBox {

    private final TagList tags;
    private final FlowPane box = new FlowPane();
    private final TextField input = new TextField();

    public TagField(TagList tags, String prompt) {
        super(2);
        this.tags = tags;
        box.getStyleClass().add("tag-box");
        input.setPromptText(prompt);
        input.setAccessibleText(prompt);
        input.textProperty().bindBidirectional(tags.inputProperty());
        input.setOnAction(event -> tags.add());
        input.textProperty().addListener((o, old, text) -> {
            if (text != null && text.contains(",")) {
                input.setText(text.replace(",", ""));
                tags.add();
            }
        });
        input.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.BACK_SPACE && input.getCaretPosition() == 0 && tags.removeLast()) {
                event.consume();
            }
        });
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                tags.add();
            }
        });
        box.setOnMouseClicked(event -> input.requestFocus());
        tags.tags().addListener((ListChangeListener<String>) change -> rebuild());
        Label error = new Label();
        error.setWrapText(true);
        FieldDecoration.show(input, error, tags.errorProperty());
        getChildren().addAll(box, error);
        rebuild();
    }

    /** The field where names are typed (for labels, ids and focus). */
    public TextField input() {
        return input;
    }

    private void rebuild() {
        box.getChildren().setAll(tags.tags().stream().map(this::chip).toList());
        box.getChildren().add(input);
    }

    private HBox chip(String tag) {
        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(Messages.format("tags.remove", tag)));
        remove.setAccessibleText(Messages.format("tags.remove", tag));
        remove.setOnAction(event -> {
            tags.remove(tag);
            input.requestFocus();
        });
        HBox chip = new HBox(new Label(tag), remove);
        chip.getStyleClass().add("tag");
        return chip;
    }
}
