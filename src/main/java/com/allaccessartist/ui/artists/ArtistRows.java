package com.allaccessartist.ui.artists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.collections.ObservableListBase;

/**
 * The rows of the artist list, fed page by page: its size is the number of matching artists, but
 * only the pages someone reads ({@link #get(int)}, as a TableView does for the rows scrolled into
 * view) are asked for. A row whose page has not arrived yet is {@code null}; when the page
 * arrives those rows are replaced, so the table redraws them. Each result has a generation;
 * pages of an older result are ignored, so the latest query always wins. Used on the FX thread.
 */
public final class ArtistRows extends ObservableListBase<ArtistItem> {

    public static final int PAGE_SIZE = 100;

    /** Asks for one page of the result of {@code generation}; answers with {@link #pageLoaded}. */
    @FunctionalInterface
    public interface PageLoader {
        void load(long generation, int page);
    }

    private final PageLoader loader;
    private final Map<Integer, List<ArtistItem>> pages = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();
    private int size;
    private long generation;

    public ArtistRows(PageLoader loader) {
        this.loader = loader;
    }

    @Override
    public ArtistItem get(int index) {
        Objects.checkIndex(index, size);
        int page = index / PAGE_SIZE;
        if (!pages.containsKey(page) && requested.add(page)) {
            loader.load(generation, page);
        }
        return peek(index);
    }

    /** The row at {@code index} if its page is here, without asking for it. */
    public ArtistItem peek(int index) {
        List<ArtistItem> rows = pages.get(index / PAGE_SIZE);
        int offset = index % PAGE_SIZE;
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    @Override
    public int size() {
        return size;
    }

    /** A new result: how many rows match and its first page; the others load as they are read. */
    public void reset(long newGeneration, long total, List<ArtistItem> firstPage) {
        List<ArtistItem> removed = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            removed.add(peek(i));
        }
        generation = newGeneration;
        pages.clear();
        requested.clear();
        pages.put(0, List.copyOf(firstPage));
        requested.add(0);
        size = (int) Math.min(Integer.MAX_VALUE, Math.max(total, firstPage.size()));
        beginChange();
        if (!removed.isEmpty()) {
            nextRemove(0, removed);
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** A page of the result of {@code forGeneration} arrived. */
    public void pageLoaded(long forGeneration, int page, List<ArtistItem> rows) {
        if (forGeneration != generation) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (from < to) {
            beginChange();
            nextReplace(from, to, new ArrayList<>(Collections.nCopies(to - from, (ArtistItem) null)));
            endChange();
        }
    }

    /** A page could not be loaded: it will be asked for again when read. */
    public void pageFailed(long forGeneration, int page) {
        if (forGeneration == generation) {
            requested.remove(page);
        }
    }

    /** Where the row is among the rows loaded so far, or -1 (never loads the other pages). */
    @Override
    public int indexOf(Object row) {
        return row instanceof ArtistItem item ? indexOfArtist(item.id()) : -1;
    }

    @Override
    public int lastIndexOf(Object row) {
        return indexOf(row);
    }

    @Override
    public boolean contains(Object row) {
        return indexOf(row) >= 0;
    }

    /** Where the artist is among the rows loaded so far, or -1. */
    public int indexOfArtist(UUID artistId) {
        for (Map.Entry<Integer, List<ArtistItem>> page : pages.entrySet()) {
            List<ArtistItem> rows = page.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(artistId)) {
                    return page.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }

    /** How many pages have been asked for in this result (the first included). */
    public int requestedPages() {
        return requested.size();
    }
}
