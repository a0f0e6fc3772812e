package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.ArtistPage;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.editing.ManualDebouncer;
import com.allaccessartist.ui.editing.QueuedTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArtistSwitcherViewModelTest {

    private final ArtistService artists = mock(ArtistService.class);
    private final ArtistSelection selection = new ArtistSelection();
    private final ManualDebouncer typing = new ManualDebouncer();
    private final List<ArtistQuery> queries = new ArrayList<>();

    ArtistSwitcherViewModelTest() {
        when(artists.search(any())).thenAnswer(invocation -> {
            ArtistQuery query = invocation.getArgument(0);
            queries.add(query);
            return query.text() == null ? ArtistFixtures.page(0, ArtistSwitcherViewModel.LIMIT, 500)
                    : new ArtistPage(List.of(ArtistFixtures.row(42)), 1);
        });
    }

    private ArtistSwitcherViewModel switcher(com.allaccessartist.ui.common.TaskExecutor executor) {
        return new ArtistSwitcherViewModel(artists, selection, executor, typing, new CatalogueChanges());
    }

    @Test
    void openingListsTheFirstArtistsByNameAndSaysThereAreMore() {
        ArtistSwitcherViewModel switcher = switcher(new CurrentThreadTaskExecutor());
        assertThat(switcher.buttonTextProperty().get()).isEqualTo(Messages.get("switcher.none"));

        switcher.open();

        assertThat(switcher.matches()).hasSize(ArtistSwitcherViewModel.LIMIT);
        assertThat(switcher.matches().get(0).detail()).isEqualTo(Messages.get("artists.type.band") + " · Rock · Hopper Records");
        assertThat(switcher.statusProperty().get()).isEqualTo(Messages.format("switcher.more", 50, 500));
        assertThat(queries.get(0).limit()).isEqualTo(ArtistSwitcherViewModel.LIMIT);
    }

    @Test
    void typingSearchesOnceItPausesAndChoosingSetsTheSessionsArtist() {
        ArtistSwitcherViewModel switcher = switcher(new CurrentThreadTaskExecutor());
        switcher.open();
        queries.clear();

        switcher.queryProperty().set("art");
        switcher.queryProperty().set("artist 42");
        typing.fire();

        assertThat(queries).extracting(ArtistQuery::text).containsExactly("artist 42");
        assertThat(switcher.matches()).extracting(ArtistChoiceItem::name).containsExactly("Artist 42");
        switcher.choose(switcher.matches().get(0));
        assertThat(selection.current()).isEqualTo(new ArtistSelection.Choice(ArtistFixtures.row(42).id(), "Artist 42"));
        assertThat(switcher.buttonTextProperty().get()).isEqualTo("Artist 42");
        assertThat(switcher.isCurrent(switcher.matches().get(0))).isTrue();
    }

    @Test
    void theLatestSearchWins() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ArtistSwitcherViewModel switcher = switcher(executor);
        switcher.open();
        switcher.queryProperty().set("artist 42");
        typing.fire();

        executor.run(1);
        executor.run(0);

        assertThat(switcher.matches()).extracting(ArtistChoiceItem::name).containsExactly("Artist 42");
        assertThat(switcher.searchingProperty().get()).isFalse();
    }

    @Test
    void whenNothingMatchesTheSwitcherSaysSo() {
        org.mockito.Mockito.doReturn(new ArtistPage(List.of(), 0)).when(artists).search(any());
        ArtistSwitcherViewModel switcher = switcher(new CurrentThreadTaskExecutor());

        switcher.open();

        assertThat(switcher.matches()).isEmpty();
        assertThat(switcher.statusProperty().get()).isEqualTo(Messages.get("switcher.noMatch"));
    }
}
