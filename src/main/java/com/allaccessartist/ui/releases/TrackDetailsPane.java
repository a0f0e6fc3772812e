package com.allaccessartist.ui.releases;

import com.allaccessartist.ui.editing.TagField;
import com.allaccessartist.ui.editing.TagList;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldCheck;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The strip under the track table for the selected track: what is wrong with it (each reason a
 * link to its cell, including what a refused status still needs) and its writers, producers and
 * featured artists as lists of names.
 */
final class TrackDetailsPane {

    /** The strip's controls, from the listing's FXML. */
    record Controls(Label title, Label hint, VBox problems, HBox credits) {
    }

    private final Controls controls;
    private final ObservableBooleanValue readOnly;
    private final BiConsumer<TrackRow, String> goTo;

    private TrackDetailsPane(Controls controls, ObservableBooleanValue readOnly, BiConsumer<TrackRow, String> goTo) {
        this.controls = controls;
        this.readOnly = readOnly;
        this.goTo = goTo;
    }

    /** @param goTo edits a track's cell (a problem's link) */
    static void bind(TrackListing listing, ObservableBooleanValue readOnly, Controls controls, BiConsumer<TrackRow, String> goTo) {
        TrackDetailsPane pane = new TrackDetailsPane(controls, readOnly, goTo);
        listing.selectedProperty().addListener((o, old, row) -> pane.show(row));
        listing.rows().addListener((ListChangeListener<TrackRow>) change -> pane.show(listing.selectedProperty().get()));
        pane.show(listing.selectedProperty().get());
    }

    private void show(TrackRow row) {
        controls.hint().setVisible(row == null);
        controls.hint().setManaged(row == null);
        controls.problems().getChildren().clear();
        controls.credits().getChildren().clear();
        controls.title().textProperty().unbind();
        if (row == null) {
            controls.title().setText(Messages.get("track.side.title"));
            return;
        }
        controls.title().textProperty().bind(Bindings.concat(row.positionProperty(), "  ", row.titleProperty()));
        for (String field : TrackRow.FIELDS) {
            FieldCheck check = row.check(field);
            Hyperlink problem = new Hyperlink();
            problem.textProperty().bind(Bindings.createStringBinding(() -> check.shownErrorProperty().get().isEmpty()
                    ? row.notices().getOrDefault(field, "") : check.shownErrorProperty().get(), check.shownErrorProperty(),
                    row.notices()));
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            problem.setWrapText(true);
            problem.getStyleClass().add("problem-link");
            problem.setOnAction(event -> goTo.accept(row, field));
            controls.problems().getChildren().add(problem);
        }
        controls.credits().getChildren().addAll(credit("track.writers", row.writers()), credit("track.producers", row.producers()),
                credit("track.featured", row.featuredArtists()));
    }

    private VBox credit(String key, ObservableList<String> names) {
        TagField tags = new TagField(new TagList(names), Messages.get(key + ".prompt"));
        tags.disableProperty().bind(Bindings.createBooleanBinding(readOnly::get, readOnly));
        tags.setId(key.replace('.', '-'));
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("field-label");
        label.setLabelFor(tags.input());
        VBox credit = new VBox(4, label, tags);
        HBox.setHgrow(credit, Priority.ALWAYS);
        credit.setPrefWidth(200);
        return credit;
    }
}
