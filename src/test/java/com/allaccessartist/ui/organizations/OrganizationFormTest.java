package com.allaccessartist.ui.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.service.catalog.OrganizationDraft;
import org.junit.jupiter.api.Test;

class OrganizationFormTest {

    private final OrganizationForm form = new OrganizationForm();

    private static OrganizationDraft hopper() {
        return new OrganizationDraft("Hopper Records", OrganizationType.LABEL, "Indie label", "https://hopper.example",
                null, "hello@hopper.example", "+44 20 7946 0000",
                new PostalAddress("1 Abbey Road", "London", null, "NW8 9AY", "GB"), "GB123", "07654321", true, false);
    }

    @Test
    void aNewOrganizationNeedsANameBeforeItIsValid() {
        form.fill(OrganizationForm.blank());
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.nameCheck().shownErrorProperty().get()).isEmpty();

        form.nameProperty().set("   ");
        assertThat(form.nameCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.organization.nameEmpty"));

        form.nameProperty().set("Hopper Records");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void theContactEmailIsCheckedAsAnEmailAddressAndMayBeEmpty() {
        form.fill(hopper());

        form.emailProperty().set("hello at hopper");
        assertThat(form.emailCheck().errorProperty().get()).isEqualTo(Messages.get("validation.email.shape"));
        assertThat(form.validProperty().get()).isFalse();

        form.emailProperty().set("");
        assertThat(form.emailCheck().isValid()).isTrue();
    }

    @Test
    void aPhoneNumberIsDigitsWithTheUsualSeparatorsAndAtMostTwentyCharacters() {
        form.fill(hopper());

        form.phoneProperty().set("call us");
        assertThat(form.phoneCheck().errorProperty().get()).isEqualTo(Messages.get("organizations.validation.phone"));
        form.phoneProperty().set("+44 (0)20 7946-0000 ext 12");
        assertThat(form.phoneCheck().errorProperty().get()).isEqualTo(Messages.format("editor.validation.tooLong", 20));
        form.phoneProperty().set("+1 (555) 010-9999");
        assertThat(form.phoneCheck().isValid()).isTrue();
    }

    @Test
    void theWebsiteMustBeAWebAddress() {
        form.fill(hopper());

        form.websiteProperty().set("hopper records");

        assertThat(form.websiteCheck().errorProperty().get()).isNotEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.websiteProperty().set("https://hopper.example/about");
        assertThat(form.websiteCheck().isValid()).isTrue();
    }

    @Test
    void addressLinesAndBusinessNumbersKeepToTheirColumnSizes() {
        form.fill(hopper());

        form.cityProperty().set("x".repeat(201));
        form.taxIdProperty().set("9".repeat(51));
        form.registrationProperty().set("8".repeat(101));

        assertThat(form.cityCheck().isValid()).isFalse();
        assertThat(form.taxIdCheck().errorProperty().get()).isEqualTo(Messages.format("editor.validation.tooLong", 50));
        assertThat(form.registrationCheck().errorProperty().get()).isEqualTo(Messages.format("editor.validation.tooLong", 100));
    }

    @Test
    void theCountryIsChosenByNameAndStoredAsItsIsoCode() {
        form.fill(hopper());
        assertThat(form.countryProperty().get().name()).isNotBlank();
        assertThat(form.countryProperty().get().code()).isEqualTo("GB");

        form.countryProperty().set(CountryChoice.of("de"));

        assertThat(form.toDraft().address().country()).isEqualTo("DE");
        form.countryProperty().set(CountryChoice.none());
        assertThat(form.toDraft().address().country()).isNull();
    }

    @Test
    void theDraftCarriesEveryField() {
        form.fill(hopper());

        assertThat(form.toDraft()).isEqualTo(hopper());
    }

    @Test
    void editsMakeTheFormDirtyAndFillingItAgainMakesItClean() {
        form.fill(hopper());
        assertThat(form.isDirty()).isFalse();

        form.verifiedProperty().set(true);
        form.streetProperty().set("2 Abbey Road");
        assertThat(form.isDirty()).isTrue();

        form.fill(hopper());
        assertThat(form.isDirty()).isFalse();
        assertThat(form.streetProperty().get()).isEqualTo("1 Abbey Road");
    }

    @Test
    void countriesAreListedByNameWithNoCountryFirst() {
        assertThat(CountryChoice.all().get(0).isNone()).isTrue();
        assertThat(CountryChoice.all()).hasSizeGreaterThan(240);
        assertThat(CountryChoice.of("gb").toString()).endsWith("(GB)");
        assertThat(CountryChoice.of("XX").isNone()).isTrue();
    }
}
