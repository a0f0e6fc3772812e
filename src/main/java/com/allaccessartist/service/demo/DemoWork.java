package com.allaccessartist.service.demo;

import java.util.UUID;

/**
 * A generated works row: the composition a recording realises.
 *
 * @param iswc      its ISWC ({@code T} and 10 digits), or {@code null} while not registered
 * @param createdBy the person who entered it (the artist's creator)
 */
record DemoWork(UUID id, UUID artistId, String title, String iswc, UUID createdBy) {
}
