package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseWorkflow;
import com.allaccessartist.ui.editing.FormFields;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor's status panel: the status (as a chip in the header and a line in the panel), a
 * button per move open to the person (forward moves stand out, moves back are quiet), and the
 * readiness checklist, each unmet rule a link to its field.
 */
final class StatusPanel {

    /** The controls of the panel, from the editor's FXML. */
    record Controls(Label chip, Label statusText, FlowPane moves, Label noMoves, Label checklistTitle, VBox checklist,
                    Label checklistNote) {
    }

    private final ReleaseEditorViewModel viewModel;
    private final Controls controls;

    private StatusPanel(ReleaseEditorViewModel viewModel, Controls controls) {
        this.viewModel = viewModel;
        this.controls = controls;
    }

    static void bind(ReleaseEditorViewModel viewModel, Controls controls) {
        StatusPanel panel = new StatusPanel(viewModel, controls);
        ReleaseHeader header = viewModel.header();
        header.statusProperty().addListener((o, old, status) -> panel.showStatus(status));
        panel.showStatus(header.statusProperty().get());
        header.moves().addListener((ListChangeListener<ReleaseStatus>) change -> panel.showMoves());
        panel.showMoves();
        FormFields.show(controls.noMoves(), Bindings.isEmpty(header.moves()));
        viewModel.readiness().lines().addListener((ListChangeListener<ReadinessLine>) change -> panel.showChecklist());
        viewModel.readiness().targetProperty().addListener((o, old, target) -> panel.showChecklist());
        panel.showChecklist();
    }

    private void showStatus(ReleaseStatus status) {
        controls.chip().setText(ReleaseLabels.status(status));
        controls.chip().getStyleClass().removeIf(style -> style.startsWith("status-"));
        controls.chip().getStyleClass().add("status-" + status.dbValue());
        controls.statusText().setText(Messages.format("release.status.current", ReleaseLabels.status(status)));
    }

    private void showMoves() {
        ReleaseStatus from = viewModel.header().statusProperty().get();
        controls.moves().getChildren().setAll(viewModel.header().moves().stream().map(target -> {
            Button move = new Button(ReleaseLabels.move(from, target));
            move.setId("move-" + target.dbValue());
            boolean back = ReleaseWorkflow.isMoveBack(from, target);
            boolean archive = target == ReleaseStatus.ARCHIVED;
            move.getStyleClass().addAll("small", back ? "flat" : archive ? "button-outlined" : "accent");
            move.setGraphic(new FontIcon(back ? "fth-corner-up-left" : archive ? "fth-archive" : "fth-arrow-right-circle"));
            move.disableProperty().bind(viewModel.busyProperty());
            move.setOnAction(event -> viewModel.move(target));
            return (Node) move;
        }).toList());
    }

    private void showChecklist() {
        ReleaseStatus target = viewModel.readiness().targetProperty().get();
        controls.checklistTitle().setText(target == null ? "" : Messages.format("readiness.title", ReleaseLabels.status(target)));
        controls.checklistNote().setVisible(target != null);
        controls.checklist().getChildren().setAll(viewModel.readiness().lines().stream().map(this::line).toList());
    }

    private Node line(ReadinessLine line) {
        FontIcon icon = new FontIcon(line.met() ? "fth-check-circle" : "fth-x-circle");
        icon.getStyleClass().add(line.met() ? "readiness-met" : "readiness-unmet");
        Labeled text;
        if (line.met()) {
            text = new Label(line.text());
        } else {
            Hyperlink link = new Hyperlink(line.text());
            link.setOnAction(event -> viewModel.goTo(line));
            link.setTooltip(new Tooltip(Messages.get("readiness.goTo")));
            text = link;
        }
        text.setWrapText(true);
        VBox content = new VBox(1, text);
        if (!line.detail().isEmpty()) {
            Label detail = new Label(line.detail());
            detail.getStyleClass().add("field-hint");
            detail.setWrapText(true);
            content.getChildren().add(detail);
        }
        HBox row = new HBox(8, icon, content);
        row.getStyleClass().add("readiness-line");
        row.setId("readiness-" + line.field().replace(':', '-'));
        return row;
    }
}
