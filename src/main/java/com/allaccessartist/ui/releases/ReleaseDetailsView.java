package com.allaccessartist.ui.releases;

import com.allaccessartist.ui.editing.TagField;
import com.allaccessartist.ui.editing.TagList;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.ImageField;
import com.allaccessartist.ui.editing.Thumbnail;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Details tab of the release editor: the release, its dates, rights and credits. Layout and bindings only. */
public final class ReleaseDetailsView {

    private final ReleaseEditorViewModel viewModel;
    private Map<String, Control> controls;

    @FXML private VBox fields, subgenresBox, producersBox;
    @FXML private Label titleLabel, typeLabel, slugLabel, languageLabel, genreLabel, subgenresLabel, descriptionLabel;
    @FXML private Label titleError, typeError, slugError, slugHint, languageError, genreError, releaseDateLabel, releaseDateError;
    @FXML private Label originalDateLabel, originalDateError, yearLabel, yearError, holderLabel, holderError, copyrightLines;
    @FXML private Label producersLabel, coverError, highResError;
    @FXML private TextField title, slug, language, genre, copyrightYear, copyrightHolder;
    @FXML private TextArea description;
    @FXML private ComboBox<ReleaseType> type;
    @FXML private CheckBox explicit;
    @FXML private DatePicker releaseDate, originalDate;
    @FXML private ImageView coverImage, highResImage;
    @FXML private FontIcon coverPlaceholder, highResPlaceholder;
    @FXML private ProgressIndicator coverBusy, highResBusy;
    @FXML private Button chooseCover, removeCover, chooseHighRes, removeHighRes;

    public ReleaseDetailsView(ReleaseEditorViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        ReleaseForm form = viewModel.form();
        FormFields.text(titleLabel, title, form.titleProperty(), titleError, form.check("title"));
        FormFields.text(slugLabel, slug, form.slugProperty(), slugError, form.check("slug"));
        FormFields.show(slugHint, form.slugSuggestedProperty().and(viewModel.header().readOnlyProperty().not()));
        FormFields.text(languageLabel, language, form.languageProperty(), languageError, form.check("language"));
        FormFields.text(genreLabel, genre, form.genreProperty(), genreError, form.check("genre"));
        FormFields.text(yearLabel, copyrightYear, form.copyrightYearProperty(), yearError, form.check("copyrightYear"));
        FormFields.text(holderLabel, copyrightHolder, form.copyrightHolderProperty(), holderError, form.check("copyrightHolder"));
        descriptionLabel.setLabelFor(description);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        typeLabel.setLabelFor(type);
        type.getItems().setAll(ReleaseType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReleaseType value) {
                return ReleaseLabels.type(value);
            }

            @Override
            public ReleaseType fromString(String text) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(form.typeProperty());
        FieldDecoration.show(type, typeError, form.check("type").shownErrorProperty());
        explicit.selectedProperty().bindBidirectional(form.explicitProperty());
        date(releaseDateLabel, releaseDate, form.releaseDateProperty(), releaseDateError, form.check("releaseDate"));
        date(originalDateLabel, originalDate, form.originalReleaseDateProperty(), originalDateError,
                form.check("originalReleaseDate"));
        copyrightLines.textProperty().bind(viewModel.header().copyrightLinesProperty());
        FormFields.show(copyrightLines, viewModel.header().copyrightLinesProperty().isNotEmpty());

        TagField subgenres = new TagField(new TagList(form.subgenres()), Messages.get("release.subgenres.prompt"));
        subgenres.setId("releaseSubgenres");
        subgenresLabel.setLabelFor(subgenres.input());
        subgenresBox.getChildren().setAll(subgenres);
        TagField producers = new TagField(new TagList(form.producerCredits()), Messages.get("release.producerCredits.prompt"));
        producers.setId("producerCredits");
        producersLabel.setLabelFor(producers.input());
        producersBox.getChildren().setAll(producers);

        image(viewModel.cover(), coverImage, coverPlaceholder, coverBusy, chooseCover, removeCover, coverError);
        image(viewModel.coverHighRes(), highResImage, highResPlaceholder, highResBusy, chooseHighRes, removeHighRes, highResError);
        fields.disableProperty().bind(viewModel.header().readOnlyProperty());
        controls = Map.of("title", title, "slug", slug, "type", type, "language", language, "genre", genre,
                "releaseDate", releaseDate, "originalReleaseDate", originalDate, "copyrightYear", copyrightYear,
                "copyrightHolder", copyrightHolder);
    }

    private static void date(Label label, DatePicker picker, javafx.beans.property.ObjectProperty<java.time.LocalDate> value,
                             Label error, com.allaccessartist.ui.common.FieldCheck check) {
        label.setLabelFor(picker);
        picker.valueProperty().bindBidirectional(value);
        picker.setPromptText(java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                java.time.format.FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, java.util.Locale.getDefault())
                .toLowerCase(java.util.Locale.ROOT));
        picker.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                picker.setValue(picker.getConverter().fromString(picker.getEditor().getText()));
            }
        });
        FieldDecoration.show(picker, error, check.shownErrorProperty());
    }

    private void image(ImageField image, ImageView view, Node placeholder, ProgressIndicator busy, Button choose, Button remove,
                       Label error) {
        Thumbnail.bind(view, placeholder, image.thumbnailProperty());
        busy.visibleProperty().bind(image.busyProperty());
        remove.disableProperty().bind(image.hasImageProperty().not());
        remove.setTooltip(new Tooltip(Messages.get("image.remove")));
        FieldDecoration.show(choose, error, image.errorProperty());
    }

    /** Whether the field the editor names is on this tab. */
    boolean owns(String field) {
        return controls.containsKey(field);
    }

    void focus(String field) {
        controls.get(field).requestFocus();
    }

    @FXML private void chooseCover() { viewModel.cover().choose(); }
    @FXML private void removeCover() { viewModel.cover().clear(); }
    @FXML private void chooseHighRes() { viewModel.coverHighRes().choose(); }
    @FXML private void removeHighRes() { viewModel.coverHighRes().clear(); }
}
