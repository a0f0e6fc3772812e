package com.allaccessartist.service.splits;

import com.allaccessartist.domain.splits.SheetKind;
import java.util.Objects;
import java.util.UUID;

/**
 * What a split sheet divides: a recording (a song: its {@link SheetKind#MASTER} sheet) or a work
 * (a composition: its {@link SheetKind#PUBLISHING} sheet).
 *
 * @param kind the sheet a subject of this kind has
 * @param id   the song's or the work's id
 */
public record SplitSubject(SheetKind kind, UUID id) {

    public SplitSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The recording {@code songId}: its master sheet. */
    public static SplitSubject song(UUID songId) {
        return new SplitSubject(SheetKind.MASTER, songId);
    }

    /** The work {@code workId}: its publishing sheet. */
    public static SplitSubject work(UUID workId) {
        return new SplitSubject(SheetKind.PUBLISHING, workId);
    }

    public boolean isSong() {
        return kind == SheetKind.MASTER;
    }
}
