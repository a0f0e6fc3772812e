package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.service.catalog.ArtistDraft;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArtistFormTest {

    private static final String SPOTIFY_ARTIST = "https://open.spotify.com/artist/0OdUWJ0sBjDrqHygGUXeCF";

    private final ArtistForm form = new ArtistForm(Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC));

    private void loadSigurRos() {
        form.fill(ArtistFixtures.details(java.util.UUID.randomUUID(), "Sigur Rós", 1, ArtistFixtures.EVERYTHING).toDraft(),
                new OrganizationOption(ArtistFixtures.LABEL, "Hopper Records"));
    }

    @Test
    void anArtistNeedsANameOfAtMostTwoHundredCharacters() {
        form.fill(ArtistForm.blank(), OrganizationOption.independent());
        form.nameProperty().set(" ");
        assertThat(form.nameCheck().shownErrorProperty().get()).isEqualTo(Messages.get("artists.validation.nameEmpty"));

        form.nameProperty().set("x".repeat(201));
        assertThat(form.nameCheck().errorProperty().get()).isEqualTo(Messages.format("editor.validation.tooLong", 200));
    }

    @Test
    void theSlugMustHaveTheShapeOfASlugAndBeFree() {
        loadSigurRos();

        form.slugProperty().set("Sigur Rós");
        assertThat(form.slugCheck().errorProperty().get()).isEqualTo(Messages.format("validation.slug.characters", "S"));

        form.slugProperty().set("sigur-ros");
        form.slugProblemProperty().set("taken by someone");
        assertThat(form.slugCheck().errorProperty().get()).isEqualTo("taken by someone");
        assertThat(form.validProperty().get()).isFalse();

        form.slugProblemProperty().set("");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void theFormedDateCannotBeInTheFuture() {
        loadSigurRos();

        form.formedDateProperty().set(LocalDate.of(2026, 5, 5));
        assertThat(form.formedDateCheck().errorProperty().get()).isEqualTo(Messages.get("artists.validation.formedDate.future"));

        form.formedDateProperty().set(LocalDate.of(2026, 5, 4));
        assertThat(form.formedDateCheck().isValid()).isTrue();
    }

    @Test
    void aTypedDateIsReadAsIsoAndTextThatIsNotADateIsShownAsTheReason() {
        loadSigurRos();

        assertThat(form.readDate("2001-02-03")).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(form.formedDateCheck().isValid()).isTrue();

        assertThat(form.readDate("31/02/2020")).isEqualTo(LocalDate.of(1994, 8, 1));
        assertThat(form.formedDateCheck().shownErrorProperty().get())
                .isEqualTo(Messages.format("artists.validation.formedDate.unreadable", "31/02/2020"));
        assertThat(form.validProperty().get()).isFalse();

        assertThat(form.readDate("")).isNull();
        assertThat(form.formedDateCheck().isValid()).isTrue();
        assertThat(ArtistForm.formatDate(LocalDate.of(1994, 8, 1))).isEqualTo("1994-08-01");
    }

    @Test
    void eachLinkIsCheckedAgainstItsPlatformsShapeWithTheReason() {
        loadSigurRos();
        LinkField spotify = form.link(LinkPlatform.SPOTIFY);

        spotify.textProperty().set("https://open.spotify.com/album/1A2GTWGtFfWp7KSQTwWOyo");
        assertThat(spotify.check().shownErrorProperty().get()).contains("Spotify");
        assertThat(form.validProperty().get()).isFalse();

        spotify.textProperty().set("https://www.instagram.com/sigurros");
        assertThat(spotify.check().errorProperty().get()).isNotEmpty();

        spotify.textProperty().set(SPOTIFY_ARTIST);
        assertThat(spotify.check().isValid()).isTrue();
        spotify.textProperty().set("");
        assertThat(spotify.check().isValid()).isTrue();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void theDraftCarriesEveryColumnAndEmptyTextsBecomeNothing() {
        loadSigurRos();
        form.link(LinkPlatform.SPOTIFY).set(SPOTIFY_ARTIST);
        form.bioProperty().set("  ");
        form.verifiedProperty().set(false);
        form.subgenres().add("shoegaze");

        ArtistDraft draft = form.toDraft();

        assertThat(draft.name()).isEqualTo("Sigur Rós");
        assertThat(draft.spotifyUrl()).isEqualTo(SPOTIFY_ARTIST);
        assertThat(draft.bio()).isNull();
        assertThat(draft.subgenres()).containsExactly("ambient", "dream pop", "shoegaze");
        assertThat(draft.organizationId()).isEqualTo(ArtistFixtures.LABEL);
        assertThat(draft.formedDate()).isEqualTo(LocalDate.of(1994, 8, 1));
        assertThat(draft.verified()).isFalse();
        assertThat(draft.websiteUrl()).isEqualTo("https://sigur-ros.example");
    }

    @Test
    void anyEditMakesTheFormDirtyUntilItIsFilledAgain() {
        loadSigurRos();
        assertThat(form.isDirty()).isFalse();

        form.subgenres().remove("ambient");
        assertThat(form.isDirty()).isTrue();
        form.subgenres().add(0, "ambient");
        assertThat(form.isDirty()).isFalse();

        form.organizationProperty().set(OrganizationOption.independent());
        assertThat(form.isDirty()).isTrue();
        loadSigurRos();
        assertThat(form.isDirty()).isFalse();
    }
}
