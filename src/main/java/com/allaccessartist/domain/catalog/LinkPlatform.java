package com.allaccessartist.domain.catalog;

import com.allaccessartist.domain.DbEnum;

/**
 * Where an artist or a release is linked to. An artist has one column per platform of the seed
 * (website, Spotify, Apple Music, YouTube, Instagram, TikTok, Twitter/X); a release keeps
 * platform → URL maps ({@code streaming_links}, {@code purchase_links}) keyed by
 * {@link #dbValue()}. Each platform has its URL shape (see {@link PlatformUrl}).
 */
public enum LinkPlatform implements DbEnum {
    WEBSITE, SPOTIFY, APPLE_MUSIC, ITUNES, YOUTUBE, YOUTUBE_MUSIC, INSTAGRAM, TIKTOK, TWITTER, FACEBOOK, DEEZER, TIDAL,
    AMAZON_MUSIC, SOUNDCLOUD, BANDCAMP, BEATPORT, OTHER;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }
}
