package com.allaccessartist.ui.releases;

import com.allaccessartist.ui.editing.FormFields;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The Distribution tab of the release editor: identifiers, availability and links. Layout and bindings only. */
public final class ReleaseDistributionView {

    private final ReleaseEditorViewModel viewModel;
    private Map<String, Control> controls;

    @FXML private VBox fields;
    @FXML private Label upcLabel, upcError, catalogNumberLabel, catalogNumberError, labelNameLabel, labelNameError;
    @FXML private Label distributorLabel, distributorError, peakLabel, peakError;
    @FXML private TextField upc, catalogNumber, labelName, distributor, peak;
    @FXML private CheckBox isPublic, allowStreaming, allowDownload;
    @FXML private TableView<LinkRow> streaming, purchase;
    @FXML private Button addStreaming, addPurchase;

    public ReleaseDistributionView(ReleaseEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ReleaseForm form = viewModel.form();
        FormFields.text(upcLabel, upc, form.upcProperty(), upcError, form.check("upc"));
        FormFields.text(catalogNumberLabel, catalogNumber, form.catalogNumberProperty(), catalogNumberError,
                form.check("catalogNumber"));
        FormFields.text(labelNameLabel, labelName, form.labelNameProperty(), labelNameError, form.check("labelName"));
        FormFields.text(distributorLabel, distributor, form.distributorProperty(), distributorError, form.check("distributor"));
        FormFields.text(peakLabel, peak, form.peakChartPositionProperty(), peakError, form.check("peakChartPosition"));
        isPublic.selectedProperty().bindBidirectional(form.publicProperty());
        allowStreaming.selectedProperty().bindBidirectional(form.allowStreamingProperty());
        allowDownload.selectedProperty().bindBidirectional(form.allowDownloadProperty());
        LinksTable.install(streaming, viewModel.streamingLinks());
        LinksTable.install(purchase, viewModel.purchaseLinks());
        fields.disableProperty().bind(viewModel.header().readOnlyProperty());
        controls = Map.of("upc", upc, "catalogNumber", catalogNumber, "labelName", labelName, "distributor", distributor,
                "peakChartPosition", peak, "streamingLinks", streaming, "purchaseLinks", purchase);
    }

    /** Whether the field the editor names is on this tab. */
    boolean owns(String field) {
        return controls.containsKey(field);
    }

    void focus(String field) {
        controls.get(field).requestFocus();
    }

    @FXML private void addStreaming() { LinksTable.edit(streaming, viewModel.streamingLinks().add()); }
    @FXML private void addPurchase() { LinksTable.edit(purchase, viewModel.purchaseLinks().add()); }
}
