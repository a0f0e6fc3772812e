package com.allaccessartist.ui.artists;

import java.util.UUID;

/**
 * An artist offered by the switcher.
 *
 * @param detail what tells artists of the same name apart: type, genre, organization
 */
public record ArtistChoiceItem(UUID id, String name, String detail) {
}
