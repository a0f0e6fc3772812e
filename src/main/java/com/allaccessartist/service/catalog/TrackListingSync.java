package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.Release;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.catalog.ReleaseChecks.CheckedTrack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Makes a release's saved tracks match a checked listing exactly, inside the save's transaction:
 * tracks missing from the listing are deleted, the others updated from the version the editor
 * loaded, new ones inserted, all renumbered.
 *
 * <p>The database checks {@code UNIQUE (release_id, track_number, disc_number)} and
 * {@code UNIQUE (isrc_code)} row by row (neither is deferrable), and {@code track_number > 0}, so
 * a reorder, a swap or a move between discs cannot be written in one pass. It is done in steps,
 * each flushed on its own (Hibernate orders the statements of one flush its own way):
 * <ol>
 *   <li>delete the tracks that left the listing (their positions and ISRCs become free);</li>
 *   <li>park every kept track whose position changes at a free temporary track number on its
 *       current disc, above every number in use before and after the save, and clear every ISRC
 *       that changes (several NULLs never collide);</li>
 *   <li>write the kept tracks' final positions and fields: each final position is either its own
 *       old one or was parked away, and each final ISRC is unique in the listing and unused
 *       elsewhere (checked before);</li>
 *   <li>insert the new tracks at their positions.</li>
 * </ol>
 * Track ids are kept: a track that moves is the same row, so its analytics and income stay with it.
 */
final class TrackListingSync {

    private TrackListingSync() {
    }

    /** The release's saved tracks in listing order. */
    static List<Song> saved(Session session, UUID releaseId) {
        return session.createSelectionQuery(
                        "from Song s where s.releaseId = :release order by s.discNumber, s.trackNumber", Song.class)
                .setParameter("release", releaseId)
                .getResultList();
    }

    /** The tracks of a new release: every one new. */
    static void insert(Session session, Release release, List<CheckedTrack> tracks) {
        for (CheckedTrack track : tracks) {
            if (track.id() != null) {
                throw new InvalidFieldException("track:" + track.index() + ":id", "validation.tracks.unknown",
                        "A new release has only new tracks.", track.position());
            }
            Song song = Song.create();
            song.setReleaseId(release.getId());
            song.setArtistId(release.getArtistId());
            write(song, track);
            session.persist(song);
        }
    }

    /** The saved tracks made to match {@code tracks} (checked: numbering and ISRCs unique). */
    static void sync(Session session, Release release, List<CheckedTrack> tracks) {
        UUID releaseId = release.getId();
        Map<UUID, Song> existing = new LinkedHashMap<>();
        for (Song song : saved(session, releaseId)) {
            existing.put(song.getId(), song);
        }
        Map<CheckedTrack, Song> kept = new LinkedHashMap<>();
        Set<UUID> keptIds = new HashSet<>();
        for (CheckedTrack track : tracks) {
            if (track.id() == null) {
                continue;
            }
            Song song = existing.get(track.id());
            if (song == null || !Objects.equals(song.getVersion(), track.version())) {
                // removed, or changed, by someone else's save since the editor loaded it
                throw new AppException("record.changedBySomeoneElse");
            }
            kept.put(track, song);
            keptIds.add(track.id());
        }
        for (Song song : existing.values()) {
            if (!keptIds.contains(song.getId())) {
                session.remove(song);
            }
        }
        ConcurrentEdits.flush(session, Release.class, releaseId);

        int highest = existing.values().stream().mapToInt(Song::getTrackNumber).max().orElse(0);
        int parking = Math.max(highest, tracks.size()) + 1;
        boolean parked = false;
        for (Map.Entry<CheckedTrack, Song> entry : kept.entrySet()) {
            CheckedTrack track = entry.getKey();
            Song song = entry.getValue();
            if (track.discNumber() != discOf(song) || track.trackNumber() != song.getTrackNumber()) {
                song.setTrackNumber(parking++);
                parked = true;
            }
            if (song.getIsrcCode() != null && !song.getIsrcCode().equals(track.isrc())) {
                song.setIsrcCode(null);
                parked = true;
            }
        }
        if (parked) {
            ConcurrentEdits.flush(session, Release.class, releaseId);
        }

        kept.forEach((track, song) -> write(song, track));
        ConcurrentEdits.flush(session, Release.class, releaseId);

        List<CheckedTrack> added = new ArrayList<>();
        for (CheckedTrack track : tracks) {
            if (track.id() == null) {
                added.add(track);
            }
        }
        insert(session, release, added);
        ConcurrentEdits.flush(session, Release.class, releaseId);
    }

    private static int discOf(Song song) {
        return song.getDiscNumber() == null ? 1 : song.getDiscNumber();
    }

    private static void write(Song song, CheckedTrack track) {
        song.setTitle(track.title());
        song.setDiscNumber(track.discNumber());
        song.setTrackNumber(track.trackNumber());
        song.setDurationSeconds(track.durationSeconds());
        song.setIsrcCode(track.isrc());
        song.setTempoBpm(track.tempoBpm());
        song.setKeySignature(track.keySignature());
        song.setTimeSignature(track.timeSignature());
        song.setExplicitContent(track.explicit());
        song.setInstrumental(track.instrumental());
        song.setLanguage(track.language());
        if (!track.writers().equals(song.getWriters())) {
            song.setWriters(track.writers());
        }
        if (!track.producers().equals(song.getProducers())) {
            song.setProducers(track.producers());
        }
        if (!track.featuredArtists().equals(song.getFeaturedArtists())) {
            song.setFeaturedArtists(track.featuredArtists());
        }
    }
}
