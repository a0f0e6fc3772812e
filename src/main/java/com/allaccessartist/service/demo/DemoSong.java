package com.allaccessartist.service.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A generated songs row, ready to write. {@code isrc}, {@code durationSeconds},
 * {@code tempoBpm} and {@code keySignature} are {@code null} where the release's status allows
 * (drafts and releases in progress).
 */
record DemoSong(UUID id, UUID releaseId, UUID artistId, String title, int trackNumber, int discNumber,
                Integer durationSeconds, Integer tempoBpm, String keySignature, String timeSignature,
                boolean explicit, boolean instrumental, String isrc, List<String> writers, List<String> producers,
                List<String> featuredArtists, long playCount, BigDecimal skipRate, BigDecimal completionRate) {
}
