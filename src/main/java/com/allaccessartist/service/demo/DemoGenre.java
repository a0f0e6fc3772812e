package com.allaccessartist.service.demo;

import java.util.List;

/**
 * A genre with its subgenres and the traits its songs tend to have.
 *
 * @param name             genre name (artists.genre, releases.genre)
 * @param subgenres        its subgenres
 * @param explicitRate     share of songs with explicit lyrics
 * @param instrumentalRate share of instrumental songs
 * @param meanBpm          typical tempo
 */
record DemoGenre(String name, List<String> subgenres, double explicitRate, double instrumentalRate, int meanBpm) {

    static final List<DemoGenre> ALL = List.of(
            new DemoGenre("Pop", List.of("synth-pop", "indie pop", "dance-pop", "dream pop", "electropop"), 0.10, 0.02, 116),
            new DemoGenre("Rock", List.of("indie rock", "alternative rock", "garage rock", "post-punk", "shoegaze"), 0.12, 0.03, 124),
            new DemoGenre("Hip-Hop", List.of("boom bap", "trap", "conscious hip-hop", "lo-fi hip-hop", "grime"), 0.55, 0.06, 92),
            new DemoGenre("R&B", List.of("neo-soul", "contemporary R&B", "alternative R&B", "funk"), 0.25, 0.03, 96),
            new DemoGenre("Electronic", List.of("house", "techno", "drum and bass", "ambient", "UK garage"), 0.05, 0.45, 126),
            new DemoGenre("Folk", List.of("indie folk", "folk rock", "Americana", "singer-songwriter"), 0.03, 0.05, 104),
            new DemoGenre("Country", List.of("alt-country", "country pop", "bluegrass", "outlaw country"), 0.04, 0.03, 110),
            new DemoGenre("Jazz", List.of("jazz fusion", "bebop", "vocal jazz", "nu jazz"), 0.01, 0.55, 112),
            new DemoGenre("Metal", List.of("heavy metal", "doom metal", "metalcore", "progressive metal"), 0.30, 0.08, 140),
            new DemoGenre("Classical", List.of("contemporary classical", "minimalism", "chamber music", "film score"), 0.0, 0.90, 84),
            new DemoGenre("Reggae", List.of("roots reggae", "dub", "dancehall"), 0.15, 0.10, 80),
            new DemoGenre("Soul", List.of("northern soul", "Motown", "psychedelic soul"), 0.05, 0.04, 102),
            new DemoGenre("Blues", List.of("delta blues", "electric blues", "blues rock"), 0.04, 0.06, 98),
            new DemoGenre("Latin", List.of("reggaeton", "salsa", "Latin pop", "bossa nova"), 0.20, 0.05, 100));

    /** One or two of this genre's subgenres. */
    List<String> someSubgenres(DemoRandom random) {
        String first = random.pick(subgenres);
        String second = random.pick(subgenres);
        return random.chance(0.5) && !first.equals(second) ? List.of(first, second) : List.of(first);
    }
}
