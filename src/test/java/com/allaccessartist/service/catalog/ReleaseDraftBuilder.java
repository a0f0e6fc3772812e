package com.allaccessartist.service.catalog;

import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Upc;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Release drafts for tests: every field settable by name, tracks appended in listing order. */
final class ReleaseDraftBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    String title = "Release " + UUID.randomUUID().toString().substring(0, 8);
    String slug;
    ReleaseType type = ReleaseType.ALBUM;
    String description;
    String genre = "Rock";
    List<String> subgenres = List.of();
    String language = "en";
    boolean explicitContent;
    LocalDate releaseDate;
    LocalDate originalReleaseDate;
    String coverArtUrl;
    String coverArtHighResUrl;
    String upc;
    String catalogNumber;
    String labelName;
    String distributor;
    Map<String, String> streamingLinks = new LinkedHashMap<>();
    Map<String, String> purchaseLinks = new LinkedHashMap<>();
    Integer peakChartPosition;
    Integer copyrightYear;
    String copyrightHolder;
    List<String> producerCredits = List.of();
    boolean isPublic = true;
    boolean allowStreaming = true;
    boolean allowDownload;
    List<TrackDraft> tracks = new ArrayList<>();

    static ReleaseDraftBuilder from(ReleaseDraft d) {
        ReleaseDraftBuilder b = new ReleaseDraftBuilder();
        b.title = d.title();
        b.slug = d.slug();
        b.type = d.type();
        b.description = d.description();
        b.genre = d.genre();
        b.subgenres = d.subgenres();
        b.language = d.language();
        b.explicitContent = d.explicitContent();
        b.releaseDate = d.releaseDate();
        b.originalReleaseDate = d.originalReleaseDate();
        b.coverArtUrl = d.coverArtUrl();
        b.coverArtHighResUrl = d.coverArtHighResUrl();
        b.upc = d.upc();
        b.catalogNumber = d.catalogNumber();
        b.labelName = d.labelName();
        b.distributor = d.distributor();
        b.streamingLinks = new LinkedHashMap<>(d.streamingLinks());
        b.purchaseLinks = new LinkedHashMap<>(d.purchaseLinks());
        b.peakChartPosition = d.peakChartPosition();
        b.copyrightYear = d.copyrightYear();
        b.copyrightHolder = d.copyrightHolder();
        b.producerCredits = d.producerCredits();
        b.isPublic = d.isPublic();
        b.allowStreaming = d.allowStreaming();
        b.allowDownload = d.allowDownload();
        b.tracks = new ArrayList<>(d.tracks());
        return b;
    }

    /** A release that meets every rule for scheduled: date, valid UPC, tracks with ISRCs and durations. */
    static ReleaseDraftBuilder complete(int tracks) {
        ReleaseDraftBuilder b = new ReleaseDraftBuilder();
        b.releaseDate = LocalDate.now().plusDays(30);
        b.upc = newUpc();
        for (int i = 1; i <= tracks; i++) {
            b.track(1, i, "Track " + i, newIsrc(), 180 + i);
        }
        return b;
    }

    ReleaseDraftBuilder track(int disc, int number, String title, String isrc, Integer seconds) {
        tracks.add(new TrackDraft(null, null, disc, number, title, seconds, isrc, null, null, null, false, false, null,
                List.of(), List.of(), List.of()));
        return this;
    }

    ReleaseDraft build() {
        return new ReleaseDraft(title, slug, type, description, genre, subgenres, language, explicitContent, releaseDate,
                originalReleaseDate, coverArtUrl, coverArtHighResUrl, upc, catalogNumber, labelName, distributor,
                streamingLinks, purchaseLinks, peakChartPosition, copyrightYear, copyrightHolder, producerCredits, isPublic,
                allowStreaming, allowDownload, tracks);
    }

    /** A fresh, valid ISRC with a random registrant and designation (collisions are practically impossible). */
    static String newIsrc() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder registrant = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            registrant.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return Isrc.of("QZ", registrant.toString(), RANDOM.nextInt(100), RANDOM.nextInt(100_000)).value();
    }

    /** A fresh, valid EAN-13. */
    static String newUpc() {
        StringBuilder digits = new StringBuilder("5");
        for (int i = 0; i < 11; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return Upc.withCheckDigit(digits.toString()).value();
    }

    /** A track draft with one component changed. */
    static TrackDraft with(TrackDraft t, String component, Object value) {
        return new TrackDraft(t.id(), t.version(),
                component.equals("disc") ? (Integer) value : t.discNumber(),
                component.equals("number") ? (Integer) value : t.trackNumber(),
                component.equals("title") ? (String) value : t.title(),
                component.equals("duration") ? (Integer) value : t.durationSeconds(),
                component.equals("isrc") ? (String) value : t.isrc(),
                component.equals("bpm") ? (Integer) value : t.tempoBpm(),
                component.equals("key") ? (String) value : t.keySignature(),
                component.equals("timeSignature") ? (String) value : t.timeSignature(),
                t.explicit(), t.instrumental(),
                component.equals("language") ? (String) value : t.language(),
                t.writers(), t.producers(), t.featuredArtists());
    }
}
