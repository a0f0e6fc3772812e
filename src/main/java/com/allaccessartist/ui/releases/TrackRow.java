package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.KeySignature;
import com.allaccessartist.domain.catalog.LanguageCode;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.TimeSignature;
import com.allaccessartist.domain.catalog.TrackDuration;
import com.allaccessartist.service.catalog.IdentifierOwner;
import com.allaccessartist.service.catalog.TrackDetails;
import com.allaccessartist.service.catalog.TrackDraft;
import com.allaccessartist.ui.common.FieldCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * One track of the listing being edited, as typed: every cell is text checked by the domain's
 * own rule (duration, ISRC, key, time signature, language), with the in-listing duplicate and the
 * catalogue holder of its ISRC found live, and any reason the last save gave for one of its cells.
 */
public final class TrackRow {

    /** The cells that can be wrong, by the names readiness items and save errors use. */
    public static final List<String> FIELDS = List.of("title", "duration", "isrc", "bpm", "key", "timeSignature", "language");
    static final int MAX_TITLE = 300;

    private final UUID id;
    private final Long version;
    private ReleaseReadiness.Splits splits = ReleaseReadiness.Splits.NONE;
    private final IntegerProperty disc = new SimpleIntegerProperty(this, "disc", 1);
    private final IntegerProperty number = new SimpleIntegerProperty(this, "number", 1);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty duration = new SimpleStringProperty(this, "duration", "");
    private final StringProperty isrc = new SimpleStringProperty(this, "isrc", "");
    private final StringProperty bpm = new SimpleStringProperty(this, "bpm", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty timeSignature = new SimpleStringProperty(this, "timeSignature", "");
    private final StringProperty language = new SimpleStringProperty(this, "language", "");
    private final BooleanProperty explicit = new SimpleBooleanProperty(this, "explicit");
    private final BooleanProperty instrumental = new SimpleBooleanProperty(this, "instrumental");
    private final ObservableList<String> writers = FXCollections.observableArrayList();
    private final ObservableList<String> producers = FXCollections.observableArrayList();
    private final ObservableList<String> featuredArtists = FXCollections.observableArrayList();
    private final StringProperty duplicateOf = new SimpleStringProperty(this, "duplicateOf", "");
    private final ObjectProperty<IdentifierOwner> isrcOwner = new SimpleObjectProperty<>(this, "isrcOwner");
    private final ObservableMap<String, String> saveErrors = FXCollections.observableHashMap();
    private final ObservableMap<String, String> notices = FXCollections.observableHashMap();
    private final StringProperty requiredFor = new SimpleStringProperty(this, "requiredFor", "");
    private final StringBinding position = Bindings.createStringBinding(() -> disc.get() + "-" + number.get(), disc, number);
    private final FieldCheck titleCheck;
    private final FieldCheck durationCheck;
    private final FieldCheck isrcCheck;
    private final FieldCheck bpmCheck;
    private final FieldCheck keyCheck;
    private final FieldCheck timeSignatureCheck;
    private final FieldCheck languageCheck;
    private final BooleanBinding valid;

    private TrackRow(UUID id, Long version) {
        this.id = id;
        this.version = version;
        titleCheck = check("title", title, this::titleRule);
        durationCheck = check("duration", duration, () -> required(duration, "track.required.duration",
                TextRules.optional(duration, TrackDuration::parse)), requiredFor);
        isrcCheck = check("isrc", isrc, () -> required(isrc, "track.required.isrc", this::isrcRule), duplicateOf, isrcOwner,
                requiredFor);
        bpmCheck = check("bpm", bpm, () -> TextRules.wholeNumber(bpm, 1, 299, "track.validation.bpm"));
        keyCheck = check("key", key, TextRules.optional(key, KeySignature::parse));
        timeSignatureCheck = check("timeSignature", timeSignature, TextRules.optional(timeSignature, TimeSignature::parse));
        languageCheck = check("language", language, TextRules.optional(language, LanguageCode::parse));
        valid = Bindings.createBooleanBinding(() -> checks().stream().allMatch(FieldCheck::isValid),
                checks().stream().map(FieldCheck::validProperty).toArray(BooleanBinding[]::new));
    }

    /** A new, empty track. */
    public static TrackRow blank() {
        return new TrackRow(null, null);
    }

    /** A saved track, shown the way people read it (durations as m:ss, ISRCs as CC-XXX-YY-NNNNN). */
    public static TrackRow of(TrackDetails track) {
        TrackRow row = new TrackRow(track.id(), track.version());
        row.disc.set(track.discNumber());
        row.number.set(track.trackNumber());
        row.title.set(TextRules.text(track.title()));
        row.duration.set(track.durationSeconds() == null ? "" : TrackDuration.format(track.durationSeconds()));
        row.isrc.set(track.isrc() == null ? "" : Isrc.isValid(track.isrc()) ? Isrc.parse(track.isrc()).formatted() : track.isrc());
        row.bpm.set(track.tempoBpm() == null ? "" : track.tempoBpm().toString());
        row.key.set(TextRules.text(track.keySignature()));
        row.timeSignature.set(TextRules.text(track.timeSignature()));
        row.language.set(TextRules.text(track.language()));
        row.explicit.set(track.explicit());
        row.instrumental.set(track.instrumental());
        row.writers.setAll(track.writers());
        row.producers.setAll(track.producers());
        row.featuredArtists.setAll(track.featuredArtists());
        row.splits = track.splits();
        row.checks().forEach(FieldCheck::reset);
        return row;
    }

    /** Sets the ISRC as typed; a valid one is shown in its display form CC-XXX-YY-NNNNN. */
    public void commitIsrc(String typed) {
        String value = typed == null ? "" : typed.strip();
        isrc.set(Isrc.isValid(value) ? Isrc.parse(value).formatted() : value);
    }

    /** The ISRC's stored form (12 characters), or null when blank or not valid. */
    public String normalizedIsrc() {
        return isrc.get().isBlank() || !Isrc.isValid(isrc.get()) ? null : Isrc.parse(isrc.get()).value();
    }

    /** The state of the saved recording's split sheets ({@link ReleaseReadiness.Splits#NONE} for a new track). */
    public ReleaseReadiness.Splits splits() {
        return splits;
    }

    /** The split sheets as read again from the catalogue (after a split-sheet editor closed). */
    void splits(ReleaseReadiness.Splits state) {
        splits = state == null ? ReleaseReadiness.Splits.NONE : state;
    }

    /** The duration in seconds, or null when blank or not valid. */
    public Integer durationSeconds() {
        return TextRules.parsedOrNull(duration.get(), TrackDuration::parse);
    }

    /** The track as the service takes it; only for a valid row. */
    TrackDraft toDraft() {
        Integer tempo = bpm.get().isBlank() ? null : Integer.valueOf(bpm.get().strip());
        String keyValue = TextRules.parsedOrNull(key.get(), KeySignature::parse);
        String signature = TextRules.parsedOrNull(timeSignature.get(), TimeSignature::parse);
        String languageValue = TextRules.parsedOrNull(language.get(), LanguageCode::parse);
        return new TrackDraft(id, version, disc.get(), number.get(), title.get().strip(), durationSeconds(), normalizedIsrc(),
                tempo, keyValue, signature, explicit.get(), instrumental.get(), languageValue, TextRules.clean(writers),
                TextRules.clean(producers), TextRules.clean(featuredArtists));
    }

    ReleaseReadiness.Track toReadiness() {
        return new ReleaseReadiness.Track(position.get(), title.get(), isrc.get(), durationSeconds(), splits);
    }

    /** What the person entered, normalized where valid, to tell whether anything changed. */
    List<Object> snapshot() {
        return Arrays.<Object>asList(id, disc.get(), number.get(), title.get().strip(),
                TextRules.normalizedOr(duration.get(), TrackDuration::parse),
                TextRules.normalizedOr(isrc.get(), s -> Isrc.parse(s).value()),
                bpm.get().strip(), TextRules.normalizedOr(key.get(), KeySignature::parse),
                TextRules.normalizedOr(timeSignature.get(), TimeSignature::parse),
                TextRules.normalizedOr(language.get(), LanguageCode::parse),
                explicit.get(), instrumental.get(), List.copyOf(writers), List.copyOf(producers), List.copyOf(featuredArtists));
    }

    /** The first cell that is wrong, or null. */
    String firstInvalidField() {
        List<FieldCheck> checks = checks();
        for (int i = 0; i < checks.size(); i++) {
            if (!checks.get(i).isValid()) {
                return FIELDS.get(i);
            }
        }
        return null;
    }

    /** The text of one cell, by its name in {@link #FIELDS}. */
    static StringProperty property(TrackRow row, String field) {
        return switch (field) {
            case "title" -> row.title;
            case "duration" -> row.duration;
            case "isrc" -> row.isrc;
            case "bpm" -> row.bpm;
            case "key" -> row.key;
            case "timeSignature" -> row.timeSignature;
            case "language" -> row.language;
            default -> throw new IllegalArgumentException("No track cell " + field);
        };
    }

    /** The check of one cell, by its name in {@link #FIELDS}. */
    public FieldCheck check(String field) {
        return checks().get(FIELDS.indexOf(field));
    }

    List<FieldCheck> checks() {
        return List.of(titleCheck, durationCheck, isrcCheck, bpmCheck, keyCheck, timeSignatureCheck, languageCheck);
    }

    /** Shows every cell's reason, even untouched ones (the person tried to save). */
    void revealAll() {
        checks().forEach(FieldCheck::reveal);
    }

    /** Marks a cell with the reason the service refused the save; editing the cell clears it. */
    void saveError(String field, String message) {
        saveErrors.put(FIELDS.contains(field) ? field : "title", message);
        check(FIELDS.contains(field) ? field : "title").reveal();
    }

    /**
     * Marks a cell the release still needs for the status it was just refused (an ISRC, a
     * duration), without making the listing invalid; editing the cell clears it.
     */
    void notice(String field, String message) {
        notices.put(field, message);
    }

    private FieldCheck check(String field, StringProperty value, Supplier<String> rule, javafx.beans.Observable... more) {
        value.addListener(observable -> {
            saveErrors.remove(field);
            notices.remove(field);
        });
        List<javafx.beans.Observable> dependencies = new ArrayList<>(List.of(more));
        dependencies.add(saveErrors);
        return new FieldCheck(value, () -> {
            String message = rule.get();
            if (message != null && !message.isEmpty()) {
                return message;
            }
            return saveErrors.getOrDefault(field, "");
        }, dependencies.toArray(javafx.beans.Observable[]::new));
    }

    private String titleRule() {
        String value = title.get().strip();
        if (value.isEmpty()) {
            return Messages.get("track.validation.titleEmpty");
        }
        return value.length() > MAX_TITLE ? Messages.format("track.validation.titleTooLong", MAX_TITLE) : "";
    }

    /** A status that needs the cell (scheduled, released) makes a blank one wrong. */
    private String required(StringProperty value, String key, Supplier<String> rule) {
        return value.get().isBlank() && !requiredFor.get().isEmpty() ? Messages.format(key, requiredFor.get()) : rule.get();
    }

    private String isrcRule() {
        String syntax = TextRules.optional(isrc, Isrc::parse).get();
        if (!syntax.isEmpty()) {
            return syntax;
        }
        if (!duplicateOf.get().isEmpty()) {
            return Messages.format("track.isrc.duplicate", duplicateOf.get());
        }
        IdentifierOwner owner = isrcOwner.get();
        return owner == null ? "" : ReleaseLabels.isrcTaken(normalizedIsrc(), owner);
    }

    public UUID id() { return id; }
    public IntegerProperty discProperty() { return disc; }
    public IntegerProperty numberProperty() { return number; }
    public StringBinding positionProperty() { return position; }
    public StringProperty titleProperty() { return title; }
    public StringProperty durationProperty() { return duration; }
    public StringProperty isrcProperty() { return isrc; }
    public StringProperty bpmProperty() { return bpm; }
    public StringProperty keyProperty() { return key; }
    public StringProperty timeSignatureProperty() { return timeSignature; }
    public StringProperty languageProperty() { return language; }
    public BooleanProperty explicitProperty() { return explicit; }
    public BooleanProperty instrumentalProperty() { return instrumental; }
    public ObservableList<String> writers() { return writers; }
    public ObservableList<String> producers() { return producers; }
    public ObservableList<String> featuredArtists() { return featuredArtists; }
    public StringProperty duplicateOfProperty() { return duplicateOf; }
    /** The status (as shown) that needs every track's ISRC and duration, empty while none does. */
    StringProperty requiredForProperty() { return requiredFor; }
    /** Cells the release still needs for the status it was refused, by cell name. */
    public ObservableMap<String, String> notices() { return notices; }
    public ObjectProperty<IdentifierOwner> isrcOwnerProperty() { return isrcOwner; }
    public BooleanBinding validProperty() { return valid; }
    public boolean isValid() { return valid.get(); }
}
