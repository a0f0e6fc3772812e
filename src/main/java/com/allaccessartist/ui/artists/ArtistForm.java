package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FormChecks;
import com.allaccessartist.ui.editing.DirtyTracker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fields of the artist being edited (every column of {@code artists}), one check per field,
 * and whether they differ from what was loaded. The slug's shape is checked here
 * ({@link Slug#parse}); whether it is free comes from the live check ({@link #slugProblemProperty()}).
 */
public final class ArtistForm {

    static final LinkPlatform[] LINKS = {LinkPlatform.WEBSITE, LinkPlatform.SPOTIFY, LinkPlatform.APPLE_MUSIC,
        LinkPlatform.YOUTUBE, LinkPlatform.INSTAGRAM, LinkPlatform.TIKTOK, LinkPlatform.TWITTER};

    private final Clock clock;
    private final StringProperty name = text("name");
    private final StringProperty slug = text("slug");
    private final StringProperty slugProblem = text("slugProblem");
    private final ObjectProperty<ArtistType> type = new SimpleObjectProperty<>(this, "type", ArtistType.INDIVIDUAL);
    private final StringProperty bio = text("bio");
    private final StringProperty genre = text("genre");
    private final ObservableList<String> subgenres = FXCollections.observableArrayList();
    private final StringProperty location = text("location");
    private final ObjectProperty<LocalDate> formedDate = new SimpleObjectProperty<>(this, "formedDate");
    private final StringProperty unreadableDate = text("unreadableDate");
    private final StringProperty profileImage = new SimpleStringProperty(this, "profileImage");
    private final StringProperty bannerImage = new SimpleStringProperty(this, "bannerImage");
    private final Map<LinkPlatform, LinkField> links = new LinkedHashMap<>();
    private final ObjectProperty<OrganizationOption> organization =
            new SimpleObjectProperty<>(this, "organization", OrganizationOption.independent());
    private final BooleanProperty isPublic = new SimpleBooleanProperty(this, "isPublic", true);
    private final BooleanProperty verified = new SimpleBooleanProperty(this, "verified");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final FieldCheck nameCheck;
    private final FieldCheck slugCheck;
    private final FieldCheck genreCheck;
    private final FieldCheck locationCheck;
    private final FieldCheck formedDateCheck;
    private final FormChecks checks;
    private final DirtyTracker<List<Object>> dirty;

    public ArtistForm(Clock clock) {
        this.clock = clock;
        for (LinkPlatform platform : LINKS) {
            links.put(platform, new LinkField(platform));
        }
        nameCheck = new FieldCheck(name, FieldCheck.throwing(() -> {
            if (name.get().isBlank()) {
                throw new AppException("artists.validation.nameEmpty");
            }
            maxLength(name.get(), ArtistService.MAX_NAME);
        }));
        slugCheck = new FieldCheck(slug, () -> {
            String shape = FieldCheck.throwing(() -> Slug.parse(slug.get())).get();
            return shape.isEmpty() ? slugProblem.get() : shape;
        }, slugProblem);
        genreCheck = new FieldCheck(genre, FieldCheck.throwing(() -> maxLength(genre.get(), ArtistService.MAX_GENRE)));
        locationCheck = new FieldCheck(location, FieldCheck.throwing(() -> maxLength(location.get(), ArtistService.MAX_LOCATION)));
        formedDateCheck = new FieldCheck(formedDate, FieldCheck.throwing(this::checkFormedDate), unreadableDate);
        unreadableDate.addListener(observable -> formedDateCheck.reveal());
        List<FieldCheck> all = new ArrayList<>(List.of(nameCheck, slugCheck, genreCheck, locationCheck, formedDateCheck));
        links.values().forEach(link -> all.add(link.check()));
        checks = new FormChecks(all.toArray(FieldCheck[]::new));
        List<Observable> fields = new ArrayList<>(List.of(name, slug, type, bio, genre, subgenres, location, formedDate,
                profileImage, bannerImage, organization, isPublic, verified, active));
        links.values().forEach(link -> fields.add(link.textProperty()));
        dirty = new DirtyTracker<>(this::values, fields.toArray(Observable[]::new));
    }

    private StringProperty text(String property) {
        return new SimpleStringProperty(this, property, "");
    }

    private void checkFormedDate() {
        if (!unreadableDate.get().isEmpty()) {
            throw new AppException("artists.validation.formedDate.unreadable", unreadableDate.get());
        }
        if (formedDate.get() != null && formedDate.get().isAfter(LocalDate.now(clock))) {
            throw new AppException("artists.validation.formedDate.future");
        }
    }

    /**
     * Reads what is typed in the date field (YYYY-MM-DD): a date, or null for nothing. Text that
     * is not a date keeps the previous date and is reported by the formed-date check.
     */
    public LocalDate readDate(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            unreadableDate.set("");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed, DateTimeFormatter.ISO_LOCAL_DATE);
            unreadableDate.set("");
            return date;
        } catch (DateTimeParseException e) {
            unreadableDate.set(typed);
            return formedDate.get();
        }
    }

    /** The text the date field shows for {@code date}. */
    public static String formatDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    static void maxLength(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new AppException("editor.validation.tooLong", max);
        }
    }

    private List<Object> values() {
        List<Object> values = new ArrayList<>(Arrays.asList(name.get(), slug.get(), type.get(), bio.get(), genre.get(),
                List.copyOf(subgenres), location.get(), formedDate.get(), blankToNull(profileImage.get()),
                blankToNull(bannerImage.get()), organization.get() == null ? null : organization.get().id(), isPublic.get(),
                verified.get(), active.get()));
        links.values().forEach(link -> values.add(link.value()));
        return values;
    }

    /** Shows {@code draft} (with its organization) and takes it as the saved state. */
    public void fill(ArtistDraft draft, OrganizationOption org) {
        name.set(orEmpty(draft.name()));
        slug.set(orEmpty(draft.slug()));
        slugProblem.set("");
        type.set(draft.type() == null ? ArtistType.INDIVIDUAL : draft.type());
        bio.set(orEmpty(draft.bio()));
        genre.set(orEmpty(draft.genre()));
        subgenres.setAll(draft.subgenres());
        location.set(orEmpty(draft.location()));
        formedDate.set(draft.formedDate());
        unreadableDate.set("");
        profileImage.set(blankToNull(draft.profileImageUrl()));
        bannerImage.set(blankToNull(draft.bannerImageUrl()));
        link(LinkPlatform.WEBSITE).set(draft.websiteUrl());
        link(LinkPlatform.SPOTIFY).set(draft.spotifyUrl());
        link(LinkPlatform.APPLE_MUSIC).set(draft.appleMusicUrl());
        link(LinkPlatform.YOUTUBE).set(draft.youtubeUrl());
        link(LinkPlatform.INSTAGRAM).set(draft.instagramUrl());
        link(LinkPlatform.TIKTOK).set(draft.tiktokUrl());
        link(LinkPlatform.TWITTER).set(draft.twitterUrl());
        organization.set(org);
        isPublic.set(draft.isPublic());
        verified.set(draft.verified());
        active.set(draft.active());
        checks.resetAll();
        dirty.markClean();
    }

    /** A new artist: an individual, independent, public, active. */
    public static ArtistDraft blank() {
        return new ArtistDraft("", "", ArtistType.INDIVIDUAL, null, null, List.of(), null, null, null, null, null, null,
                null, null, null, null, null, null, true, false, true);
    }

    /** The fields as a draft; call only while {@link #validProperty()} holds. */
    public ArtistDraft toDraft() {
        UUID org = organization.get() == null ? null : organization.get().id();
        return new ArtistDraft(name.get().strip(), slug.get().strip(), type.get(), blankToNull(bio.get()),
                blankToNull(genre.get()), List.copyOf(subgenres), blankToNull(location.get()), formedDate.get(),
                blankToNull(profileImage.get()), blankToNull(bannerImage.get()), link(LinkPlatform.WEBSITE).value(),
                link(LinkPlatform.SPOTIFY).value(), link(LinkPlatform.APPLE_MUSIC).value(),
                link(LinkPlatform.YOUTUBE).value(), link(LinkPlatform.INSTAGRAM).value(),
                link(LinkPlatform.TIKTOK).value(), link(LinkPlatform.TWITTER).value(), org, isPublic.get(),
                verified.get(), active.get());
    }

    public void markClean() {
        dirty.markClean();
    }

    public void revealAll() {
        checks.revealAll();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public LinkField link(LinkPlatform platform) { return links.get(platform); }
    public List<LinkField> links() { return List.copyOf(links.values()); }
    public BooleanBinding validProperty() { return checks.validProperty(); }
    public BooleanBinding dirtyProperty() { return dirty.dirtyProperty(); }
    public boolean isDirty() { return dirty.isDirty(); }
    public StringProperty nameProperty() { return name; }
    public StringProperty slugProperty() { return slug; }
    /** Why the slug cannot be used although its shape is right (taken), from the live check; empty if free. */
    public StringProperty slugProblemProperty() { return slugProblem; }
    public ObjectProperty<ArtistType> typeProperty() { return type; }
    public StringProperty bioProperty() { return bio; }
    public StringProperty genreProperty() { return genre; }
    public ObservableList<String> subgenres() { return subgenres; }
    public StringProperty locationProperty() { return location; }
    public ObjectProperty<LocalDate> formedDateProperty() { return formedDate; }
    /** What was typed in the date field when it is not a date; empty otherwise. */
    public StringProperty unreadableDateProperty() { return unreadableDate; }
    public StringProperty profileImageProperty() { return profileImage; }
    public StringProperty bannerImageProperty() { return bannerImage; }
    public ObjectProperty<OrganizationOption> organizationProperty() { return organization; }
    public BooleanProperty publicProperty() { return isPublic; }
    public BooleanProperty verifiedProperty() { return verified; }
    public BooleanProperty activeProperty() { return active; }
    public FieldCheck nameCheck() { return nameCheck; }
    public FieldCheck slugCheck() { return slugCheck; }
    public FieldCheck genreCheck() { return genreCheck; }
    public FieldCheck locationCheck() { return locationCheck; }
    public FieldCheck formedDateCheck() { return formedDateCheck; }
}
