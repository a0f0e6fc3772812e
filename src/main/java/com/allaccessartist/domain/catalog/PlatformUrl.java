package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.ValidationException;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a link against its platform's URL shape and returns it in a normal form (https, the
 * platform's canonical host, tracking parameters such as ?si= removed). An artist link must point
 * at an artist profile (a Spotify link must be a Spotify artist URL); a release link at that
 * release on the platform (album, playlist or release page). Every refusal says why, with a key
 * {@code validation.link.*} and the platform's expected shape.
 *
 * <p>Accepted on entry: a missing scheme ({@code open.spotify.com/artist/…}), upper-case hosts and
 * schemes, {@code www.}/{@code m.}/{@code mobile.} host variants, trailing slashes, tracking and
 * share parameters. The result is a fixed point: checking it again returns it unchanged.
 *
 * <table>
 *   <caption>Shapes</caption>
 *   <tr><th>platform</th><th>artist</th><th>release</th></tr>
 *   <tr><td>website</td><td colspan="2">any http(s) address with a real host name (http kept when typed)</td></tr>
 *   <tr><td>Spotify</td><td>open.spotify.com/[intl-xx/]artist/&lt;22 base62&gt;</td><td>…/album/&lt;22 base62&gt;</td></tr>
 *   <tr><td>Apple Music</td><td>music.apple.com/&lt;cc&gt;/artist/[&lt;name&gt;/]&lt;digits&gt;</td><td>…/&lt;cc&gt;/album/[&lt;name&gt;/]&lt;digits&gt;</td></tr>
 *   <tr><td>iTunes</td><td>itunes.apple.com/[&lt;cc&gt;/]artist/[&lt;name&gt;/]id&lt;digits&gt;</td><td>…/album/…</td></tr>
 *   <tr><td>YouTube</td><td>youtube.com/@handle, /channel/UC…, /c/…, /user/…</td><td>youtube.com/playlist?list=…</td></tr>
 *   <tr><td>YouTube Music</td><td>music.youtube.com/channel/UC…</td><td>music.youtube.com/playlist?list=… or /browse/MPREb_…</td></tr>
 *   <tr><td>Instagram</td><td>instagram.com/&lt;user&gt;</td><td>none</td></tr>
 *   <tr><td>TikTok</td><td>tiktok.com/@&lt;user&gt;</td><td>none</td></tr>
 *   <tr><td>X (Twitter)</td><td>x.com or twitter.com/&lt;handle of 1–15&gt; (stored on x.com)</td><td>none</td></tr>
 *   <tr><td>Facebook</td><td>facebook.com/&lt;page&gt;, /pages/&lt;name&gt;/&lt;id&gt;, /profile.php?id=…</td><td>none</td></tr>
 *   <tr><td>Deezer</td><td>deezer.com/[xx/]artist/&lt;digits&gt;</td><td>…/album/&lt;digits&gt;</td></tr>
 *   <tr><td>TIDAL</td><td>tidal.com/[browse/]artist/&lt;digits&gt;</td><td>…/album/&lt;digits&gt;</td></tr>
 *   <tr><td>Amazon Music</td><td>music.amazon.&lt;store&gt;/artists/&lt;ASIN&gt;</td><td>…/albums/&lt;ASIN&gt;</td></tr>
 *   <tr><td>SoundCloud</td><td>soundcloud.com/&lt;user&gt;</td><td>soundcloud.com/&lt;user&gt;/sets/&lt;set&gt;</td></tr>
 *   <tr><td>Bandcamp</td><td>&lt;name&gt;.bandcamp.com</td><td>&lt;name&gt;.bandcamp.com/album/&lt;title&gt;</td></tr>
 *   <tr><td>Beatport</td><td>beatport.com/artist/&lt;name&gt;/&lt;digits&gt;</td><td>…/release/&lt;name&gt;/&lt;digits&gt;</td></tr>
 *   <tr><td>other</td><td colspan="2">any http(s) address with a real host name</td></tr>
 * </table>
 */
public final class PlatformUrl {

    /** Longest stored link (the URL columns are VARCHAR(500)). */
    public static final int MAX_LENGTH = 500;
    /** Input longer than this is refused before it is looked at. */
    private static final int MAX_INPUT = 4 * MAX_LENGTH;

    private static final Pattern HAS_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern HOST_LABEL = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$");
    private static final Pattern SEGMENT = Pattern.compile("^[A-Za-z0-9._~!$&'()*+,;=:@%-]+$");
    private static final Pattern BASE62_22 = Pattern.compile("^[A-Za-z0-9]{22}$");
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,20}$");
    private static final Pattern ID_DIGITS = Pattern.compile("^(?:id)?([0-9]{1,20})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern SPOTIFY_INTL = Pattern.compile("^intl-[A-Za-z]{2}(?:[-_][A-Za-z]{2})?$");
    private static final Pattern YOUTUBE_CHANNEL = Pattern.compile("^UC[A-Za-z0-9_-]{22}$");
    private static final Pattern YOUTUBE_HANDLE = Pattern.compile("^@[A-Za-z0-9._-]{3,30}$");
    private static final Pattern YOUTUBE_LIST = Pattern.compile("^[A-Za-z0-9_-]{10,64}$");
    private static final Pattern YOUTUBE_MUSIC_ALBUM = Pattern.compile("^MPREb_[A-Za-z0-9_-]{5,40}$");
    private static final Pattern INSTAGRAM_USER = Pattern.compile("^[A-Za-z0-9._]{1,30}$");
    private static final Pattern TIKTOK_USER = Pattern.compile("^@[A-Za-z0-9._]{2,24}$");
    private static final Pattern TWITTER_HANDLE = Pattern.compile("^[A-Za-z0-9_]{1,15}$");
    private static final Pattern FACEBOOK_PAGE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$");
    private static final Pattern ASIN = Pattern.compile("^[A-Za-z0-9]{10}$");
    private static final Pattern SOUNDCLOUD_NAME = Pattern.compile("^[a-z0-9_-]{1,80}$");
    private static final Pattern BANDCAMP_HOST = Pattern.compile("^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\\.bandcamp\\.com$");
    private static final Pattern AMAZON_HOST = Pattern.compile(
            "^music\\.amazon\\.(com|ca|com\\.mx|com\\.br|co\\.uk|de|fr|it|es|nl|se|pl|in|co\\.jp|com\\.au)$");

    private static final Set<String> INSTAGRAM_RESERVED = Set.of("p", "reel", "reels", "explore", "accounts", "stories",
            "tv", "direct", "about", "legal", "developer");
    private static final Set<String> TWITTER_RESERVED = Set.of("home", "explore", "i", "intent", "share", "search",
            "settings", "login", "logout", "signup", "hashtag", "messages", "notifications", "tos", "privacy", "compose");
    private static final Set<String> FACEBOOK_RESERVED = Set.of("sharer", "sharer.php", "share", "share.php", "groups",
            "events", "watch", "photo", "photo.php", "photos", "story.php", "login", "login.php", "help", "marketplace",
            "gaming", "hashtag", "search", "home.php", "dialog", "plugins");
    private static final Set<String> SOUNDCLOUD_RESERVED = Set.of("discover", "search", "stream", "you", "upload",
            "charts", "pages", "settings", "terms-of-use", "messages", "notifications", "people", "tracks", "sets",
            "signin", "logout", "mobile", "apps");
    /** Query parameters that only track where a link was shared from. */
    private static final Set<String> TRACKING = Set.of("si", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "igshid", "igsh", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "ref_src");

    /** Hosts (without www./m./mobile.) by the platform they belong to, to name a link pasted into the wrong field. */
    private static final Map<String, LinkPlatform> KNOWN_HOSTS = Map.ofEntries(
            Map.entry("open.spotify.com", LinkPlatform.SPOTIFY), Map.entry("play.spotify.com", LinkPlatform.SPOTIFY),
            Map.entry("spotify.com", LinkPlatform.SPOTIFY), Map.entry("spotify.link", LinkPlatform.SPOTIFY),
            Map.entry("music.apple.com", LinkPlatform.APPLE_MUSIC), Map.entry("geo.music.apple.com", LinkPlatform.APPLE_MUSIC),
            Map.entry("itunes.apple.com", LinkPlatform.ITUNES), Map.entry("geo.itunes.apple.com", LinkPlatform.ITUNES),
            Map.entry("youtube.com", LinkPlatform.YOUTUBE), Map.entry("youtu.be", LinkPlatform.YOUTUBE),
            Map.entry("music.youtube.com", LinkPlatform.YOUTUBE_MUSIC),
            Map.entry("instagram.com", LinkPlatform.INSTAGRAM), Map.entry("instagr.am", LinkPlatform.INSTAGRAM),
            Map.entry("tiktok.com", LinkPlatform.TIKTOK), Map.entry("vm.tiktok.com", LinkPlatform.TIKTOK),
            Map.entry("twitter.com", LinkPlatform.TWITTER), Map.entry("x.com", LinkPlatform.TWITTER),
            Map.entry("facebook.com", LinkPlatform.FACEBOOK), Map.entry("fb.com", LinkPlatform.FACEBOOK),
            Map.entry("web.facebook.com", LinkPlatform.FACEBOOK),
            Map.entry("deezer.com", LinkPlatform.DEEZER), Map.entry("tidal.com", LinkPlatform.TIDAL),
            Map.entry("listen.tidal.com", LinkPlatform.TIDAL), Map.entry("soundcloud.com", LinkPlatform.SOUNDCLOUD),
            Map.entry("beatport.com", LinkPlatform.BEATPORT));

    private PlatformUrl() {
    }

    /** Which kind of page a link must show. */
    private enum Kind { ARTIST, RELEASE }

    /** @throws com.allaccessartist.domain.ValidationException with the reason */
    public static String checkArtistLink(LinkPlatform platform, String input) {
        return check(platform, input, Kind.ARTIST);
    }

    /** @throws com.allaccessartist.domain.ValidationException with the reason */
    public static String checkReleaseLink(LinkPlatform platform, String input) {
        return check(platform, input, Kind.RELEASE);
    }

    /** Whether {@link #checkArtistLink} accepts {@code input}. */
    public static boolean isValidArtistLink(LinkPlatform platform, String input) {
        try {
            checkArtistLink(platform, input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** Whether {@link #checkReleaseLink} accepts {@code input}. */
    public static boolean isValidReleaseLink(LinkPlatform platform, String input) {
        try {
            checkReleaseLink(platform, input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** Whether the platform has release pages at all (Instagram, TikTok, X and Facebook do not). */
    public static boolean hasReleasePages(LinkPlatform platform) {
        return releaseShape(platform) != null;
    }

    /** The platform's name as people know it (a brand, not translated). */
    public static String displayName(LinkPlatform platform) {
        return switch (platform) {
            case WEBSITE -> "Website";
            case SPOTIFY -> "Spotify";
            case APPLE_MUSIC -> "Apple Music";
            case ITUNES -> "iTunes";
            case YOUTUBE -> "YouTube";
            case YOUTUBE_MUSIC -> "YouTube Music";
            case INSTAGRAM -> "Instagram";
            case TIKTOK -> "TikTok";
            case TWITTER -> "X (Twitter)";
            case FACEBOOK -> "Facebook";
            case DEEZER -> "Deezer";
            case TIDAL -> "TIDAL";
            case AMAZON_MUSIC -> "Amazon Music";
            case SOUNDCLOUD -> "SoundCloud";
            case BANDCAMP -> "Bandcamp";
            case BEATPORT -> "Beatport";
            case OTHER -> "Link";
        };
    }

    /** The shape an artist link of {@code platform} has, for prompts and messages. */
    public static String artistShape(LinkPlatform platform) {
        return switch (platform) {
            case WEBSITE, OTHER -> "https://<domain>/…";
            case SPOTIFY -> "https://open.spotify.com/artist/<22-character id>";
            case APPLE_MUSIC -> "https://music.apple.com/<country>/artist/<name>/<number>";
            case ITUNES -> "https://itunes.apple.com/<country>/artist/<name>/id<number>";
            case YOUTUBE -> "https://www.youtube.com/@<handle> or https://www.youtube.com/channel/UC…";
            case YOUTUBE_MUSIC -> "https://music.youtube.com/channel/UC…";
            case INSTAGRAM -> "https://www.instagram.com/<username>";
            case TIKTOK -> "https://www.tiktok.com/@<username>";
            case TWITTER -> "https://x.com/<handle>";
            case FACEBOOK -> "https://www.facebook.com/<page name>";
            case DEEZER -> "https://www.deezer.com/artist/<number>";
            case TIDAL -> "https://tidal.com/browse/artist/<number>";
            case AMAZON_MUSIC -> "https://music.amazon.com/artists/<ASIN>";
            case SOUNDCLOUD -> "https://soundcloud.com/<name>";
            case BANDCAMP -> "https://<name>.bandcamp.com";
            case BEATPORT -> "https://www.beatport.com/artist/<name>/<number>";
        };
    }

    /** The shape a release link of {@code platform} has, or null if it has no release pages. */
    public static String releaseShape(LinkPlatform platform) {
        return switch (platform) {
            case WEBSITE, OTHER -> "https://<domain>/…";
            case SPOTIFY -> "https://open.spotify.com/album/<22-character id>";
            case APPLE_MUSIC -> "https://music.apple.com/<country>/album/<name>/<number>";
            case ITUNES -> "https://itunes.apple.com/<country>/album/<name>/id<number>";
            case YOUTUBE -> "https://www.youtube.com/playlist?list=<id>";
            case YOUTUBE_MUSIC -> "https://music.youtube.com/playlist?list=<id>";
            case DEEZER -> "https://www.deezer.com/album/<number>";
            case TIDAL -> "https://tidal.com/browse/album/<number>";
            case AMAZON_MUSIC -> "https://music.amazon.com/albums/<ASIN>";
            case SOUNDCLOUD -> "https://soundcloud.com/<name>/sets/<set>";
            case BANDCAMP -> "https://<name>.bandcamp.com/album/<title>";
            case BEATPORT -> "https://www.beatport.com/release/<name>/<number>";
            case INSTAGRAM, TIKTOK, TWITTER, FACEBOOK -> null;
        };
    }

    // --- checking ---------------------------------------------------------------------------

    private static String check(LinkPlatform platform, String input, Kind kind) {
        if (platform == null) {
            throw new IllegalArgumentException("platform");
        }
        String shape = kind == Kind.ARTIST ? artistShape(platform) : releaseShape(platform);
        String text = input == null ? "" : input.strip();
        if (text.isEmpty()) {
            throw refusal("validation.link.empty", "Enter the " + displayName(platform) + " address.", platform, shape);
        }
        if (shape == null) {
            throw refusal("validation.link.noReleasePages", displayName(platform)
                    + " has no release pages; link the release on a streaming service or store.", platform, "");
        }
        if (text.length() > MAX_INPUT) {
            throw tooLong(platform, shape);
        }
        Link link = Link.parse(text, platform, shape);
        String normal = switch (platform) {
            case WEBSITE, OTHER -> anyPage(link);
            default -> platformPage(platform, kind, link, shape);
        };
        if (normal.length() > MAX_LENGTH) {
            throw tooLong(platform, shape);
        }
        return normal;
    }

    private static String platformPage(LinkPlatform platform, Kind kind, Link link, String shape) {
        if (link.userInfo != null || (link.port != -1 && link.port != 80 && link.port != 443)) {
            throw shapeRefusal(platform, shape);
        }
        if (!ownsHost(platform, link.host)) {
            throw wrongHost(platform, kind, link.host, shape);
        }
        String page = kind == Kind.ARTIST ? artistPage(platform, link) : releasePage(platform, link);
        if (page == null) {
            throw wrongPage(platform, kind, shape);
        }
        return page;
    }

    private static ValidationException wrongPage(LinkPlatform platform, Kind kind, String shape) {
        return kind == Kind.ARTIST
                ? refusal("validation.link.artistPage", "This " + displayName(platform)
                        + " link does not point at an artist's page; expected " + shape + ".", platform, shape)
                : refusal("validation.link.releasePage", "This " + displayName(platform)
                        + " link does not point at a release's page; expected " + shape + ".", platform, shape);
    }

    private static boolean ownsHost(LinkPlatform platform, String host) {
        String base = withoutVariant(host);
        return switch (platform) {
            case SPOTIFY -> base.equals("open.spotify.com") || base.equals("play.spotify.com");
            case APPLE_MUSIC -> base.equals("music.apple.com") || base.equals("geo.music.apple.com");
            case ITUNES -> base.equals("itunes.apple.com") || base.equals("geo.itunes.apple.com");
            case YOUTUBE -> base.equals("youtube.com");
            case YOUTUBE_MUSIC -> base.equals("music.youtube.com");
            case INSTAGRAM -> base.equals("instagram.com") || base.equals("instagr.am");
            case TIKTOK -> base.equals("tiktok.com");
            case TWITTER -> base.equals("twitter.com") || base.equals("x.com");
            case FACEBOOK -> base.equals("facebook.com") || base.equals("fb.com") || base.equals("web.facebook.com");
            case DEEZER -> base.equals("deezer.com");
            case TIDAL -> base.equals("tidal.com") || base.equals("listen.tidal.com");
            case AMAZON_MUSIC -> AMAZON_HOST.matcher(base).matches();
            case SOUNDCLOUD -> base.equals("soundcloud.com");
            case BANDCAMP -> BANDCAMP_HOST.matcher(host).matches() && !host.startsWith("www.");
            case BEATPORT -> base.equals("beatport.com");
            case WEBSITE, OTHER -> true;
        };
    }

    private static String artistPage(LinkPlatform platform, Link link) {
        List<String> s = link.segments;
        return switch (platform) {
            case SPOTIFY -> spotify(s, "artist");
            case APPLE_MUSIC -> apple(s, "artist", false);
            case ITUNES -> apple(s, "artist", true);
            case YOUTUBE -> youtubeChannel(s, "https://www.youtube.com", true);
            case YOUTUBE_MUSIC -> youtubeChannel(s, "https://music.youtube.com", false);
            case INSTAGRAM -> s.size() == 1 && INSTAGRAM_USER.matcher(s.get(0)).matches()
                    && !INSTAGRAM_RESERVED.contains(lower(s.get(0))) ? "https://www.instagram.com/" + s.get(0) : null;
            case TIKTOK -> s.size() == 1 && TIKTOK_USER.matcher(s.get(0)).matches()
                    ? "https://www.tiktok.com/" + s.get(0) : null;
            case TWITTER -> s.size() == 1 && TWITTER_HANDLE.matcher(s.get(0)).matches()
                    && !TWITTER_RESERVED.contains(lower(s.get(0))) ? "https://x.com/" + s.get(0) : null;
            case FACEBOOK -> facebook(link);
            case DEEZER -> numbered(s, "artist", "https://www.deezer.com/artist/", true);
            case TIDAL -> tidal(s, "artist");
            case AMAZON_MUSIC -> amazon(s, "artists", link.host);
            case SOUNDCLOUD -> s.size() == 1 && SOUNDCLOUD_NAME.matcher(lower(s.get(0))).matches()
                    && !SOUNDCLOUD_RESERVED.contains(lower(s.get(0))) ? "https://soundcloud.com/" + lower(s.get(0)) : null;
            case BANDCAMP -> s.isEmpty() || (s.size() == 1 && lower(s.get(0)).equals("music"))
                    ? "https://" + link.host : null;
            case BEATPORT -> beatport(s, "artist");
            case WEBSITE, OTHER -> null;
        };
    }

    private static String releasePage(LinkPlatform platform, Link link) {
        List<String> s = link.segments;
        return switch (platform) {
            case SPOTIFY -> spotify(s, "album");
            case APPLE_MUSIC -> apple(s, "album", false);
            case ITUNES -> apple(s, "album", true);
            case YOUTUBE -> youtubePlaylist(link, "https://www.youtube.com");
            case YOUTUBE_MUSIC -> {
                if (s.size() == 2 && lower(s.get(0)).equals("browse") && YOUTUBE_MUSIC_ALBUM.matcher(s.get(1)).matches()) {
                    yield "https://music.youtube.com/browse/" + s.get(1);
                }
                yield youtubePlaylist(link, "https://music.youtube.com");
            }
            case DEEZER -> numbered(s, "album", "https://www.deezer.com/album/", true);
            case TIDAL -> tidal(s, "album");
            case AMAZON_MUSIC -> amazon(s, "albums", link.host);
            case SOUNDCLOUD -> s.size() == 3 && lower(s.get(1)).equals("sets")
                    && SOUNDCLOUD_NAME.matcher(lower(s.get(0))).matches() && !SOUNDCLOUD_RESERVED.contains(lower(s.get(0)))
                    && SOUNDCLOUD_NAME.matcher(lower(s.get(2))).matches()
                    ? "https://soundcloud.com/" + lower(s.get(0)) + "/sets/" + lower(s.get(2)) : null;
            case BANDCAMP -> s.size() == 2 && lower(s.get(0)).equals("album") && SOUNDCLOUD_NAME.matcher(lower(s.get(1))).matches()
                    ? "https://" + link.host + "/album/" + lower(s.get(1)) : null;
            case BEATPORT -> beatport(s, "release");
            case INSTAGRAM, TIKTOK, TWITTER, FACEBOOK, WEBSITE, OTHER -> null;
        };
    }

    private static String spotify(List<String> s, String page) {
        List<String> rest = !s.isEmpty() && SPOTIFY_INTL.matcher(s.get(0)).matches() ? s.subList(1, s.size()) : s;
        if (rest.size() == 2 && lower(rest.get(0)).equals(page) && BASE62_22.matcher(rest.get(1)).matches()) {
            return "https://open.spotify.com/" + page + "/" + rest.get(1);
        }
        return null;
    }

    /** Apple Music: /cc/page/[name/]digits; iTunes: /[cc/]page/[name/]id digits. */
    private static String apple(List<String> s, String page, boolean itunes) {
        int at = 0;
        String country = null;
        if (at < s.size() && COUNTRY.matcher(s.get(at)).matches()) {
            country = lower(s.get(at));
            at++;
        }
        if (country == null && !itunes) {
            return null;
        }
        if (at >= s.size() || !lower(s.get(at)).equals(page)) {
            return null;
        }
        at++;
        String name = null;
        if (s.size() - at == 2) {
            name = s.get(at);
            at++;
        }
        if (s.size() - at != 1) {
            return null;
        }
        Matcher id = ID_DIGITS.matcher(s.get(at));
        if (!id.matches()) {
            return null;
        }
        StringBuilder out = new StringBuilder(itunes ? "https://itunes.apple.com" : "https://music.apple.com");
        if (country != null) {
            out.append('/').append(country);
        }
        out.append('/').append(page);
        if (name != null) {
            out.append('/').append(name);
        }
        return out.append('/').append(itunes ? "id" : "").append(id.group(1)).toString();
    }

    private static String youtubeChannel(List<String> s, String base, boolean allForms) {
        if (s.size() == 2 && lower(s.get(0)).equals("channel") && YOUTUBE_CHANNEL.matcher(s.get(1)).matches()) {
            return base + "/channel/" + s.get(1);
        }
        if (!allForms) {
            return null;
        }
        if (s.size() == 1 && YOUTUBE_HANDLE.matcher(s.get(0)).matches()) {
            return base + "/" + s.get(0);
        }
        if (s.size() == 2 && (lower(s.get(0)).equals("c") || lower(s.get(0)).equals("user"))
                && s.get(1).length() <= 100) {
            return base + "/" + lower(s.get(0)) + "/" + s.get(1);
        }
        return null;
    }

    private static String youtubePlaylist(Link link, String base) {
        List<String> s = link.segments;
        boolean page = s.size() == 1 && (lower(s.get(0)).equals("playlist") || lower(s.get(0)).equals("watch"));
        String list = link.parameter("list");
        if (page && list != null && YOUTUBE_LIST.matcher(list).matches()) {
            return base + "/playlist?list=" + list;
        }
        return null;
    }

    private static String facebook(Link link) {
        List<String> s = link.segments;
        if (s.size() == 1 && lower(s.get(0)).equals("profile.php")) {
            String id = link.parameter("id");
            return id != null && DIGITS.matcher(id).matches() ? "https://www.facebook.com/profile.php?id=" + id : null;
        }
        if (s.size() == 3 && (lower(s.get(0)).equals("pages") || lower(s.get(0)).equals("people"))
                && SEGMENT.matcher(s.get(1)).matches() && DIGITS.matcher(s.get(2)).matches()) {
            return "https://www.facebook.com/" + lower(s.get(0)) + "/" + s.get(1) + "/" + s.get(2);
        }
        if (s.size() == 1 && FACEBOOK_PAGE.matcher(s.get(0)).matches() && !FACEBOOK_RESERVED.contains(lower(s.get(0)))) {
            return "https://www.facebook.com/" + s.get(0);
        }
        return null;
    }

    /** /[xx/]page/digits (Deezer's language segment is optional and dropped). */
    private static String numbered(List<String> s, String page, String prefix, boolean languageSegment) {
        List<String> rest = languageSegment && s.size() == 3 && COUNTRY.matcher(s.get(0)).matches() ? s.subList(1, 3) : s;
        if (rest.size() == 2 && lower(rest.get(0)).equals(page) && DIGITS.matcher(rest.get(1)).matches()) {
            return prefix + rest.get(1);
        }
        return null;
    }

    private static String tidal(List<String> s, String page) {
        List<String> rest = !s.isEmpty() && lower(s.get(0)).equals("browse") ? s.subList(1, s.size()) : s;
        return numbered(rest, page, "https://tidal.com/browse/" + page + "/", false);
    }

    private static String amazon(List<String> s, String page, String host) {
        if ((s.size() == 2 || s.size() == 3) && lower(s.get(0)).equals(page) && ASIN.matcher(s.get(1)).matches()) {
            return "https://" + withoutVariant(host) + "/" + page + "/" + s.get(1).toUpperCase(Locale.ROOT);
        }
        return null;
    }

    private static String beatport(List<String> s, String page) {
        List<String> rest = s.size() == 4 && COUNTRY.matcher(s.get(0)).matches() ? s.subList(1, 4) : s;
        if (rest.size() == 3 && lower(rest.get(0)).equals(page) && SOUNDCLOUD_NAME.matcher(lower(rest.get(1))).matches()
                && DIGITS.matcher(rest.get(2)).matches()) {
            return "https://www.beatport.com/" + page + "/" + lower(rest.get(1)) + "/" + rest.get(2);
        }
        return null;
    }

    /** A website or other page: any http(s) address with a real host; tracking parameters removed. */
    private static String anyPage(Link link) {
        StringBuilder out = new StringBuilder(link.scheme).append("://").append(link.host);
        if (link.userInfo != null) {
            throw shapeRefusal(link.platform, link.shape);
        }
        boolean defaultPort = link.port == -1 || (link.scheme.equals("https") && link.port == 443)
                || (link.scheme.equals("http") && link.port == 80);
        if (!defaultPort) {
            out.append(':').append(link.port);
        }
        if (!link.segments.isEmpty()) {
            out.append('/').append(String.join("/", link.segments));
        }
        String query = link.queryWithoutTracking();
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        if (link.rawFragment != null && !link.rawFragment.isEmpty()) {
            out.append('#').append(link.rawFragment);
        }
        return out.toString();
    }

    // --- parsing ----------------------------------------------------------------------------

    /** The parts of a link, parsed by {@link URI}: host lower case, path split into non-empty raw segments. */
    private static final class Link {
        final LinkPlatform platform;
        final String shape;
        final String scheme;
        final String userInfo;
        final String host;
        final int port;
        final List<String> segments;
        final String rawQuery;
        final String rawFragment;

        private Link(LinkPlatform platform, String shape, String scheme, String userInfo, String host, int port,
                     List<String> segments, String rawQuery, String rawFragment) {
            this.platform = platform;
            this.shape = shape;
            this.scheme = scheme;
            this.userInfo = userInfo;
            this.host = host;
            this.port = port;
            this.segments = segments;
            this.rawQuery = rawQuery;
            this.rawFragment = rawFragment;
        }

        static Link parse(String text, LinkPlatform platform, String shape) {
            if (!text.codePoints().allMatch(PlatformUrl::isVisible)) {
                throw shapeRefusal(platform, shape);
            }
            String withScheme = text;
            Matcher scheme = HAS_SCHEME.matcher(text);
            if (text.startsWith("//")) {
                withScheme = "https:" + text;
            } else if (scheme.find() && !scheme.group(1).contains(".")) {
                String given = scheme.group(1).toLowerCase(Locale.ROOT);
                if (platform == LinkPlatform.SPOTIFY && given.equals("spotify")) {
                    return spotifyUri(text, platform, shape);
                }
                if (!given.equals("http") && !given.equals("https")) {
                    throw refusal("validation.link.scheme", "A " + displayName(platform)
                            + " link is a web address starting with https://; expected " + shape + ".", platform, shape);
                }
            } else {
                withScheme = "https://" + text;
            }
            URI uri;
            try {
                uri = new URI(withScheme);
                if (uri.getHost() == null && uri.getRawAuthority() != null) {
                    String ascii = internationalHost(uri.getRawAuthority());
                    if (ascii != null) {
                        uri = new URI(withScheme.replaceFirst(Pattern.quote(uri.getRawAuthority()),
                                Matcher.quoteReplacement(ascii)));
                    }
                }
                uri = new URI(uri.toASCIIString());
            } catch (URISyntaxException e) {
                throw shapeRefusal(platform, shape);
            }
            if (uri.isOpaque()) {
                throw shapeRefusal(platform, shape);
            }
            String host = host(uri, platform, shape);
            List<String> segments = new ArrayList<>();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            for (String segment : path.split("/")) {
                if (!segment.isEmpty()) {
                    if (!SEGMENT.matcher(segment).matches()) {
                        throw shapeRefusal(platform, shape);
                    }
                    segments.add(segment);
                }
            }
            return new Link(platform, shape, uri.getScheme().toLowerCase(Locale.ROOT), uri.getRawUserInfo(), host,
                    uri.getPort(), List.copyOf(segments), uri.getRawQuery(), uri.getRawFragment());
        }

        /** {@code spotify:artist:<id>}, the form the Spotify app copies. */
        private static Link spotifyUri(String text, LinkPlatform platform, String shape) {
            String[] parts = text.split(":", -1);
            if (parts.length != 3) {
                throw shapeRefusal(platform, shape);
            }
            return new Link(platform, shape, "https", null, "open.spotify.com", -1, List.of(parts[1], parts[2]), null, null);
        }

        private static String host(URI uri, LinkPlatform platform, String shape) {
            String host = uri.getHost();
            if (host == null) {
                throw noRealHost(platform, shape);
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (!isRealHost(host)) {
                throw noRealHost(platform, shape);
            }
            return host;
        }

        /** A host typed in its own script (müller.de) in its ASCII form (xn--mller-kva.de), or null. */
        private static String internationalHost(String authority) {
            if (authority.contains("@") || authority.contains(":") || authority.contains("%")) {
                return null;
            }
            try {
                return IDN.toASCII(authority, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** A raw query parameter's value (the first), or null. */
        String parameter(String name) {
            if (rawQuery == null) {
                return null;
            }
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (key.equals(name)) {
                    return eq < 0 ? "" : pair.substring(eq + 1);
                }
            }
            return null;
        }

        String queryWithoutTracking() {
            if (rawQuery == null || rawQuery.isEmpty()) {
                return "";
            }
            List<String> kept = new ArrayList<>();
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (!TRACKING.contains(key) && !key.startsWith("utm_")) {
                    kept.add(pair);
                }
            }
            return String.join("&", kept);
        }
    }

    private static boolean isVisible(int c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.FORMAT
                && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE;
    }

    /** A DNS name of two or more labels with an alphabetic (or IDN) top level: no IP addresses, no "localhost". */
    private static boolean isRealHost(String host) {
        if (host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    private static String withoutVariant(String host) {
        for (String prefix : new String[] {"www.", "m.", "mobile."}) {
            if (host.startsWith(prefix)) {
                return host.substring(prefix.length());
            }
        }
        return host;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    // --- refusals ---------------------------------------------------------------------------

    private static ValidationException wrongHost(LinkPlatform platform, Kind kind, String host, String shape) {
        LinkPlatform other = KNOWN_HOSTS.get(withoutVariant(host));
        if (other == null && (AMAZON_HOST.matcher(withoutVariant(host)).matches())) {
            other = LinkPlatform.AMAZON_MUSIC;
        }
        if (other == null && BANDCAMP_HOST.matcher(host).matches()) {
            other = LinkPlatform.BANDCAMP;
        }
        if (other == platform) {
            // the platform's own short links and video pages (youtu.be, spotify.link): not a profile or release page
            return wrongPage(platform, kind, shape);
        }
        if (other != null) {
            return refusal("validation.link.otherPlatform", "This is a " + displayName(other) + " link, not a "
                    + displayName(platform) + " one; expected " + shape + ".", platform, shape, displayName(other));
        }
        return refusal("validation.link.host", "This is not a " + displayName(platform) + " address; expected "
                + shape + ".", platform, shape);
    }

    private static ValidationException noRealHost(LinkPlatform platform, String shape) {
        return refusal("validation.link.host", "This address has no real host name (such as example.com); expected "
                + shape + ".", platform, shape);
    }

    private static ValidationException shapeRefusal(LinkPlatform platform, String shape) {
        return refusal("validation.link.shape", "This is not a web address; expected " + shape + ".", platform, shape);
    }

    private static ValidationException tooLong(LinkPlatform platform, String shape) {
        return refusal("validation.link.tooLong", "A link can be at most " + MAX_LENGTH + " characters long.",
                platform, shape, MAX_LENGTH);
    }

    private static ValidationException refusal(String key, String english, LinkPlatform platform, String shape,
                                               Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = displayName(platform);
        args[1] = shape;
        System.arraycopy(more, 0, args, 2, more.length);
        return new ValidationException(key, english, args);
    }
}
