package com.allaccessartist.ui.organizations;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.PlatformUrl;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.catalog.OrganizationDraft;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FormChecks;
import com.allaccessartist.ui.editing.DirtyTracker;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the organization being edited, one check per field (the domain's own rules:
 * {@link EmailAddress}, {@link PlatformUrl}, {@link PostalAddress}; the column sizes of
 * {@code organizations} for the rest), and whether they differ from what was loaded.
 */
public final class OrganizationForm {

    static final int MAX_URL = 500;
    /** The service's phone shape: an optional +, then digits, spaces and ( ) . / - (at least five digits). */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,19}$");
    private static final int MIN_PHONE_DIGITS = 5;

    private final StringProperty name = text("name");
    private final ObjectProperty<OrganizationType> type = new SimpleObjectProperty<>(this, "type", OrganizationType.LABEL);
    private final StringProperty description = text("description");
    private final StringProperty website = text("website");
    private final StringProperty logo = new SimpleStringProperty(this, "logo");
    private final StringProperty email = text("email");
    private final StringProperty phone = text("phone");
    private final StringProperty street = text("street");
    private final StringProperty city = text("city");
    private final StringProperty region = text("region");
    private final StringProperty postalCode = text("postalCode");
    private final ObjectProperty<CountryChoice> country = new SimpleObjectProperty<>(this, "country", CountryChoice.none());
    private final StringProperty taxId = text("taxId");
    private final StringProperty registration = text("registration");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final BooleanProperty verified = new SimpleBooleanProperty(this, "verified");

    private final FieldCheck nameCheck = new FieldCheck(name, FieldCheck.throwing(
            () -> LocalAccountService.checkOrganizationName(name.get())));
    private final FieldCheck typeCheck = new FieldCheck(type, FieldCheck.throwing(() -> {
        if (type.get() == null) {
            throw new AppException("validation.organization.type");
        }
    }));
    private final FieldCheck websiteCheck = new FieldCheck(website, FieldCheck.throwing(() -> {
        if (!website.get().isBlank()) {
            maxLength(website.get(), MAX_URL);
            PlatformUrl.checkArtistLink(LinkPlatform.WEBSITE, website.get());
        }
    }));
    private final FieldCheck emailCheck = new FieldCheck(email, FieldCheck.throwing(() -> {
        if (!email.get().isBlank()) {
            EmailAddress.parse(email.get());
        }
    }));
    private final FieldCheck phoneCheck = new FieldCheck(phone, FieldCheck.throwing(() -> checkPhone(phone.get())));
    private final FieldCheck streetCheck = addressPart(street);
    private final FieldCheck cityCheck = addressPart(city);
    private final FieldCheck regionCheck = addressPart(region);
    private final FieldCheck postalCodeCheck = addressPart(postalCode);
    private final FieldCheck taxIdCheck = new FieldCheck(taxId, FieldCheck.throwing(() -> maxLength(taxId.get(), OrganizationService.MAX_TAX_ID)));
    private final FieldCheck registrationCheck = new FieldCheck(registration,
            FieldCheck.throwing(() -> maxLength(registration.get(), OrganizationService.MAX_REGISTRATION)));
    private final FormChecks checks = new FormChecks(nameCheck, typeCheck, websiteCheck, emailCheck, phoneCheck,
            streetCheck, cityCheck, regionCheck, postalCodeCheck, taxIdCheck, registrationCheck);
    private final DirtyTracker<List<Object>> dirty = new DirtyTracker<>(this::values, name, type, description, website,
            logo, email, phone, street, city, region, postalCode, country, taxId, registration, active, verified);

    private StringProperty text(String property) {
        return new SimpleStringProperty(this, property, "");
    }

    private static FieldCheck addressPart(StringProperty part) {
        return new FieldCheck(part, FieldCheck.throwing(() -> new PostalAddress(part.get(), null, null, null, null)));
    }

    static void checkPhone(String value) {
        String phone = value == null ? "" : value.strip();
        if (phone.isEmpty()) {
            return;
        }
        if (phone.length() > OrganizationService.MAX_PHONE) {
            throw new AppException("editor.validation.tooLong", OrganizationService.MAX_PHONE);
        }
        if (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < MIN_PHONE_DIGITS) {
            throw new AppException("organizations.validation.phone");
        }
    }

    static void maxLength(String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new AppException("editor.validation.tooLong", max);
        }
    }

    private List<Object> values() {
        return Arrays.asList(name.get(), type.get(), description.get(), website.get(), blankToNull(logo.get()), email.get(),
                phone.get(), street.get(), city.get(), region.get(), postalCode.get(), country.get(), taxId.get(),
                registration.get(), active.get(), verified.get());
    }

    /** Shows {@code draft} and takes it as the saved state. */
    public void fill(OrganizationDraft draft) {
        name.set(orEmpty(draft.name()));
        type.set(draft.type());
        description.set(orEmpty(draft.description()));
        website.set(orEmpty(draft.websiteUrl()));
        logo.set(blankToNull(draft.logoUrl()));
        email.set(orEmpty(draft.contactEmail()));
        phone.set(orEmpty(draft.contactPhone()));
        PostalAddress address = draft.address() == null ? PostalAddress.EMPTY : draft.address();
        street.set(orEmpty(address.street()));
        city.set(orEmpty(address.city()));
        region.set(orEmpty(address.region()));
        postalCode.set(orEmpty(address.postalCode()));
        country.set(CountryChoice.of(address.country()));
        taxId.set(orEmpty(draft.taxId()));
        registration.set(orEmpty(draft.businessRegistration()));
        active.set(draft.active());
        verified.set(draft.verified());
        checks.resetAll();
        dirty.markClean();
    }

    /** An empty organization (a record label, active, not verified). */
    public static OrganizationDraft blank() {
        return new OrganizationDraft("", OrganizationType.LABEL, null, null, null, null, null, PostalAddress.EMPTY, null,
                null, true, false);
    }

    /** The fields as a draft; call only while {@link #validProperty()} holds. */
    public OrganizationDraft toDraft() {
        CountryChoice chosen = country.get() == null ? CountryChoice.none() : country.get();
        return new OrganizationDraft(name.get(), type.get(), description.get(), website.get(), blankToNull(logo.get()),
                email.get(), phone.get(), new PostalAddress(street.get(), city.get(), region.get(), postalCode.get(),
                chosen.codeOrNull()), taxId.get(), registration.get(), active.get(), verified.get());
    }

    /** The form now matches what is saved. */
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
        return value == null || value.isBlank() ? null : value;
    }

    public BooleanBinding validProperty() { return checks.validProperty(); }
    public BooleanBinding dirtyProperty() { return dirty.dirtyProperty(); }
    public boolean isDirty() { return dirty.isDirty(); }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<OrganizationType> typeProperty() { return type; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty websiteProperty() { return website; }
    public StringProperty logoProperty() { return logo; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty streetProperty() { return street; }
    public StringProperty cityProperty() { return city; }
    public StringProperty regionProperty() { return region; }
    public StringProperty postalCodeProperty() { return postalCode; }
    public ObjectProperty<CountryChoice> countryProperty() { return country; }
    public StringProperty taxIdProperty() { return taxId; }
    public StringProperty registrationProperty() { return registration; }
    public BooleanProperty activeProperty() { return active; }
    public BooleanProperty verifiedProperty() { return verified; }
    public FieldCheck nameCheck() { return nameCheck; }
    public FieldCheck typeCheck() { return typeCheck; }
    public FieldCheck websiteCheck() { return websiteCheck; }
    public FieldCheck emailCheck() { return emailCheck; }
    public FieldCheck phoneCheck() { return phoneCheck; }
    public FieldCheck streetCheck() { return streetCheck; }
    public FieldCheck cityCheck() { return cityCheck; }
    public FieldCheck regionCheck() { return regionCheck; }
    public FieldCheck postalCodeCheck() { return postalCodeCheck; }
    public FieldCheck taxIdCheck() { return taxIdCheck; }
    public FieldCheck registrationCheck() { return registrationCheck; }
}
