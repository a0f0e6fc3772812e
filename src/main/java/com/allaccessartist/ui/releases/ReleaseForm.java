package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LanguageCode;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.service.catalog.IdentifierOwner;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The release's own fields as the person types them, each checked by the domain's rule as it
 * changes: the slug suggested from the title until the person edits it and, live, the artist's
 * release already using it; the UPC/EAN with its
 * check digit and, live, the release already holding it; the catalogue number, unique per label.
 */
public final class ReleaseForm {

    /** Looks up the release holding a value (slug, UPC or catalogue number). */
    @FunctionalInterface
    interface OwnerLookup {
        Optional<IdentifierOwner> owner(String value);
    }

    private final TaskExecutor executor;
    private final StringProperty title = text("title");
    private final StringProperty slug = text("slug");
    private final ObjectProperty<ReleaseType> type = new SimpleObjectProperty<>(this, "type", ReleaseType.ALBUM);
    private final StringProperty description = text("description");
    private final StringProperty genre = text("genre");
    private final ObservableList<String> subgenres = FXCollections.observableArrayList();
    private final StringProperty language = text("language");
    private final BooleanProperty explicit = new SimpleBooleanProperty(this, "explicit");
    private final ObjectProperty<LocalDate> releaseDate = new SimpleObjectProperty<>(this, "releaseDate");
    private final ObjectProperty<LocalDate> originalReleaseDate = new SimpleObjectProperty<>(this, "originalReleaseDate");
    private final StringProperty upc = text("upc");
    private final StringProperty catalogNumber = text("catalogNumber");
    private final StringProperty labelName = text("labelName");
    private final StringProperty distributor = text("distributor");
    private final StringProperty peakChartPosition = text("peakChartPosition");
    private final StringProperty copyrightYear = text("copyrightYear");
    private final StringProperty copyrightHolder = text("copyrightHolder");
    private final StringProperty coverArt = new SimpleStringProperty(this, "coverArt");
    private final StringProperty coverArtHighRes = new SimpleStringProperty(this, "coverArtHighRes");
    private final ObservableList<String> producerCredits = FXCollections.observableArrayList();
    private final BooleanProperty isPublic = new SimpleBooleanProperty(this, "public");
    private final BooleanProperty allowStreaming = new SimpleBooleanProperty(this, "allowStreaming", true);
    private final BooleanProperty allowDownload = new SimpleBooleanProperty(this, "allowDownload");
    private final ObjectProperty<IdentifierOwner> slugOwner = new SimpleObjectProperty<>(this, "slugOwner");
    private final ObjectProperty<IdentifierOwner> upcOwner = new SimpleObjectProperty<>(this, "upcOwner");
    private final ObjectProperty<IdentifierOwner> catalogNumberOwner = new SimpleObjectProperty<>(this, "catalogNumberOwner");
    private final ReadOnlyBooleanWrapper slugSuggested = new ReadOnlyBooleanWrapper(this, "slugSuggested", true);
    private final ObservableMap<String, String> saveErrors = FXCollections.observableHashMap();
    private final Map<String, FieldCheck> checks = new LinkedHashMap<>();
    private boolean suggesting;

    ReleaseForm(TaskExecutor executor, OwnerLookup slugLookup, OwnerLookup upcLookup, OwnerLookup catalogNumberLookup) {
        this.executor = executor;
        check("title", title, () -> TextRules.length(title, 300, "release.validation.titleEmpty",
                "release.validation.titleTooLong"));
        check("slug", slug, () -> owned(FieldCheck.throwing(() -> Slug.parse(slug.get())), slugOwner,
                owner -> ReleaseLabels.slugTaken(slug.get().strip(), owner)), slugOwner);
        check("type", type, () -> type.get() == null ? Messages.get("release.validation.type") : "");
        check("genre", genre, () -> TextRules.length(genre, 100, null, "release.validation.genreTooLong"));
        check("language", language, TextRules.optional(language, LanguageCode::parse));
        check("releaseDate", releaseDate, () -> "");
        check("originalReleaseDate", originalReleaseDate, () -> originalReleaseDate.get() != null && releaseDate.get() != null
                && originalReleaseDate.get().isAfter(releaseDate.get()) ? Messages.get("release.validation.originalAfter") : "",
                releaseDate);
        check("upc", upc, () -> owned(TextRules.optional(upc, Upc::parse), upcOwner,
                owner -> ReleaseLabels.upcTaken(Upc.parse(upc.get()).value(), owner)), upcOwner);
        check("catalogNumber", catalogNumber, () -> owned(() -> TextRules.length(catalogNumber, 50, null,
                "release.validation.catalogNumberTooLong"), catalogNumberOwner,
                owner -> ReleaseLabels.catalogNumberTaken(catalogNumber.get().strip(), owner)), catalogNumberOwner);
        check("labelName", labelName, () -> TextRules.length(labelName, 200, null, "release.validation.labelNameTooLong"));
        check("distributor", distributor, () -> TextRules.length(distributor, 200, null, "release.validation.distributorTooLong"));
        check("peakChartPosition", peakChartPosition, () -> TextRules.wholeNumber(peakChartPosition, 1, Integer.MAX_VALUE,
                "release.validation.peak"));
        check("copyrightYear", copyrightYear, () -> TextRules.wholeNumber(copyrightYear, 1877, 2999,
                "release.validation.copyrightYear"));
        check("copyrightHolder", copyrightHolder, () -> TextRules.length(copyrightHolder, 200, null,
                "release.validation.holderTooLong"));
        title.addListener((observable, old, value) -> {
            if (slugSuggested.get()) {
                suggesting = true;
                slug.set(Slug.slugify(value, 300));
                suggesting = false;
            }
        });
        slug.addListener(observable -> slugSuggested.set(slugSuggested.get() && suggesting));
        slug.addListener(observable -> lookUp(slug, text -> Slug.isValid(text) ? Slug.parse(text).value() : null, slugLookup,
                slugOwner));
        upc.addListener(observable -> lookUp(upc, text -> Upc.isValid(text) ? Upc.parse(text).value() : null, upcLookup, upcOwner));
        catalogNumber.addListener(observable -> lookUp(catalogNumber, text -> text.isBlank() ? null : text.strip(),
                catalogNumberLookup, catalogNumberOwner));
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    private void check(String field, Observable value, Supplier<String> rule, Observable... alsoDependsOn) {
        value.addListener(observable -> saveErrors.remove(field));
        Observable[] dependencies = java.util.stream.Stream.concat(java.util.Arrays.stream(alsoDependsOn),
                java.util.stream.Stream.of(saveErrors)).toArray(Observable[]::new);
        checks.put(field, new FieldCheck(value, () -> {
            String message = rule.get();
            return message != null && !message.isEmpty() ? message : saveErrors.getOrDefault(field, "");
        }, dependencies));
    }

    /** Asks who holds the value as typed; an answer for a value since changed is dropped. */
    private void lookUp(StringProperty field, Function<String, String> normalize, OwnerLookup lookup,
                        ObjectProperty<IdentifierOwner> owner) {
        owner.set(null);
        String value = normalize.apply(field.get());
        if (value == null) {
            return;
        }
        String typed = field.get();
        executor.submit(BackgroundTask.of(context -> lookup.owner(value))
                .onSuccess(found -> {
                    if (typed.equals(field.get())) {
                        owner.set(found.orElse(null));
                    }
                }));
    }

    private static String owned(Supplier<String> syntax, ObjectProperty<IdentifierOwner> owner,
                                Function<IdentifierOwner, String> message) {
        String problem = syntax.get();
        if (!problem.isEmpty()) {
            return problem;
        }
        return owner.get() == null ? "" : message.apply(owner.get());
    }

    /** Starts suggesting the slug from the title again (a new release) or keeps the slug (a saved one). */
    void suggestSlug(boolean suggest) {
        slugSuggested.set(suggest);
    }

    /** Marks a field with the reason the service refused the save; editing the field clears it. */
    void saveError(String field, String message) {
        if (checks.containsKey(field)) {
            saveErrors.put(field, message);
            checks.get(field).reveal();
        }
    }

    boolean isValid() {
        return checks.values().stream().allMatch(FieldCheck::isValid);
    }

    /** The first field that is wrong, or null. */
    String firstInvalidField() {
        return checks.entrySet().stream().filter(e -> !e.getValue().isValid()).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    void revealAll() {
        checks.values().forEach(FieldCheck::reveal);
    }

    void resetChecks() {
        saveErrors.clear();
        checks.values().forEach(FieldCheck::reset);
    }

    /** Every field's check, for the View to decorate the field; by the field names of {@link #check(String)}. */
    public FieldCheck check(String field) {
        return checks.get(field);
    }

    /** Every value of the form, to follow its changes. */
    List<Observable> observables() {
        return List.of(title, slug, type, description, genre, subgenres, language, explicit, releaseDate, originalReleaseDate,
                upc, catalogNumber, labelName, distributor, peakChartPosition, copyrightYear, copyrightHolder, producerCredits,
                isPublic, allowStreaming, allowDownload, coverArt, coverArtHighRes);
    }

    List<FieldCheck> allChecks() {
        return List.copyOf(checks.values());
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty slugProperty() { return slug; }
    public ReadOnlyBooleanProperty slugSuggestedProperty() { return slugSuggested.getReadOnlyProperty(); }
    public ObjectProperty<ReleaseType> typeProperty() { return type; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty genreProperty() { return genre; }
    public ObservableList<String> subgenres() { return subgenres; }
    public StringProperty languageProperty() { return language; }
    public BooleanProperty explicitProperty() { return explicit; }
    public ObjectProperty<LocalDate> releaseDateProperty() { return releaseDate; }
    public ObjectProperty<LocalDate> originalReleaseDateProperty() { return originalReleaseDate; }
    public StringProperty upcProperty() { return upc; }
    public StringProperty catalogNumberProperty() { return catalogNumber; }
    public StringProperty labelNameProperty() { return labelName; }
    public StringProperty distributorProperty() { return distributor; }
    public StringProperty peakChartPositionProperty() { return peakChartPosition; }
    public StringProperty copyrightYearProperty() { return copyrightYear; }
    public StringProperty copyrightHolderProperty() { return copyrightHolder; }
    public ObservableList<String> producerCredits() { return producerCredits; }
    /** The cover art's reference ({@code media:<id>}), null for none. */
    public StringProperty coverArtProperty() { return coverArt; }
    public StringProperty coverArtHighResProperty() { return coverArtHighRes; }
    public BooleanProperty publicProperty() { return isPublic; }
    public BooleanProperty allowStreamingProperty() { return allowStreaming; }
    public BooleanProperty allowDownloadProperty() { return allowDownload; }
    ObjectProperty<IdentifierOwner> upcOwnerProperty() { return upcOwner; }
}
