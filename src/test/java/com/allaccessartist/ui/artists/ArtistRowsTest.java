package com.allaccessartist.ui.artists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class ArtistRowsTest {

    private final List<String> requests = new ArrayList<>();
    private final ArtistRows rows = new ArtistRows((generation, page) -> requests.add(generation + ":" + page));

    private static List<ArtistItem> items(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> ArtistListViewModel.item(ArtistFixtures.row(i))).toList();
    }

    @Test
    void tenThousandMatchesCostOnePageUntilMoreIsRead() {
        rows.reset(1, 10_000, items(0, ArtistRows.PAGE_SIZE));

        assertThat(rows).hasSize(10_000);
        assertThat(rows.get(99).name()).isEqualTo("Artist 99");
        assertThat(requests).isEmpty();
        assertThat(rows.requestedPages()).isEqualTo(1);
    }

    @Test
    void readingARowOfAnotherPageAsksForThatPageOnceAndShowsItWhenItArrives() {
        rows.reset(1, 10_000, items(0, 100));
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<ArtistItem>) change -> {
            while (change.next()) {
                changes.add(change.getFrom() + "-" + change.getTo() + (change.wasReplaced() ? " replaced" : ""));
            }
        });

        assertThat(rows.get(5_050)).isNull();
        assertThat(rows.get(5_099)).isNull();
        assertThat(requests).containsExactly("1:50");

        rows.pageLoaded(1, 50, items(5_000, 100));

        assertThat(rows.get(5_050).name()).isEqualTo("Artist 5050");
        assertThat(changes).containsExactly("5000-5100 replaced");
    }

    @Test
    void aPageOfAnOlderResultIsIgnored() {
        rows.reset(1, 500, items(0, 100));
        rows.get(250);
        rows.reset(2, 300, items(1_000, 100));

        rows.pageLoaded(1, 2, items(200, 100));

        assertThat(rows.peek(250)).isNull();
        assertThat(rows.get(0).name()).isEqualTo("Artist 1000");
    }

    @Test
    void aFailedPageIsAskedForAgainWhenReadAgain() {
        rows.reset(1, 500, items(0, 100));
        rows.get(150);
        rows.pageFailed(1, 1);

        rows.get(150);

        assertThat(requests).containsExactly("1:1", "1:1");
    }

    @Test
    void findingARowNeverLoadsPages() {
        rows.reset(1, 10_000, items(0, 100));
        ArtistItem notLoaded = ArtistListViewModel.item(ArtistFixtures.row(9_999));

        assertThat(rows.indexOf(rows.get(42))).isEqualTo(42);
        assertThat(rows.contains(notLoaded)).isFalse();
        assertThat(rows.indexOfArtist(notLoaded.id())).isEqualTo(-1);
        assertThat(requests).isEmpty();
    }

    @Test
    void aNewResultReplacesEveryRow() {
        rows.reset(1, 120, items(0, 100));
        List<Integer> sizes = new ArrayList<>();
        rows.addListener((ListChangeListener<ArtistItem>) change -> sizes.add(change.getList().size()));

        rows.reset(2, 3, items(7, 3));

        assertThat(rows).extracting(ArtistItem::name).containsExactly("Artist 7", "Artist 8", "Artist 9");
        assertThat(sizes).containsExactly(3);
    }
}
