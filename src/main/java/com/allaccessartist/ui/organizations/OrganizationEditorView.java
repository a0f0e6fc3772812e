package com.allaccessartist.ui.organizations;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Thumbnail;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The organization editor page: layout and bindings only; see {@link OrganizationEditorViewModel}. */
public final class OrganizationEditorView {

    private final OrganizationEditorViewModel viewModel;
    private final Runnable onClose;

    @FXML private BorderPane root;
    @FXML private Button back, revert, save, chooseLogo, removeLogo;
    @FXML private Label title, dirtyHint, history, logoError;
    @FXML private Label nameLabel, typeLabel, websiteLabel, descriptionLabel, emailLabel, phoneLabel, taxIdLabel;
    @FXML private Label registrationLabel, streetLabel, cityLabel, regionLabel, postalCodeLabel, countryLabel;
    @FXML private Label nameError, typeError, websiteError, emailError, phoneError, taxIdError, registrationError;
    @FXML private Label streetError, cityError, regionError, postalCodeError;
    @FXML private TextField name, website, email, phone, taxId, registration, street, city, region, postalCode;
    @FXML private TextArea description;
    @FXML private ComboBox<OrganizationType> type;
    @FXML private SearchableComboBox<CountryChoice> country;
    @FXML private CheckBox active, verified;
    @FXML private ProgressIndicator busy, logoBusy;
    @FXML private ImageView logoImage;
    @FXML private FontIcon logoPlaceholder;
    @FXML private Message error, readOnly;
    @FXML private VBox fields, membersCard;
    @FXML private TableView<MemberItem> members;
    @FXML private TableColumn<MemberItem, String> memberName, memberEmail, memberRole, memberStatus;

    /** @param onClose Back and Esc: leaves the editor (the section asks about unsaved changes) */
    public OrganizationEditorView(OrganizationEditorViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        OrganizationForm form = viewModel.form();
        title.textProperty().bind(viewModel.titleProperty());
        FormFields.show(dirtyHint, viewModel.dirtyProperty());
        history.textProperty().bind(viewModel.historyProperty());
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.savingProperty()));
        back.setTooltip(new Tooltip(Messages.get("editor.back")));
        revert.disableProperty().bind(viewModel.canRevertProperty().not());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        error.descriptionProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        readOnly.descriptionProperty().bind(viewModel.readOnlyReasonProperty());
        FormFields.show(readOnly, viewModel.readOnlyReasonProperty().isNotEmpty());
        FormFields.disabledWithReason(root, fields, viewModel.readOnlyReasonProperty());

        FormFields.text(nameLabel, name, form.nameProperty(), nameError, form.nameCheck());
        FormFields.text(websiteLabel, website, form.websiteProperty(), websiteError, form.websiteCheck());
        FormFields.text(emailLabel, email, form.emailProperty(), emailError, form.emailCheck());
        FormFields.text(phoneLabel, phone, form.phoneProperty(), phoneError, form.phoneCheck());
        FormFields.text(taxIdLabel, taxId, form.taxIdProperty(), taxIdError, form.taxIdCheck());
        FormFields.text(registrationLabel, registration, form.registrationProperty(), registrationError, form.registrationCheck());
        FormFields.text(streetLabel, street, form.streetProperty(), streetError, form.streetCheck());
        FormFields.text(cityLabel, city, form.cityProperty(), cityError, form.cityCheck());
        FormFields.text(regionLabel, region, form.regionProperty(), regionError, form.regionCheck());
        FormFields.text(postalCodeLabel, postalCode, form.postalCodeProperty(), postalCodeError, form.postalCodeCheck());
        descriptionLabel.setLabelFor(description);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        typeLabel.setLabelFor(type);
        type.getItems().setAll(viewModel.types());
        type.setConverter(FormFields.converter(viewModel::typeLabel, text -> null));
        type.valueProperty().bindBidirectional(form.typeProperty());
        FieldDecoration.show(type, typeError, form.typeCheck().shownErrorProperty());
        countryLabel.setLabelFor(country);
        country.getItems().setAll(viewModel.countries());
        country.valueProperty().bindBidirectional(form.countryProperty());
        active.selectedProperty().bindBidirectional(form.activeProperty());
        verified.selectedProperty().bindBidirectional(form.verifiedProperty());

        Thumbnail.bind(viewModel.logo(), logoImage, logoPlaceholder, logoBusy, chooseLogo, removeLogo, logoError);

        FormFields.show(membersCard, viewModel.newProperty().not());
        members.setItems(viewModel.members());
        column(memberName, MemberItem::name);
        column(memberEmail, MemberItem::email);
        column(memberRole, MemberItem::role);
        column(memberStatus, MemberItem::status);
    }

    /** Puts the cursor in the first field (after the editor opens). */
    public void focusFirstField() {
        name.requestFocus();
    }

    private static void column(TableColumn<MemberItem, String> column, Function<MemberItem, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML private void close() { onClose.run(); }
    @FXML private void revert() { viewModel.revert(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void chooseLogo() { viewModel.logo().choose(); }
    @FXML private void removeLogo() { viewModel.logo().clear(); }
}
