package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.ArtistSort;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.OrganizationSummary;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.editing.ManualDebouncer;
import com.allaccessartist.ui.editing.QueuedTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ArtistListViewModelTest {

    private static final long TOTAL = 10_000;

    private final ArtistService artists = mock(ArtistService.class);
    private final OrganizationService organizations = mock(OrganizationService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final ArtistSelection selection = new ArtistSelection();
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ManualDebouncer typing = new ManualDebouncer();
    private final List<ArtistQuery> queries = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);

    ArtistListViewModelTest() {
        when(artists.search(any())).thenAnswer(invocation -> {
            ArtistQuery query = invocation.getArgument(0);
            queries.add(query);
            long total = query.text() == null ? TOTAL : 3;
            int count = (int) Math.max(0, Math.min(query.limit(), total - query.offset()));
            return ArtistFixtures.page(query.offset(), count, total);
        });
        when(organizations.list(true)).thenReturn(List.of(new OrganizationSummary(ArtistFixtures.LABEL, "Hopper Records",
                OrganizationType.LABEL, true, false, null, null, 12, OrganizationRole.OWNER)));
    }

    private ArtistListViewModel list(TaskExecutor executor) {
        return new ArtistListViewModel(artists, organizations, executor, dialogs, selection, changes, typing,
                Path.of("/exports"), clock);
    }

    @Test
    void theFirstPageShowsAndTheCountSaysHowManyMatch() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());

        list.start();

        assertThat(list.rows()).hasSize((int) TOTAL);
        assertThat(list.countTextProperty().get()).isEqualTo(Messages.format("artists.count", TOTAL));
        assertThat(queries).hasSize(1);
        assertThat(queries.get(0).limit()).isEqualTo(ArtistRows.PAGE_SIZE);
        assertThat(list.filters().organizationChoices()).extracting(FilterChoice::label)
                .containsExactly(Messages.get("artists.filter.anyOrganization"), "Hopper Records");
    }

    @Test
    void scrollingFurtherLoadsTheNextPagesWithTheSameQuery() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();
        list.filters().typeProperty().set(list.filters().typeChoices().get(2));
        queries.clear();

        ArtistItem far = list.rows().get(9_950);

        assertThat(far.name()).isEqualTo("Artist 9950");
        assertThat(queries).singleElement().satisfies(query -> {
            assertThat(query.offset()).isEqualTo(9_900);
            assertThat(query.type()).isEqualTo(ArtistType.BAND);
        });
    }

    @Test
    void searchRunsOnceTypingPauses() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();
        queries.clear();

        list.filters().textProperty().set("r");
        list.filters().textProperty().set("ro");
        list.filters().textProperty().set("roc");
        assertThat(queries).isEmpty();
        typing.fire();

        assertThat(queries).extracting(ArtistQuery::text).containsExactly("roc");
        assertThat(list.rows()).hasSize(3);
        assertThat(list.countTextProperty().get()).isEqualTo(Messages.format("artists.count", 3));
    }

    @Test
    void theLatestQueryWinsWhenAnOlderAnswerArrivesLast() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArtistListViewModel list = list(executor);
        list.refresh();
        list.filters().textProperty().set("rock");
        typing.fire();
        assertThat(list.loadingProperty().get()).isTrue();

        executor.run(1);
        executor.run(0);

        assertThat(list.activeQuery().text()).isEqualTo("rock");
        assertThat(list.rows()).hasSize(3);
        assertThat(list.loadingProperty().get()).isFalse();
    }

    @Test
    void filtersGoIntoTheQueryAtOnce() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();
        ArtistFilters filters = list.filters();

        filters.organizationProperty().set(filters.organizationChoices().get(1));
        filters.publicProperty().set(filters.publicChoices().get(2));
        filters.verifiedProperty().set(filters.verifiedChoices().get(1));
        filters.activeProperty().set(filters.activeChoices().get(1));

        ArtistQuery last = queries.get(queries.size() - 1);
        assertThat(last.organizationId()).isEqualTo(ArtistFixtures.LABEL);
        assertThat(last.isPublic()).isFalse();
        assertThat(last.verified()).isTrue();
        assertThat(last.active()).isTrue();
        assertThat(filters.filteringProperty().get()).isTrue();

        filters.clear();
        ArtistQuery cleared = queries.get(queries.size() - 1);
        assertThat(cleared.organizationId()).isNull();
        assertThat(cleared.isPublic()).isNull();
        assertThat(filters.filteringProperty().get()).isFalse();
    }

    @Test
    void sortingAsksTheDatabaseForTheNewOrder() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();

        list.sortBy(ArtistSort.RELEASES, true);

        ArtistQuery last = queries.get(queries.size() - 1);
        assertThat(last.sort()).isEqualTo(ArtistSort.RELEASES);
        assertThat(last.descending()).isTrue();
        int asked = queries.size();
        list.sortBy(ArtistSort.RELEASES, true);
        assertThat(queries).hasSize(asked);
    }

    @Test
    void choosingARowMakesItTheSessionsArtistAndTheSwitchersChoiceSelectsItsRow() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();

        list.selectedProperty().set(list.rows().get(3));
        assertThat(selection.current().name()).isEqualTo("Artist 3");

        selection.choose(new ArtistSelection.Choice(ArtistFixtures.row(7).id(), "Artist 7"));
        assertThat(list.chosenIndexProperty().get()).isEqualTo(7);
    }

    @Test
    void aChangeOfTheCatalogueReloads() {
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();
        int before = queries.size();

        changes.changed();

        assertThat(queries).hasSize(before + 1);
    }

    @Test
    void exportWritesTheCurrentViewToTheChosenFileAndSaysHowMany() {
        Path file = Path.of("/exports/artists.csv");
        when(dialogs.chooseFileToSave(anyString(), any(), eq("artists-2026-05-04.csv"), any())).thenReturn(Optional.of(file));
        when(dialogs.showProgress(anyString(), any())).thenReturn(mock(DialogService.ProgressHandle.class));
        when(artists.exportCsv(any(), eq(file), any(), any())).thenReturn(3L);
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());
        list.start();
        list.filters().textProperty().set("rock");
        typing.fire();
        list.sortBy(ArtistSort.GENRE, false);

        list.exportCsv();

        ArgumentCaptor<ArtistQuery> query = ArgumentCaptor.forClass(ArtistQuery.class);
        verify(artists).exportCsv(query.capture(), eq(file), any(), any());
        assertThat(query.getValue().text()).isEqualTo("rock");
        assertThat(query.getValue().sort()).isEqualTo(ArtistSort.GENRE);
        assertThat(query.getValue().offset()).isZero();
        verify(dialogs).showInfo(Messages.get("artists.export.title"),
                Messages.format("artists.export.done", 3L, file.toString()));
        assertThat(list.exportingProperty().get()).isFalse();
    }

    @Test
    void cancellingTheExportSaysNothingWasWritten() {
        Path file = Path.of("/exports/artists.csv");
        when(dialogs.chooseFileToSave(anyString(), any(), anyString(), any())).thenReturn(Optional.of(file));
        when(dialogs.showProgress(anyString(), any())).thenReturn(mock(DialogService.ProgressHandle.class));
        when(artists.exportCsv(any(), eq(file), any(), any())).thenThrow(new CancelledException());
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());

        list.exportCsv();

        verify(dialogs).showInfo(Messages.get("artists.export.title"), Messages.get("task.cancelled"));
        verify(dialogs, never()).showError(any(Throwable.class));
    }

    @Test
    void noFileChosenMeansNoExport() {
        when(dialogs.chooseFileToSave(anyString(), any(), anyString(), any())).thenReturn(Optional.empty());
        ArtistListViewModel list = list(new CurrentThreadTaskExecutor());

        list.exportCsv();

        verify(artists, never()).exportCsv(any(), any(), any(), any());
    }
}
