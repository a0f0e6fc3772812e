package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.SlugCheck;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.editing.ManualDebouncer;
import com.allaccessartist.ui.editing.QueuedTaskExecutor;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlugFieldTest {

    private final ArtistService service = mock(ArtistService.class);
    private final ArtistForm form = new ArtistForm(Clock.systemUTC());
    private final ManualDebouncer typing = new ManualDebouncer();

    private SlugField newArtist(com.allaccessartist.ui.common.TaskExecutor executor) {
        SlugField slug = new SlugField(form, service, executor, typing);
        slug.load(null, () -> form.fill(ArtistForm.blank(), OrganizationOption.independent()));
        return slug;
    }

    @Test
    void theSlugFollowsTheNameTransliteratedAndThenTakesTheServicesFreeSuggestion() {
        when(service.suggestSlug("Sigur Rós & Ærø", null)).thenReturn("sigur-ros-and-aero-2");
        SlugField slug = newArtist(new CurrentThreadTaskExecutor());

        form.nameProperty().set("Sigur Rós & Ærø");

        assertThat(form.slugProperty().get()).isEqualTo("sigur-ros-and-aero");
        assertThat(slug.checkingProperty().get()).isTrue();
        assertThat(slug.statusProperty().get()).isEqualTo(Messages.get("artists.slug.checking"));
        typing.fire();
        assertThat(form.slugProperty().get()).isEqualTo("sigur-ros-and-aero-2");
        assertThat(slug.checkingProperty().get()).isFalse();
        assertThat(slug.statusProperty().get()).isEqualTo(Messages.get("artists.slug.following"));
        assertThat(slug.followingProperty().get()).isTrue();
    }

    @Test
    void onceThePersonEditsTheSlugItNoLongerFollowsTheName() {
        when(service.checkSlug("my-band", null)).thenReturn(SlugCheck.ok());
        SlugField slug = newArtist(new CurrentThreadTaskExecutor());
        form.nameProperty().set("Band");
        typing.fire();

        form.slugProperty().set("my-band");
        typing.fire();
        form.nameProperty().set("Band Renamed");

        assertThat(form.slugProperty().get()).isEqualTo("my-band");
        assertThat(slug.followingProperty().get()).isFalse();
        verify(service).checkSlug("my-band", null);
    }

    @Test
    void anEditedSlugIsCheckedOnceTypingPausesAndATakenOneSaysByWhom() {
        when(service.checkSlug("sigur-ros", null)).thenReturn(new SlugCheck(false, "catalog.slug.taken", "sigur-ros", "Sigur Rós"));
        newArtist(new CurrentThreadTaskExecutor());

        form.slugProperty().set("sigur-r");
        form.slugProperty().set("sigur-ro");
        form.slugProperty().set("sigur-ros");
        verify(service, never()).checkSlug(anyString(), any());
        typing.fire();

        assertThat(form.slugCheck().errorProperty().get())
                .isEqualTo(Messages.format("catalog.slug.taken", "sigur-ros", "Sigur Rós"));
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aSlugOfTheWrongShapeIsRefusedAtOnceWithoutAskingTheService() {
        SlugField slug = newArtist(new CurrentThreadTaskExecutor());

        form.slugProperty().set("--bad");

        assertThat(form.slugCheck().errorProperty().get()).isEqualTo(Messages.get("validation.slug.edgeHyphen"));
        assertThat(slug.checkingProperty().get()).isFalse();
        assertThat(typing.hasPending()).isFalse();
    }

    @Test
    void theAnswerToAnOlderCheckIsIgnored() {
        when(service.checkSlug("first", null)).thenReturn(new SlugCheck(false, "catalog.slug.taken", "first", "X"));
        when(service.checkSlug("second", null)).thenReturn(SlugCheck.ok());
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SlugField slug = newArtist(executor);
        form.slugProperty().set("first");
        typing.fire();
        form.slugProperty().set("second");
        typing.fire();

        executor.run(1);
        executor.run(0);

        assertThat(form.slugCheck().errorProperty().get()).isEmpty();
        assertThat(slug.checkingProperty().get()).isFalse();
    }

    @Test
    void fromNameMakesTheSlugFollowTheNameAgain() {
        when(service.checkSlug(anyString(), isNull())).thenReturn(SlugCheck.ok());
        when(service.suggestSlug("Björk", null)).thenReturn("bjork");
        SlugField slug = newArtist(new CurrentThreadTaskExecutor());
        form.nameProperty().set("Björk");
        form.slugProperty().set("custom");

        slug.followName();
        typing.fire();

        assertThat(form.slugProperty().get()).isEqualTo("bjork");
        assertThat(slug.followingProperty().get()).isTrue();
    }

    @Test
    void aSavedArtistKeepsItsSlugWhenRenamedAndIsCheckedAsItself() {
        UUID id = UUID.randomUUID();
        when(service.checkSlug("sigur-ros-band", id)).thenReturn(SlugCheck.ok());
        SlugField slug = new SlugField(form, service, new CurrentThreadTaskExecutor(), typing);
        slug.load(id, () -> form.fill(ArtistFixtures.details(id, "Sigur Rós", 1, ArtistFixtures.EVERYTHING).toDraft(),
                OrganizationOption.independent()));

        form.nameProperty().set("Sigur Rós Band");
        assertThat(form.slugProperty().get()).isEqualTo("sigur-ros");
        assertThat(form.isDirty()).isTrue();

        form.slugProperty().set("sigur-ros-band");
        typing.fire();
        verify(service).checkSlug("sigur-ros-band", id);
        assertThat(slug.followingProperty().get()).isFalse();
    }
}
