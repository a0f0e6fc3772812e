package com.allaccessartist.ui.artists;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.TagField;
import com.allaccessartist.ui.editing.Thumbnail;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The artist editor page: layout and bindings only; see {@link ArtistEditorViewModel}. */
public final class ArtistEditorView {

    private final ArtistEditorViewModel viewModel;
    private final Runnable onClose;

    @FXML private Button back, revert, save, followName, chooseProfile, removeProfile, chooseBanner, removeBanner;
    @FXML private Label title, dirtyHint, history, nameLabel, typeLabel, slugLabel, genreLabel, formedLabel, subgenresLabel;
    @FXML private Label locationLabel, bioLabel, organizationLabel, nameError, slugError, slugStatus, genreError;
    @FXML private Label formedError, locationError, profileError, bannerError;
    @FXML private TextField name, slug, genre, locationField;
    @FXML private TextArea bio;
    @FXML private ComboBox<ArtistType> type;
    @FXML private ComboBox<OrganizationOption> organization;
    @FXML private DatePicker formed;
    @FXML private GridPane profileGrid, links;
    @FXML private VBox subgenresBox, profileImageBox, linksCard, bannerCard, settingsCard;
    @FXML private HBox activeBox;
    @FXML private CheckBox isPublic, verified, active;
    @FXML private ImageView profileImage, bannerImage;
    @FXML private FontIcon profilePlaceholder, bannerPlaceholder;
    @FXML private ProgressIndicator busy, profileBusy, bannerBusy;
    @FXML private Message error, readOnly;

    /** @param onClose Back and Esc: leaves the editor (the section asks about unsaved changes) */
    public ArtistEditorView(ArtistEditorViewModel viewModel, Runnable onClose) {
        this.viewModel = viewModel;
        this.onClose = onClose;
    }

    @FXML
    private void initialize() {
        ArtistForm form = viewModel.form();
        title.textProperty().bind(viewModel.titleProperty());
        FormFields.show(dirtyHint, viewModel.dirtyProperty());
        history.textProperty().bind(viewModel.historyProperty());
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.savingProperty()));
        back.setTooltip(new Tooltip(Messages.get("editor.back")));
        revert.disableProperty().bind(viewModel.canRevertProperty().not());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        error.descriptionProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        readOnly.descriptionProperty().bind(viewModel.profileReasonProperty());
        FormFields.show(readOnly, viewModel.profileReasonProperty().isNotEmpty());

        FormFields.text(nameLabel, name, form.nameProperty(), nameError, form.nameCheck());
        FormFields.text(slugLabel, slug, form.slugProperty(), slugError, form.slugCheck());
        FormFields.text(genreLabel, genre, form.genreProperty(), genreError, form.genreCheck());
        FormFields.text(locationLabel, locationField, form.locationProperty(), locationError, form.locationCheck());
        slugStatus.textProperty().bind(viewModel.slug().statusProperty());
        slugStatus.getStyleClass().add("field-hint");
        followName.disableProperty().bind(viewModel.slug().followingProperty());
        bioLabel.setLabelFor(bio);
        bio.textProperty().bindBidirectional(form.bioProperty());
        typeLabel.setLabelFor(type);
        type.getItems().setAll(ArtistType.values());
        type.setConverter(FormFields.converter(ArtistFilters::typeLabel, text -> null));
        type.valueProperty().bindBidirectional(form.typeProperty());
        formedLabel.setLabelFor(formed);
        formed.setConverter(FormFields.converter(ArtistForm::formatDate, form::readDate));
        formed.getEditor().textProperty().addListener((o, old, text) -> form.readDate(text));
        formed.valueProperty().bindBidirectional(form.formedDateProperty());
        FieldDecoration.show(formed, formedError, form.formedDateCheck().shownErrorProperty());
        TagField subgenres = new TagField(viewModel.subgenres(), Messages.get("artists.subgenres.prompt"));
        subgenres.setId("artistSubgenres");
        subgenres.input().setId("subgenreInput");
        subgenresLabel.setLabelFor(subgenres.input());
        subgenresBox.getChildren().setAll(subgenres);
        organizationLabel.setLabelFor(organization);
        organization.setItems(viewModel.organizationOptions());
        organization.valueProperty().bindBidirectional(form.organizationProperty());
        isPublic.selectedProperty().bindBidirectional(form.publicProperty());
        verified.selectedProperty().bindBidirectional(form.verifiedProperty());
        active.selectedProperty().bindBidirectional(form.activeProperty());
        Thumbnail.bind(viewModel.profileImage(), profileImage, profilePlaceholder, profileBusy, chooseProfile, removeProfile,
                profileError);
        Thumbnail.bind(viewModel.bannerImage(), bannerImage, bannerPlaceholder, bannerBusy, chooseBanner, removeBanner,
                bannerError);
        LinkRows.fill(links, form.links());

        FormFields.disabledWithReason(profileGrid.getParent(), profileGrid, viewModel.profileReasonProperty());
        FormFields.disabledWhile(profileImageBox, viewModel.profileReasonProperty());
        FormFields.disabledWhile(bio, viewModel.profileReasonProperty());
        FormFields.disabledWithReason(bannerCard, bannerCard.getChildren().get(2), viewModel.profileReasonProperty());
        FormFields.disabledWithReason(linksCard, links, viewModel.socialReasonProperty());
        FormFields.disabledWithReason(settingsCard, organization, viewModel.profileReasonProperty());
        FormFields.disabledWhile(isPublic, viewModel.profileReasonProperty());
        FormFields.disabledWhile(verified, viewModel.profileReasonProperty());
        FormFields.disabledWithReason(activeBox, active, viewModel.activeReasonProperty());
    }

    /** Puts the cursor in the name field (after the editor opens). */
    public void focusFirstField() {
        name.requestFocus();
    }

    @FXML private void close() { onClose.run(); }
    @FXML private void revert() { viewModel.revert(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void followName() { viewModel.slug().followName(); }
    @FXML private void chooseProfile() { viewModel.profileImage().choose(); }
    @FXML private void removeProfile() { viewModel.profileImage().clear(); }
    @FXML private void chooseBanner() { viewModel.bannerImage().choose(); }
    @FXML private void removeBanner() { viewModel.bannerImage().clear(); }
}
