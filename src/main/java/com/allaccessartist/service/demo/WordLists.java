package com.allaccessartist.service.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * English words the name generator combines. Lists are fixed (their order is part of what a
 * seed reproduces); an underscore in an entry stands for a space.
 */
final class WordLists {

    static final List<String> FIRST_NAMES = words("""
            Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Emily Ella
            Poppy Evie Charlotte Harper Sienna Ruby Daisy Alice Florence Chloe Lucy Maya Zara Nora
            Hannah Leah Erin Megan Jasmine Naomi Tessa Clara Iris Maeve Niamh Aisha Priya Mei Yara
            Noah Oliver George Leo Arthur Harry Oscar Archie Henry Theodore Jack Charlie Finley
            Freddie Alfie Thomas Isaac Lucas Edward Joshua Samuel Max Ethan Daniel Adam Caleb Elijah
            Marcus Jamal Rohan Kenji Mateo Diego Luca Felix Rory Callum Owen Declan Ciaran Aaron
            Tyler Jordan Connor Liam Mason Logan Elliot Jude Rafael Gabriel Nathan Dylan Reuben
            Tobias Miles Silas Hugo Ezra Otis Ronan Seth Jesse Quinn Riley Morgan Casey Avery Jamie
            Robin Taylor Dana Frankie Kit Imogen Harriet Beatrice Esme Martha Ada Astrid Ingrid""");

    static final List<String> LAST_NAMES = words("""
            Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright Thompson
            Evans Walker White Roberts Green Hall Thomas Clarke Jackson Wood Harris Edwards Turner
            Martin Cooper Hill Ward Hughes Moore Clark King Harrison Lewis Baker Lee Allen Morris Khan
            Scott Watson Davis Parker James Bennett Young Phillips Richardson Mitchell Bailey Carter
            Cook Singh Shaw Bell Collins Morgan Kelly Miller Cox Marshall Simpson Anderson Ellis
            Adams Wilkinson Foster Murphy Chapman Mason Gray Richards Webb Griffiths Hunt Palmer
            Campbell Holmes Mills Rogers Barnes Knight Matthews Barker Powell Stevens Kaur Fisher
            Butler Dixon Russell Harvey Pearson Graham Fletcher Reid Ahmed Nguyen Kim Garcia Rodriguez
            Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Rivera Okafor Mensah Osei
            Nakamura Tanaka Sato Lindqvist Larsen Novak Schmidt Fischer Weber Becker Moreau Dubois
            Rossi Ferrari Costa Silva Santos Byrne Walsh Doyle Quinn Kennedy Sullivan Fraser Stewart""");

    static final List<String> ADJECTIVES = words("""
            Silver Golden Midnight Electric Velvet Hollow Broken Quiet Wild Crimson Neon Paper Glass
            Northern Southern Western Eastern Blue Scarlet Amber Violet Lunar Solar Distant Restless
            Gentle Burning Frozen Faded Bright Dark Hidden Lost Lonely Lucky Little Modern Ancient
            Secret Silent Sweet Bitter Honest Tender Savage Dusty Rusty Copper Iron Crystal Emerald
            Indigo Ivory Marble Misty Stormy Sunny Endless Open Final First Late Early Slow Heavy
            Deep High Coastal Cosmic Atomic Analog Static Magnetic Wandering Drifting Falling Rising
            Shining Howling Whispering Dancing Sleeping Waking Painted Borrowed Wooden Stone Hazy
            Golden_Hour Loud Soft Salt Sugar Velour Chrome Satin Radiant Feral Pale Glowing""");

    static final List<String> NOUNS = words("""
            River Mountain Ocean Harbour Lighthouse Forest Meadow Valley Canyon Desert Island Garden
            Orchard Highway Avenue Bridge Tower Station Engine Signal Radio Echo Shadow Mirror Window
            Door Ladder Compass Anchor Lantern Candle Ember Flame Spark Thunder Lightning Storm Rain
            Snow Frost Winter Summer Autumn Spring Morning Evening Twilight Horizon Satellite Comet
            Planet Galaxy Moon Sun Star Cloud Sky Wave Tide Shore Coast Reef Pearl Diamond Sapphire
            Crown Kingdom Empire Castle Palace Cathedral Chapel Temple Arcade Carnival Circus Parade
            Ballroom Motel Diner Cinema Theatre Library Museum Gallery Factory Foundry Workshop Garage
            Basement Attic Rooftop Balcony Hallway Tunnel Subway Airport Fox Wolf Raven Crow Sparrow
            Swallow Hawk Falcon Owl Bear Lion Tiger Horse Stag Hare Whale Dolphin Serpent Dragon
            Phoenix Ghost Saint Stranger Traveller Drifter Dreamer Lover Thief Prophet Pilot Sailor
            Captain Queen King Heart Soul Mind Bone Voice Song Hymn Ballad Anthem Lullaby Chorus
            Rhythm Melody Harmony Static Velvet Neon Honey Copper Ash Smoke Glass Paper Marble""");

    static final List<String> PLURAL_NOUNS = words("""
            Wolves Ravens Foxes Sparrows Lanterns Satellites Comets Engines Signals Echoes Shadows
            Mirrors Strangers Drifters Dreamers Lovers Thieves Prophets Pilots Sailors Saints Sinners
            Ghosts Horses Tigers Lions Bears Owls Hawks Falcons Whales Dolphins Serpents Dragons Kings
            Queens Brothers Sisters Cousins Neighbours Radios Bridges Towers Stations Parades
            Carnivals Arcades Motels Diners Cathedrals Rivers Mountains Islands Gardens Orchards
            Highways Avenues Tides Waves Clouds Storms Sparks Embers Flames Anchors Compasses Ladders
            Windows Doors Crowns Empires Castles Palaces Hymns Ballads Anthems Lullabies Rhythms
            Melodies Harmonies Machines Robots Astronauts Cowboys Pirates Wanderers Runaways Outlaws
            Rebels Heroes Villains Phantoms Spirits Angels Giants Monsters Magpies Swans Moths""");

    static final List<String> VERBS = words("""
            Hold Run Fall Dance Wait Breathe Stay Burn Shine Drive Carry Follow Find Chase Forget
            Remember Leave Believe Dream Wake Sleep Sing Call Tell Show Break Save Love Need Hear Miss
            Hide Keep Turn Move Rise Fly Swim Walk Shake Light Build Let_Go Come_Home Slow_Down""");

    static final List<String> TIMES = words("""
            Midnight Dawn Sunrise Sunset Daybreak Nightfall Noon Twilight Tonight Tomorrow Yesterday
            Sunday Monday Friday Saturday December June August October""");

    static final List<String> SYLLABLES = words("""
            ka ri lo ne mi sa ve ta zo lu na el ko ra ya vi de ma no ai ro se li ju bel an tor
            mar ze fin ola ry""");

    static final List<String> VENUES = words("""
            the_Roundhouse the_Palladium Red_Rocks the_Apollo the_Fillmore Brixton_Academy
            the_Barrowland the_Ryman the_Troubadour the_Olympia the_Paradiso the_Forum the_Bowl
            the_Corn_Exchange the_Town_Hall the_Chapel the_Lighthouse the_Warehouse the_Harbour_Stage""");

    static final List<String> STREET_SUFFIXES = words("Street Road Lane Avenue Place Row Way Yard Mews");

    static final List<String> GERMAN_STREETS = words("""
            Lindenstraße Kastanienallee Ahornweg Birkenstraße Gartenstraße Schillerstraße Goethestraße
            Bergstraße Seestraße Waldweg Mühlenstraße Brunnenstraße""");

    static final List<String> SWEDISH_STREETS = words("""
            Drottninggatan Kungsgatan Sturegatan Hornsgatan Götgatan Skeppargatan Fjällgatan
            Sankt_Eriksgatan""");

    static final List<String> FRENCH_STREETS = words("""
            de_Rivoli Oberkampf de_la_Roquette Saint-Maur des_Martyrs de_Charonne du_Faubourg_Saint-Denis
            de_Belleville Lepic des_Abbesses""");

    static final List<String> KEYS = words("""
            C_major G_major D_major A_major E_major F_major Bb_major Eb_major Ab_major B_major
            F#_major Db_major A_minor E_minor B_minor F#_minor C#_minor D_minor G_minor C_minor
            F_minor Bb_minor Eb_minor G#_minor""");

    private WordLists() {
    }

    /** The words of {@code text} (split on white space), duplicates removed, underscores as spaces. */
    private static List<String> words(String text) {
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String word : text.strip().split("\\s+")) {
            unique.add(word.replace('_', ' '));
        }
        return List.copyOf(new ArrayList<>(unique));
    }
}
