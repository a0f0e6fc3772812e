package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.ValidationException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformUrlTest {

    private static final String SPOTIFY_ID = "4Z8W4fKeB5YxbusRsdQVPb";
    private static final Set<LinkPlatform> WITHOUT_RELEASES = EnumSet.of(LinkPlatform.INSTAGRAM, LinkPlatform.TIKTOK,
            LinkPlatform.TWITTER, LinkPlatform.FACEBOOK);

    // --- artist links: every platform's shapes ----------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "SPOTIFY, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "SPOTIFY, open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb?si=abcDEF123, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "SPOTIFY, HTTPS://OPEN.SPOTIFY.COM/artist/4Z8W4fKeB5YxbusRsdQVPb/, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "SPOTIFY, http://open.spotify.com/intl-de/artist/4Z8W4fKeB5YxbusRsdQVPb, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "SPOTIFY, https://play.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "SPOTIFY, spotify:artist:4Z8W4fKeB5YxbusRsdQVPb, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb",
        "APPLE_MUSIC, https://music.apple.com/us/artist/radiohead/657515, https://music.apple.com/us/artist/radiohead/657515",
        "APPLE_MUSIC, music.apple.com/GB/artist/radiohead/657515?ls=1&app=music, https://music.apple.com/gb/artist/radiohead/657515",
        "APPLE_MUSIC, https://music.apple.com/jp/artist/%E5%AE%87%E5%A4%9A%E7%94%B0/259118, https://music.apple.com/jp/artist/%E5%AE%87%E5%A4%9A%E7%94%B0/259118",
        "APPLE_MUSIC, https://music.apple.com/jp/artist/宇多田/259118, https://music.apple.com/jp/artist/%E5%AE%87%E5%A4%9A%E7%94%B0/259118",
        "ITUNES, https://itunes.apple.com/us/artist/radiohead/id657515, https://itunes.apple.com/us/artist/radiohead/id657515",
        "YOUTUBE, https://www.youtube.com/@radiohead, https://www.youtube.com/@radiohead",
        "YOUTUBE, m.youtube.com/@radiohead?si=x, https://www.youtube.com/@radiohead",
        "YOUTUBE, youtube.com/channel/UCq19-LqvG35A-30oyAiPiqA, https://www.youtube.com/channel/UCq19-LqvG35A-30oyAiPiqA",
        "YOUTUBE, https://www.youtube.com/c/Radiohead/, https://www.youtube.com/c/Radiohead",
        "YOUTUBE, https://www.youtube.com/user/radiohead, https://www.youtube.com/user/radiohead",
        "YOUTUBE_MUSIC, https://music.youtube.com/channel/UCq19-LqvG35A-30oyAiPiqA?feature=share, https://music.youtube.com/channel/UCq19-LqvG35A-30oyAiPiqA",
        "INSTAGRAM, https://instagram.com/radiohead/?igsh=abc, https://www.instagram.com/radiohead",
        "INSTAGRAM, WWW.INSTAGRAM.COM/radio.head_, https://www.instagram.com/radio.head_",
        "TIKTOK, https://www.tiktok.com/@radiohead?lang=en, https://www.tiktok.com/@radiohead",
        "TWITTER, https://twitter.com/radiohead, https://x.com/radiohead",
        "TWITTER, mobile.twitter.com/Radio_Head, https://x.com/Radio_Head",
        "TWITTER, https://x.com/a, https://x.com/a",
        "FACEBOOK, https://m.facebook.com/radiohead/, https://www.facebook.com/radiohead",
        "FACEBOOK, https://www.facebook.com/profile.php?id=100044197893, https://www.facebook.com/profile.php?id=100044197893",
        "FACEBOOK, fb.com/pages/Radiohead/12345, https://www.facebook.com/pages/Radiohead/12345",
        "DEEZER, https://www.deezer.com/en/artist/399, https://www.deezer.com/artist/399",
        "TIDAL, https://listen.tidal.com/artist/3746724, https://tidal.com/browse/artist/3746724",
        "AMAZON_MUSIC, https://music.amazon.co.uk/artists/B000QJPLV6/radiohead, https://music.amazon.co.uk/artists/B000QJPLV6",
        "SOUNDCLOUD, https://soundcloud.com/Radiohead, https://soundcloud.com/radiohead",
        "BANDCAMP, https://radiohead.bandcamp.com/music, https://radiohead.bandcamp.com",
        "BEATPORT, https://www.beatport.com/artist/radiohead/12345, https://www.beatport.com/artist/radiohead/12345",
        "WEBSITE, radiohead.com, https://radiohead.com",
        "WEBSITE, http://www.radiohead.com/news/?utm_source=x&page=2#top, http://www.radiohead.com/news?page=2#top",
        "WEBSITE, https://müller.de/, https://xn--mller-kva.de",
        "WEBSITE, https://example.com:8443/a//b/, https://example.com:8443/a/b",
        "OTHER, https://example.org/release?fbclid=123, https://example.org/release"
    })
    void acceptsAnArtistPageAndReturnsItsNormalForm(LinkPlatform platform, String input, String expected) {
        String normal = PlatformUrl.checkArtistLink(platform, input);

        assertThat(normal).isEqualTo(expected);
        assertThat(PlatformUrl.checkArtistLink(platform, normal)).as("the normal form is a fixed point").isEqualTo(normal);
        assertThat(PlatformUrl.isValidArtistLink(platform, input)).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "SPOTIFY, https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv?si=xyz, https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv",
        "APPLE_MUSIC, https://music.apple.com/us/album/ok-computer/1097861387?i=1097861601, https://music.apple.com/us/album/ok-computer/1097861387",
        "APPLE_MUSIC, https://music.apple.com/us/album/1097861387, https://music.apple.com/us/album/1097861387",
        "ITUNES, https://itunes.apple.com/album/id1097861387, https://itunes.apple.com/album/id1097861387",
        "YOUTUBE, https://www.youtube.com/playlist?list=OLAK5uy_kNkjIdTQZ0aVHhC-GQDvTP5jAWbV0T5Vk&si=q, https://www.youtube.com/playlist?list=OLAK5uy_kNkjIdTQZ0aVHhC-GQDvTP5jAWbV0T5Vk",
        "YOUTUBE, https://youtube.com/watch?v=abc&list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf, https://www.youtube.com/playlist?list=PLrAXtmErZgOeiKm4sgNOknGvNjby9efdf",
        "YOUTUBE_MUSIC, https://music.youtube.com/playlist?list=OLAK5uy_kNkjIdTQZ0aVHhC-GQDvTP5jAWbV0T5Vk, https://music.youtube.com/playlist?list=OLAK5uy_kNkjIdTQZ0aVHhC-GQDvTP5jAWbV0T5Vk",
        "YOUTUBE_MUSIC, music.youtube.com/browse/MPREb_abcdEFGH12345, https://music.youtube.com/browse/MPREb_abcdEFGH12345",
        "DEEZER, deezer.com/album/302127, https://www.deezer.com/album/302127",
        "TIDAL, https://tidal.com/browse/album/77640617, https://tidal.com/browse/album/77640617",
        "AMAZON_MUSIC, https://music.amazon.com/albums/B07DZQH1K8?trackAsin=B1, https://music.amazon.com/albums/B07DZQH1K8",
        "SOUNDCLOUD, https://m.soundcloud.com/radiohead/sets/ok-computer, https://soundcloud.com/radiohead/sets/ok-computer",
        "BANDCAMP, https://radiohead.bandcamp.com/album/ok-computer/, https://radiohead.bandcamp.com/album/ok-computer",
        "BEATPORT, https://www.beatport.com/release/ok-computer/123456, https://www.beatport.com/release/ok-computer/123456",
        "WEBSITE, https://okcomputer.tv, https://okcomputer.tv",
        "OTHER, https://store.label.example/ok-computer-lp, https://store.label.example/ok-computer-lp"
    })
    void acceptsAReleasePageAndReturnsItsNormalForm(LinkPlatform platform, String input, String expected) {
        String normal = PlatformUrl.checkReleaseLink(platform, input);

        assertThat(normal).isEqualTo(expected);
        assertThat(PlatformUrl.checkReleaseLink(platform, normal)).isEqualTo(normal);
    }

    // --- refusals, each with its reason -------------------------------------------------------

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void refusesNothing(String input) {
        ValidationException e = rejection(() -> PlatformUrl.checkArtistLink(LinkPlatform.SPOTIFY, input));

        assertThat(e.key()).isEqualTo("validation.link.empty");
        assertThat(e.args()).containsExactly("Spotify", PlatformUrl.artistShape(LinkPlatform.SPOTIFY));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "SPOTIFY, https://music.apple.com/us/artist/radiohead/657515, validation.link.otherPlatform",
        "SPOTIFY, https://www.youtube.com/@radiohead, validation.link.otherPlatform",
        "SPOTIFY, https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv, validation.link.artistPage",
        "SPOTIFY, https://open.spotify.com/track/4LH4d3cOWNNsVw41Gqt2kv, validation.link.artistPage",
        "SPOTIFY, https://open.spotify.com/artist/tooShort, validation.link.artistPage",
        "SPOTIFY, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb/extra, validation.link.artistPage",
        "SPOTIFY, https://spotify.evil.example/artist/4Z8W4fKeB5YxbusRsdQVPb, validation.link.host",
        "SPOTIFY, https://user@open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb, validation.link.shape",
        "SPOTIFY, https://open.spotify.com:8080/artist/4Z8W4fKeB5YxbusRsdQVPb, validation.link.shape",
        "SPOTIFY, ftp://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb, validation.link.scheme",
        "SPOTIFY, javascript:alert(1), validation.link.scheme",
        "SPOTIFY, open spotify com, validation.link.shape",
        "APPLE_MUSIC, https://music.apple.com/artist/radiohead/657515, validation.link.artistPage",
        "APPLE_MUSIC, https://music.apple.com/us/artist/radiohead/abc, validation.link.artistPage",
        "YOUTUBE, https://youtu.be/dQw4w9WgXcQ, validation.link.artistPage",
        "YOUTUBE, https://www.youtube.com/watch?v=dQw4w9WgXcQ, validation.link.artistPage",
        "YOUTUBE, https://music.youtube.com/channel/UCq19-LqvG35A-30oyAiPiqA, validation.link.otherPlatform",
        "YOUTUBE_MUSIC, https://music.youtube.com/@radiohead, validation.link.artistPage",
        "INSTAGRAM, https://www.instagram.com/p/C1a2b3c4d5/, validation.link.artistPage",
        "INSTAGRAM, https://www.instagram.com/, validation.link.artistPage",
        "TIKTOK, https://www.tiktok.com/radiohead, validation.link.artistPage",
        "TWITTER, https://x.com/this_handle_is_too_long, validation.link.artistPage",
        "TWITTER, https://twitter.com/home, validation.link.artistPage",
        "TWITTER, https://x.com/radiohead/status/123, validation.link.artistPage",
        "FACEBOOK, https://www.facebook.com/sharer.php?u=x, validation.link.artistPage",
        "FACEBOOK, https://www.facebook.com/groups/12345, validation.link.artistPage",
        "DEEZER, https://www.deezer.com/album/302127, validation.link.artistPage",
        "BANDCAMP, https://bandcamp.com/radiohead, validation.link.host",
        "BANDCAMP, https://radiohead.bandcamp.com/album/ok-computer, validation.link.artistPage",
        "WEBSITE, localhost, validation.link.host",
        "WEBSITE, http://192.168.0.1/admin, validation.link.host",
        "WEBSITE, https://exa_mple.com, validation.link.host",
        "WEBSITE, https://example.123, validation.link.host",
        "WEBSITE, mailto:band@example.com, validation.link.scheme",
        "WEBSITE, https://, validation.link.shape",
        "WEBSITE, https://user:secret@example.com, validation.link.shape",
        "WEBSITE, https://example.com/a b, validation.link.shape"
    })
    void refusesAnArtistLinkSayingWhy(LinkPlatform platform, String input, String key) {
        ValidationException e = rejection(() -> PlatformUrl.checkArtistLink(platform, input));

        assertThat(e.key()).isEqualTo(key);
        assertThat(e.args()[0]).isEqualTo(PlatformUrl.displayName(platform));
        assertThat(e.args()[1]).isEqualTo(PlatformUrl.artistShape(platform));
        assertThat(Messages.has(e.key())).as("a sentence for %s", e.key()).isTrue();
        assertThat(e.getLocalizedMessage()).doesNotContain("{").contains(PlatformUrl.displayName(platform));
        assertThat(PlatformUrl.isValidArtistLink(platform, input)).isFalse();
    }

    @Test
    void namesThePlatformALinkPastedIntoTheWrongFieldBelongsTo() {
        ValidationException e = rejection(() -> PlatformUrl.checkArtistLink(LinkPlatform.SPOTIFY,
                "https://music.apple.com/us/artist/radiohead/657515"));

        assertThat(e.args()).containsExactly("Spotify", PlatformUrl.artistShape(LinkPlatform.SPOTIFY), "Apple Music");
        assertThat(e.getLocalizedMessage()).contains("Apple Music").contains("Spotify").contains("open.spotify.com/artist/");
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "SPOTIFY, https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb, validation.link.releasePage",
        "SPOTIFY, https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M, validation.link.releasePage",
        "APPLE_MUSIC, https://music.apple.com/us/artist/radiohead/657515, validation.link.releasePage",
        "YOUTUBE, https://www.youtube.com/@radiohead, validation.link.releasePage",
        "YOUTUBE, https://www.youtube.com/playlist?list=x, validation.link.releasePage",
        "DEEZER, https://www.deezer.com/artist/399, validation.link.releasePage",
        "SOUNDCLOUD, https://soundcloud.com/radiohead, validation.link.releasePage",
        "BEATPORT, https://www.beatport.com/artist/radiohead/12345, validation.link.releasePage",
        "TIDAL, https://open.spotify.com/album/4LH4d3cOWNNsVw41Gqt2kv, validation.link.otherPlatform"
    })
    void refusesAReleaseLinkThatIsNotAReleasePage(LinkPlatform platform, String input, String key) {
        ValidationException e = rejection(() -> PlatformUrl.checkReleaseLink(platform, input));

        assertThat(e.key()).isEqualTo(key);
        assertThat(e.args()[1]).isEqualTo(PlatformUrl.releaseShape(platform));
    }

    @ParameterizedTest
    @EnumSource(value = LinkPlatform.class, names = {"INSTAGRAM", "TIKTOK", "TWITTER", "FACEBOOK"})
    void socialPlatformsHaveNoReleasePages(LinkPlatform platform) {
        ValidationException e = rejection(() -> PlatformUrl.checkReleaseLink(platform, "https://www.instagram.com/radiohead"));

        assertThat(e.key()).isEqualTo("validation.link.noReleasePages");
        assertThat(PlatformUrl.hasReleasePages(platform)).isFalse();
        assertThat(PlatformUrl.releaseShape(platform)).isNull();
    }

    @Test
    void refusesLinksLongerThanTheColumn() {
        String longPath = "https://example.com/" + "a".repeat(PlatformUrl.MAX_LENGTH);
        ValidationException e = rejection(() -> PlatformUrl.checkArtistLink(LinkPlatform.WEBSITE, longPath));

        assertThat(e.key()).isEqualTo("validation.link.tooLong");
        assertThat(e.args()[2]).isEqualTo(PlatformUrl.MAX_LENGTH);
        assertThat(e.getLocalizedMessage()).contains("500");
        String exactly = "https://example.com/" + "a".repeat(PlatformUrl.MAX_LENGTH - "https://example.com/".length());
        assertThat(PlatformUrl.checkArtistLink(LinkPlatform.WEBSITE, exactly)).hasSize(PlatformUrl.MAX_LENGTH);
    }

    @Test
    void everyPlatformHasANameAndShapes() {
        for (LinkPlatform platform : LinkPlatform.values()) {
            assertThat(PlatformUrl.displayName(platform)).isNotBlank();
            assertThat(PlatformUrl.artistShape(platform)).startsWith("https://");
            assertThat(PlatformUrl.hasReleasePages(platform)).isEqualTo(!WITHOUT_RELEASES.contains(platform));
        }
    }

    // --- properties ---------------------------------------------------------------------------

    /** A link as typed, the platform it is for, and the normal form it must give. */
    record Sample(LinkPlatform platform, String input, String expected) {
    }

    @Property(tries = 3000)
    void generatedArtistPagesAreAcceptedInEveryEntryForm(@ForAll("artistPages") Sample sample) {
        String normal = PlatformUrl.checkArtistLink(sample.platform(), sample.input());

        assertThat(normal).as("%s %s", sample.platform(), sample.input()).isEqualTo(sample.expected());
        assertThat(PlatformUrl.checkArtistLink(sample.platform(), normal)).isEqualTo(normal);
    }

    @Property(tries = 3000)
    void generatedReleasePagesAreAcceptedInEveryEntryForm(@ForAll("releasePages") Sample sample) {
        String normal = PlatformUrl.checkReleaseLink(sample.platform(), sample.input());

        assertThat(normal).as("%s %s", sample.platform(), sample.input()).isEqualTo(sample.expected());
        assertThat(PlatformUrl.checkReleaseLink(sample.platform(), normal)).isEqualTo(normal);
    }

    @Property(tries = 3000)
    void anArtistPageIsNeverAcceptedAsAReleaseOfAStreamingPlatform(@ForAll("artistPages") Sample sample) {
        if (sample.platform() == LinkPlatform.WEBSITE || sample.platform() == LinkPlatform.OTHER) {
            return;
        }
        Throwable thrown = catchThrowable(() -> PlatformUrl.checkReleaseLink(sample.platform(), sample.input()));

        assertThat(thrown).isInstanceOf(ValidationException.class);
    }

    @Property(tries = 5000)
    void mutatedLinksGiveAFixedPointOrAValidationError(@ForAll("artistPages") Sample sample, @ForAll Random random,
                                                       @ForAll LinkPlatform checkedAs) {
        String mutated = mutate(sample.input(), random);

        checkBehaves(checkedAs, mutated, true);
        checkBehaves(checkedAs, mutated, false);
    }

    @Property(tries = 5000)
    void anyTextGivesAFixedPointOrAValidationError(@ForAll("anyText") String input, @ForAll LinkPlatform platform) {
        checkBehaves(platform, input, true);
        checkBehaves(platform, input, false);
    }

    private static void checkBehaves(LinkPlatform platform, String input, boolean artist) {
        String normal;
        try {
            normal = artist ? PlatformUrl.checkArtistLink(platform, input) : PlatformUrl.checkReleaseLink(platform, input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.link.");
            assertThat(Messages.has(e.key())).as(e.key()).isTrue();
            return;
        }
        assertThat(normal).as("%s %s", platform, input).hasSizeLessThanOrEqualTo(PlatformUrl.MAX_LENGTH)
                .matches("^https?://[a-z0-9.-]+(:[0-9]+)?(/.*)?([?#].*)?$");
        assertThat(normal.chars()).as("ASCII only: %s", normal).allMatch(c -> c > 32 && c < 127);
        String again = artist ? PlatformUrl.checkArtistLink(platform, normal) : PlatformUrl.checkReleaseLink(platform, normal);
        assertThat(again).as("fixed point of %s", input).isEqualTo(normal);
    }

    private static String mutate(String input, Random random) {
        StringBuilder text = new StringBuilder(input);
        int mutations = 1 + random.nextInt(3);
        String alphabet = "/:.?&=#%@-_~ AZaz09\u00e9\u2603\uD83C\uDFB5";
        for (int m = 0; m < mutations && !text.isEmpty(); m++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 2 -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length() - 2)));
                case 3 -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(8))));
                default -> {
                    char c = text.charAt(at);
                    text.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                }
            }
        }
        return text.toString();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("htps:/w.eoxamplcm-_?&=#%@0123456789ABZ ").ofMaxLength(60),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789./").ofMinLength(1).ofMaxLength(40)
                        .map(s -> "https://" + s),
                Arbitraries.strings().ofMinLength(490).ofMaxLength(1200).withChars("abc/.")
                        .map(s -> "https://example.com/" + s));
    }

    // --- generators of valid links ---------------------------------------------------------------

    @Provide
    Arbitrary<Sample> artistPages() {
        return Arbitraries.oneOf(
                base62(22).map(id -> page(LinkPlatform.SPOTIFY, "open.spotify.com", "/artist/" + id, null)),
                Combinators.combine(country(), slug(), digits()).as((cc, name, id) ->
                        page(LinkPlatform.APPLE_MUSIC, "music.apple.com", "/" + cc + "/artist/" + name + "/" + id, null)),
                Combinators.combine(country(), slug(), digits()).as((cc, name, id) ->
                        page(LinkPlatform.ITUNES, "itunes.apple.com", "/" + cc + "/artist/" + name + "/id" + id, null)),
                youtubeChannel().map(path -> page(LinkPlatform.YOUTUBE, "www.youtube.com", path, null)),
                channelId().map(id -> page(LinkPlatform.YOUTUBE_MUSIC, "music.youtube.com", "/channel/" + id, null)),
                handle(3, 20).map(user -> page(LinkPlatform.INSTAGRAM, "www.instagram.com", "/" + user + "_", null)),
                handle(2, 20).map(user -> page(LinkPlatform.TIKTOK, "www.tiktok.com", "/@" + user, null)),
                handle(1, 13).map(user -> page(LinkPlatform.TWITTER, "x.com", "/" + user + "_", null)),
                handle(5, 30).map(page -> page(LinkPlatform.FACEBOOK, "www.facebook.com", "/" + page + "9", null)),
                digits().map(id -> page(LinkPlatform.DEEZER, "www.deezer.com", "/artist/" + id, null)),
                digits().map(id -> page(LinkPlatform.TIDAL, "tidal.com", "/browse/artist/" + id, null)),
                Combinators.combine(amazonStore(), asin()).as((store, asin) ->
                        page(LinkPlatform.AMAZON_MUSIC, "music.amazon." + store, "/artists/" + asin, null)),
                slug().map(name -> page(LinkPlatform.SOUNDCLOUD, "soundcloud.com", "/" + name + "-1", null)),
                slug().map(name -> page(LinkPlatform.BANDCAMP, name + ".bandcamp.com", "", null)),
                Combinators.combine(slug(), digits()).as((name, id) ->
                        page(LinkPlatform.BEATPORT, "www.beatport.com", "/artist/" + name + "/" + id, null)),
                Combinators.combine(domain(), slug()).as((host, path) -> page(LinkPlatform.WEBSITE, host, "/" + path, null)),
                Combinators.combine(domain(), slug()).as((host, path) -> page(LinkPlatform.OTHER, host, "/" + path, null)))
                .flatMap(PlatformUrlTest::enteredAnyWay);
    }

    @Provide
    Arbitrary<Sample> releasePages() {
        return Arbitraries.oneOf(
                base62(22).map(id -> page(LinkPlatform.SPOTIFY, "open.spotify.com", "/album/" + id, null)),
                Combinators.combine(country(), slug(), digits()).as((cc, name, id) ->
                        page(LinkPlatform.APPLE_MUSIC, "music.apple.com", "/" + cc + "/album/" + name + "/" + id, null)),
                Combinators.combine(country(), slug(), digits()).as((cc, name, id) ->
                        page(LinkPlatform.ITUNES, "itunes.apple.com", "/" + cc + "/album/" + name + "/id" + id, null)),
                playlistId().map(id -> page(LinkPlatform.YOUTUBE, "www.youtube.com", "/playlist", "list=" + id)),
                playlistId().map(id -> page(LinkPlatform.YOUTUBE_MUSIC, "music.youtube.com", "/playlist", "list=" + id)),
                digits().map(id -> page(LinkPlatform.DEEZER, "www.deezer.com", "/album/" + id, null)),
                digits().map(id -> page(LinkPlatform.TIDAL, "tidal.com", "/browse/album/" + id, null)),
                Combinators.combine(amazonStore(), asin()).as((store, asin) ->
                        page(LinkPlatform.AMAZON_MUSIC, "music.amazon." + store, "/albums/" + asin, null)),
                Combinators.combine(slug(), slug()).as((name, set) ->
                        page(LinkPlatform.SOUNDCLOUD, "soundcloud.com", "/" + name + "-1/sets/" + set, null)),
                Combinators.combine(slug(), slug()).as((name, album) ->
                        page(LinkPlatform.BANDCAMP, name + ".bandcamp.com", "/album/" + album, null)),
                Combinators.combine(slug(), digits()).as((name, id) ->
                        page(LinkPlatform.BEATPORT, "www.beatport.com", "/release/" + name + "/" + id, null)),
                Combinators.combine(domain(), slug()).as((host, path) -> page(LinkPlatform.OTHER, host, "/" + path, null)))
                .flatMap(PlatformUrlTest::enteredAnyWay);
    }

    /** The canonical page: host, path and the query the page needs. */
    private static Sample page(LinkPlatform platform, String host, String path, String query) {
        return new Sample(platform, host + "\n" + path + "\n" + (query == null ? "" : query),
                "https://" + host + path + (query == null ? "" : "?" + query));
    }

    /** The same page as people paste it: scheme or none, host case and variants, trailing slash, tracking. */
    private static Arbitrary<Sample> enteredAnyWay(Sample canonical) {
        String[] parts = canonical.input().split("\n", -1);
        String host = parts[0];
        String path = parts[1];
        String query = parts[2];
        boolean ownHost = canonical.platform() == LinkPlatform.WEBSITE || canonical.platform() == LinkPlatform.OTHER;
        Arbitrary<String> scheme = ownHost ? Arbitraries.of("https://", "", "HTTPS://", "//")
                : Arbitraries.of("https://", "", "http://", "HTTPS://", "Https://", "//");
        Arbitrary<String> hostForm = ownHost || host.endsWith(".bandcamp.com") || host.startsWith("music.amazon.")
                ? Arbitraries.of(host, host.toUpperCase(Locale.ROOT))
                : Arbitraries.of(host, host.toUpperCase(Locale.ROOT), variant(host, "m."), variant(host, "www."));
        Arbitrary<String> slash = Arbitraries.of("", "/", "//");
        Arbitrary<List<String>> tracking = Arbitraries.of("si=AbC123xyz", "utm_source=newsletter", "utm_medium=email",
                "fbclid=IwAR0abc", "igsh=MTc4", "gclid=Cj0KCQ").list().ofMaxSize(3);
        return Combinators.combine(scheme, hostForm, slash, tracking).as((s, h, trailing, extra) -> {
            StringBuilder input = new StringBuilder(s).append(h).append(path).append(query.isEmpty() ? trailing : "");
            List<String> parameters = new java.util.ArrayList<>();
            if (!query.isEmpty()) {
                parameters.add(query);
            }
            parameters.addAll(extra);
            if (!parameters.isEmpty()) {
                input.append('?').append(String.join("&", parameters));
            }
            return new Sample(canonical.platform(), input.toString(), canonical.expected());
        });
    }

    private static String variant(String host, String prefix) {
        String bare = host.startsWith("www.") ? host.substring(4) : host;
        return bare.startsWith("open.") || bare.startsWith("music.") || bare.startsWith("itunes.")
                ? (prefix.equals("www.") ? "www." + bare : bare) : prefix + bare;
    }

    private static Arbitrary<String> base62(int length) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofLength(length);
    }

    private static Arbitrary<String> digits() {
        return Arbitraries.longs().between(1, 9_999_999_999L).map(String::valueOf);
    }

    private static Arbitrary<String> country() {
        return Arbitraries.of("us", "gb", "de", "fr", "jp", "br", "se");
    }

    private static Arbitrary<String> slug() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(3).map(words -> String.join("-", words));
    }

    private static Arbitrary<String> handle(int min, int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(min).ofMaxLength(max);
    }

    private static Arbitrary<String> channelId() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-', '_').ofLength(22).map(id -> "UC" + id);
    }

    private static Arbitrary<String> youtubeChannel() {
        return Arbitraries.oneOf(
                channelId().map(id -> "/channel/" + id),
                Arbitraries.strings().withCharRange('a', 'z').withChars('.', '-', '_').ofMinLength(3).ofMaxLength(30)
                        .map(handle -> "/@" + handle),
                handle(1, 30).map(name -> "/c/" + name),
                handle(1, 30).map(name -> "/user/" + name));
    }

    private static Arbitrary<String> playlistId() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars('-', '_').ofMinLength(10).ofMaxLength(64);
    }

    private static Arbitrary<String> asin() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(10);
    }

    private static Arbitrary<String> amazonStore() {
        return Arbitraries.of("com", "co.uk", "de", "fr", "co.jp", "com.au");
    }

    private static Arbitrary<String> domain() {
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
                .ofMaxLength(15);
        return Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of("com", "org", "co.uk", "music", "de"))
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
    }
}
