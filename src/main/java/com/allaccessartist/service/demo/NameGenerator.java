package com.allaccessartist.service.demo;

import static com.allaccessartist.service.demo.WordLists.ADJECTIVES;
import static com.allaccessartist.service.demo.WordLists.FIRST_NAMES;
import static com.allaccessartist.service.demo.WordLists.LAST_NAMES;
import static com.allaccessartist.service.demo.WordLists.NOUNS;
import static com.allaccessartist.service.demo.WordLists.PLURAL_NOUNS;
import static com.allaccessartist.service.demo.WordLists.SYLLABLES;
import static com.allaccessartist.service.demo.WordLists.TIMES;
import static com.allaccessartist.service.demo.WordLists.VENUES;
import static com.allaccessartist.service.demo.WordLists.VERBS;

import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.org.OrganizationType;
import java.util.Locale;

/**
 * English names for people, organizations, artists, releases and tracks, combined from
 * {@link WordLists} by a seeded random stream. Names are not unique by themselves; the planners
 * that need unique ones draw again on a clash.
 */
final class NameGenerator {

    private final DemoRandom random;

    NameGenerator(DemoRandom random) {
        this.random = random;
    }

    String firstName() {
        return random.pick(FIRST_NAMES);
    }

    String lastName() {
        return random.pick(LAST_NAMES);
    }

    /** "Maya Okafor": a songwriter, producer or guest. */
    String personName() {
        return firstName() + " " + lastName();
    }

    String organizationName(OrganizationType type) {
        String adjective = random.pick(ADJECTIVES);
        String noun = random.pick(NOUNS);
        int form = random.between(0, 2);
        return switch (type) {
            case LABEL -> switch (form) {
                case 0 -> adjective + " " + noun + " Records";
                case 1 -> noun + " Recordings";
                default -> adjective + " " + noun + " Music";
            };
            case MANAGEMENT -> switch (form) {
                case 0 -> lastName() + " & " + lastName() + " Management";
                case 1 -> noun + " Artist Management";
                default -> adjective + " " + noun + " Management";
            };
            case PUBLISHER -> switch (form) {
                case 0 -> noun + " Songs Publishing";
                case 1 -> adjective + " " + noun + " Publishing";
                default -> lastName() + " Music Publishing";
            };
            case DISTRIBUTOR -> switch (form) {
                case 0 -> noun + " Distribution";
                case 1 -> adjective + " " + noun + " Distribution";
                default -> noun + " Digital";
            };
            case STUDIO -> switch (form) {
                case 0 -> noun + " Studios";
                case 1 -> adjective + " " + noun + " Studios";
                default -> "The " + noun + " Rooms";
            };
        };
    }

    String artistName(ArtistType type) {
        int form = random.between(0, 3);
        return switch (type) {
            case INDIVIDUAL -> switch (form) {
                case 0, 1 -> personName();
                case 2 -> firstName() + " " + random.pick(NOUNS);
                default -> stageName();
            };
            case BAND -> switch (form) {
                case 0 -> "The " + random.pick(ADJECTIVES) + " " + random.pick(PLURAL_NOUNS);
                case 1 -> "The " + random.pick(PLURAL_NOUNS);
                case 2 -> random.pick(NOUNS) + " " + random.pick(PLURAL_NOUNS);
                default -> random.pick(ADJECTIVES) + " " + random.pick(PLURAL_NOUNS);
            };
            case DUO -> switch (form) {
                case 0 -> firstName() + " & " + firstName();
                case 1 -> lastName() + " & " + lastName();
                case 2 -> random.pick(NOUNS) + " & " + random.pick(NOUNS);
                default -> "The " + lastName() + " Twins";
            };
            case COLLECTIVE -> switch (form) {
                case 0 -> random.pick(ADJECTIVES) + " " + random.pick(NOUNS) + " Collective";
                case 1 -> random.pick(DemoPlace.ALL).city() + " " + random.pick(NOUNS) + " Sound System";
                case 2 -> "The " + random.pick(ADJECTIVES) + " " + random.pick(NOUNS) + " Orchestra";
                default -> random.pick(NOUNS) + " Ensemble";
            };
        };
    }

    /** A one-word stage name of two or three syllables, for example "Kavari". */
    String stageName() {
        StringBuilder name = new StringBuilder();
        int syllables = random.between(2, 3);
        for (int i = 0; i < syllables; i++) {
            name.append(random.pick(SYLLABLES));
        }
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    String releaseTitle(ReleaseType type, DemoArtist artist) {
        return switch (type) {
            case SINGLE -> trackTitle();
            case EP, ALBUM -> albumTitle();
            case MIXTAPE -> random.chance(0.5)
                    ? random.pick(NOUNS) + " Tape Vol. " + random.between(1, 4)
                    : albumTitle() + " (Mixtape)";
            case COMPILATION -> switch (random.between(0, 3)) {
                case 0 -> "The Best of " + artist.name();
                case 1 -> "Greatest Hits";
                case 2 -> "Collected " + random.pick(PLURAL_NOUNS);
                default -> "B-Sides & Rarities";
            };
            case LIVE -> random.chance(0.6)
                    ? "Live at " + titleCase(random.pick(VENUES))
                    : "Live in " + random.pick(DemoPlace.ALL).city();
        };
    }

    String albumTitle() {
        String adjective = random.pick(ADJECTIVES);
        String noun = random.pick(NOUNS);
        return switch (random.between(0, 9)) {
            case 0, 1 -> adjective + " " + noun;
            case 2 -> "The " + noun;
            case 3 -> noun + " and " + random.pick(NOUNS);
            case 4 -> "Songs from the " + noun;
            case 5 -> adjective + " " + random.pick(PLURAL_NOUNS);
            case 6 -> "Letters to " + firstName();
            case 7 -> "Under the " + adjective + " " + noun;
            case 8 -> "Everything Is " + adjective;
            default -> "After " + random.pick(TIMES);
        };
    }

    String trackTitle() {
        String verb = random.pick(VERBS);
        String noun = random.pick(NOUNS);
        return switch (random.between(0, 11)) {
            case 0 -> verb + " the " + noun;
            case 1 -> verb + " Like a " + noun;
            case 2 -> "Don't " + verb;
            case 3 -> "I Can't " + verb;
            case 4 -> "Let It " + verb;
            case 5 -> "We " + verb + " at " + random.pick(TIMES);
            case 6 -> noun + " Song";
            case 7 -> random.pick(ADJECTIVES) + " Heart";
            case 8 -> random.pick(ADJECTIVES) + " " + noun;
            case 9 -> "The " + noun + " and the " + random.pick(NOUNS);
            case 10 -> random.pick(TIMES);
            default -> noun;
        };
    }

    /** "the Roundhouse" as a title part: "The Roundhouse". */
    private static String titleCase(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
