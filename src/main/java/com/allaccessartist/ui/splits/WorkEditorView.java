package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.editing.FormFields;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The work editor: title, ISWC, recordings, Link recording…, Unlink, publishing sheet. Layout and bindings only. */
public final class WorkEditorView {

    private final WorkEditorViewModel viewModel;
    private final Runnable onBack;

    @FXML private VBox root, chooser;
    @FXML private Button back, save, publishing, link, unlink, linkChosen;
    @FXML private HBox saveArea, publishingArea, linkArea, unlinkArea;
    @FXML private Label heading, dirtyHint, readOnly, titleLabel, titleError, iswcLabel, iswcError, error, info, chooserError;
    @FXML private TextField title, iswc, chooserSearch;
    @FXML private ProgressIndicator busy;
    @FXML private ListView<RecordingItem> recordings, candidates;

    /** @param onBack Back and Esc: leaves the editor (asking about unsaved edits) */
    public WorkEditorView(WorkEditorViewModel viewModel, Runnable onBack) {
        this.viewModel = viewModel;
        this.onBack = onBack;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(viewModel.headingProperty());
        FormFields.show(dirtyHint, viewModel.dirtyProperty());
        busy.visibleProperty().bind(viewModel.busyProperty());
        back.setTooltip(new Tooltip(Messages.get("editor.back")));
        readOnly.textProperty().bind(viewModel.readOnlyReasonProperty());
        FormFields.show(readOnly, viewModel.readOnlyReasonProperty().isNotEmpty());
        FormFields.text(titleLabel, title, viewModel.titleProperty(), titleError, viewModel.titleCheck());
        FormFields.text(iswcLabel, iswc, viewModel.iswcProperty(), iswcError, viewModel.iswcCheck());
        title.editableProperty().bind(viewModel.readOnlyReasonProperty().isEmpty());
        iswc.editableProperty().bind(viewModel.readOnlyReasonProperty().isEmpty());
        iswc.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                viewModel.commitIswc();
            }
        });
        error.textProperty().bind(viewModel.errorProperty());
        info.textProperty().bind(viewModel.infoProperty());
        FormFields.disabledWithReason(saveArea, save, viewModel.saveReasonProperty());
        FormFields.disabledWithReason(publishingArea, publishing, viewModel.publishingReasonProperty());
        FormFields.disabledWithReason(linkArea, link, viewModel.linkReasonProperty());
        FormFields.disabledWithReason(unlinkArea, unlink, viewModel.unlinkReasonProperty());

        recordings.setItems(viewModel.recordings());
        recordings.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> viewModel.selectedProperty().set(item));
        RecordingChooser choosing = viewModel.chooser();
        FormFields.show(chooser, choosing.openProperty());
        chooserSearch.textProperty().bindBidirectional(choosing.searchProperty());
        chooserError.textProperty().bind(choosing.errorProperty());
        candidates.setItems(choosing.recordings());
        linkChosen.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        candidates.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                linkChosen();
            }
        });
        candidates.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                linkChosen();
            }
        });
    }

    @FXML private void back() { onBack.run(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void publishing() { viewModel.openPublishingSheet(); }
    @FXML private void link() { viewModel.chooseRecording(); chooserSearch.requestFocus(); }
    @FXML private void unlink() { viewModel.unlinkSelected(); }
    @FXML private void linkChosen() { viewModel.link(candidates.getSelectionModel().getSelectedItem()); }
    @FXML private void cancelLink() { viewModel.cancelChoosing(); }
}
