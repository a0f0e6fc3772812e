package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.editing.FormFields;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The release editor page: header, messages, tabs and the status panel. Layout and bindings only. */
public final class ReleaseEditorView {

    private final ReleaseEditorViewModel viewModel;
    private final Runnable onClose;
    private TrackListingView trackView;
    private ReleaseDetailsView detailsView;
    private ReleaseDistributionView distributionView;

    @FXML private Button back, revert, save, reload;
    @FXML private Label heading, statusChip, dirtyHint, subtitle, bannerText, readOnlyText, statusText, noMoves, checklistTitle;
    @FXML private Label checklistNote;
    @FXML private ProgressIndicator busy;
    @FXML private HBox banner, readOnlyNote;
    @FXML private FontIcon bannerIcon;
    @FXML private TabPane tabs;
    @FXML private Tab tracksTab, detailsTab, distributionTab;
    @FXML private FlowPane moves;
    @FXML private VBox checklist;

    /** @param onClose Back and Esc: leaves the editor (asking about unsaved edits) */
    public ReleaseEditorView(ReleaseEditorViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        trackView = new TrackListingView(viewModel);
        detailsView = new ReleaseDetailsView(viewModel);
        distributionView = new ReleaseDistributionView(viewModel);
        tracksTab.setContent(ViewLoader.load(trackView));
        detailsTab.setContent(ViewLoader.load(detailsView));
        distributionTab.setContent(ViewLoader.load(distributionView));

        heading.textProperty().bind(viewModel.header().headingProperty());
        subtitle.textProperty().bind(viewModel.header().subtitleProperty());
        FormFields.show(dirtyHint, viewModel.dirtyProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        back.setTooltip(new Tooltip(Messages.get("editor.back")));
        revert.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.busyProperty()));
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        bannerText.textProperty().bind(viewModel.banner().textProperty());
        FormFields.show(banner, viewModel.banner().kindProperty().isNotEqualTo(EditorBanner.Kind.NONE));
        FormFields.show(reload, viewModel.banner().kindProperty().isEqualTo(EditorBanner.Kind.CONFLICT));
        viewModel.banner().kindProperty().addListener((o, old, kind) -> styleBanner(kind));
        styleBanner(viewModel.banner().kindProperty().get());
        readOnlyText.textProperty().bind(viewModel.header().readOnlyReasonProperty());
        FormFields.show(readOnlyNote, viewModel.header().readOnlyReasonProperty().isNotEmpty());

        StatusPanel.bind(viewModel, new StatusPanel.Controls(statusChip, statusText, moves, noMoves, checklistTitle, checklist,
                checklistNote));
        viewModel.focusProperty().addListener((o, old, request) -> focus(request.field()));
    }

    private void styleBanner(EditorBanner.Kind kind) {
        banner.getStyleClass().removeAll("info", "error", "conflict");
        banner.getStyleClass().add(kind == EditorBanner.Kind.INFO ? "info"
                : kind == EditorBanner.Kind.CONFLICT ? "conflict" : "error");
        bannerIcon.setIconLiteral(kind == EditorBanner.Kind.INFO ? "fth-check-circle" : "fth-alert-triangle");
    }

    private void focus(String field) {
        if (field.startsWith("track")) {
            tabs.getSelectionModel().select(tracksTab);
            trackView.focus(field);
        } else if (detailsView.owns(field)) {
            tabs.getSelectionModel().select(detailsTab);
            detailsView.focus(field);
        } else if (distributionView.owns(field)) {
            tabs.getSelectionModel().select(distributionTab);
            distributionView.focus(field);
        }
    }

    /** Ctrl+N: a new track when the listing has the focus (otherwise the section makes a new release). */
    public boolean addTrackOnNew() {
        if (!trackView.hasFocus() || viewModel.header().readOnlyProperty().get()) {
            return false;
        }
        trackView.addTrack();
        return true;
    }

    /** Esc leaves the editor unless it is cancelling a cell being edited. */
    public boolean escapeLeaves(Node focusOwner) {
        for (Node node = focusOwner; node != null; node = node.getParent()) {
            if (node instanceof IndexedCell<?> cell && cell.isEditing()) {
                return false;
            }
        }
        return true;
    }

    @FXML private void close() { onClose.run(); }
    @FXML private void revert() { viewModel.revert(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void reload() { viewModel.reload(); }
    @FXML private void closeBanner() { viewModel.banner().clear(); }
}
