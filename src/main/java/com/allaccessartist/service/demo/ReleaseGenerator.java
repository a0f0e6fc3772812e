package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.Slug;
import com.allaccessartist.domain.org.OrganizationType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns a {@link ReleaseSlot} into a release with its songs, following the rules a label keeps:
 * released and archived releases are dated today or earlier and have a UPC; scheduled ones are
 * dated in the future, have a UPC, and every track has an ISRC and a duration; mastered ones
 * have ISRCs and may have a UPC and a planned date; drafts and releases in progress may lack
 * all of these. Titles and slugs are unique per artist; catalogue numbers come from the label.
 */
final class ReleaseGenerator {

    private static final LocalDate CATALOGUE_START = LocalDate.of(2000, 1, 1);
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int TITLE_ATTEMPTS = 5;

    private final DemoRandom random;
    private final NameGenerator names;
    private final UpcAllocator upcs;
    private final CatalogueNumberAllocator catalogueNumbers;
    private final TrackListGenerator trackLists;
    private final Map<UUID, String> distributorOfLabel = new HashMap<>();
    private final Map<UUID, Set<String>> slugsByArtist = new HashMap<>();
    private final LocalDate today;

    ReleaseGenerator(DemoRandom random, ExistingData existing, List<DemoOrganization> organizations,
                     List<DemoArtist> artists, LocalDate today) {
        this.random = random;
        this.names = new NameGenerator(random);
        this.upcs = new UpcAllocator(random, existing);
        this.catalogueNumbers = new CatalogueNumberAllocator(random);
        this.trackLists = new TrackListGenerator(random, new IsrcAllocator(random, existing), artists);
        this.today = today;
        List<DemoOrganization> distributors = organizations.stream()
                .filter(o -> o.type() == OrganizationType.DISTRIBUTOR).toList();
        for (DemoOrganization organization : organizations) {
            if (organization.type() == OrganizationType.LABEL && !distributors.isEmpty()) {
                distributorOfLabel.put(organization.id(), random.pick(distributors).name());
            }
        }
    }

    DemoRelease generate(ReleaseSlot slot) {
        DemoArtist artist = slot.artist();
        ReleaseStatus status = slot.status();
        UUID id = random.uuid();
        String[] titleAndSlug = uniqueTitle(slot);
        LocalDate releaseDate = releaseDate(artist, status);
        boolean out = status == ReleaseStatus.RELEASED || status == ReleaseStatus.ARCHIVED;
        int isrcYear = out ? releaseDate.minusDays(random.between(0, 120)).getYear() : today.getYear();
        List<DemoSong> songs = trackLists.generate(slot, id, titleAndSlug[0], isrcYear);

        boolean needsUpc = out || status == ReleaseStatus.SCHEDULED
                || (status == ReleaseStatus.MASTERED && random.chance(0.6));
        String upc = needsUpc ? upcs.next(artist.issuer()).value() : null;
        String catalogNumber = !artist.selfReleased() && (status != ReleaseStatus.DRAFT || random.chance(0.5))
                ? catalogueNumbers.next(artist.issuer()) : null;
        String labelName = artist.selfReleased() ? artist.name() : artist.issuer().name();
        String distributor = artist.selfReleased() ? artist.issuer().name()
                : distributorOfLabel.get(artist.issuer().id());
        LocalDate original = out && slot.type() == ReleaseType.ALBUM && random.chance(0.08)
                ? releaseDate.minusYears(random.between(5, 20)) : null;
        if (original != null && original.isBefore(artist.formed())) {
            original = null;
        }
        long streams = out ? random.logNormal(status == ReleaseStatus.RELEASED ? 150_000 : 40_000, 1.8) : 0;
        Integer peak = status == ReleaseStatus.RELEASED && random.chance(0.05) ? random.between(1, 100) : null;
        boolean explicit = songs.stream().anyMatch(DemoSong::explicit);
        Set<String> producers = new LinkedHashSet<>();
        songs.forEach(song -> producers.addAll(song.producers()));
        return new DemoRelease(id, artist.id(), titleAndSlug[0], titleAndSlug[1], slot.type(), status,
                description(slot), artist.genre().name(), artist.subgenres(), explicit, releaseDate,
                original, upc, catalogNumber, labelName, distributor, out ? streamingLinks() : "{}", streams,
                streams / random.between(200, 800), peak, releaseDate == null ? null : releaseDate.getYear(),
                labelName, List.copyOf(producers), status == ReleaseStatus.RELEASED || status == ReleaseStatus.SCHEDULED,
                out && random.chance(0.3), songs);
    }

    private String[] uniqueTitle(ReleaseSlot slot) {
        Set<String> slugs = slugsByArtist.computeIfAbsent(slot.artist().id(), key -> new HashSet<>());
        String title = names.releaseTitle(slot.type(), slot.artist());
        String slug = Slug.slugify(title);
        for (int attempt = 1; attempt < TITLE_ATTEMPTS && slugs.contains(slug); attempt++) {
            title = names.releaseTitle(slot.type(), slot.artist());
            slug = Slug.slugify(title);
        }
        String base = title;
        for (int volume = 2; slugs.contains(slug); volume++) {
            title = base + " Vol. " + volume;
            slug = Slug.slugify(title);
        }
        slugs.add(slug);
        return new String[] {title, slug};
    }

    private LocalDate releaseDate(DemoArtist artist, ReleaseStatus status) {
        LocalDate earliest = artist.formed().isAfter(CATALOGUE_START) ? artist.formed() : CATALOGUE_START;
        return switch (status) {
            case RELEASED -> random.dateBetween(earliest, today.minusDays(1));
            case ARCHIVED -> random.dateBetween(earliest, today.minusYears(2));
            case SCHEDULED -> today.plusDays(random.between(7, 180));
            case MASTERED -> random.chance(0.5) ? today.plusDays(random.between(30, 240)) : null;
            case IN_PROGRESS, DRAFT -> null;
        };
    }

    private static String description(ReleaseSlot slot) {
        if (slot.status() == ReleaseStatus.DRAFT) {
            return null;
        }
        String kind = switch (slot.type()) {
            case SINGLE -> "Single";
            case EP -> "EP";
            case ALBUM -> "Album";
            case MIXTAPE -> "Mixtape";
            case COMPILATION -> "Compilation";
            case LIVE -> "Live album";
        };
        DemoArtist artist = slot.artist();
        return artist.selfReleased() ? kind + " by " + artist.name() + ", self-released."
                : kind + " by " + artist.name() + " on " + artist.issuer().name() + ".";
    }

    private String streamingLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("spotify", "https://open.spotify.example/album/" + token(BASE62, 22));
        links.put("apple_music", "https://music.apple.example/album/" + token(BASE62.substring(0, 10), 10));
        if (random.chance(0.6)) {
            links.put("youtube_music", "https://music.youtube.example/playlist?list=OLAK5uy_" + token(BASE62, 33));
        }
        return DemoJson.object(links);
    }

    private String token(String alphabet, int length) {
        StringBuilder token = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            token.append(random.pick(alphabet));
        }
        return token.toString();
    }
}
