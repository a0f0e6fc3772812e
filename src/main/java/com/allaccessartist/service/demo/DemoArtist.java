package com.allaccessartist.service.demo;

import com.allaccessartist.domain.artist.ArtistType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A planned artist.
 *
 * @param index        position in the plan
 * @param id           artists.id
 * @param name         unique name
 * @param slug         unique slug derived from the name
 * @param type         individual, band, duo or collective
 * @param organization the label or management company that looks after it, or {@code null} if independent
 * @param creator      the person who created it (owner of an independent artist, by the database's trigger)
 * @param genre        main genre
 * @param subgenres    some of the genre's subgenres
 * @param place        home town
 * @param formed       when the act formed (or the career started)
 * @param issuer       the label or distributor that issues its releases' ISRCs and UPCs
 * @param selfReleased whether it releases under its own name through a distributor
 * @param verified     whether the platform verified it
 */
record DemoArtist(int index, UUID id, String name, String slug, ArtistType type, DemoOrganization organization,
                  DemoPerson creator, DemoGenre genre, List<String> subgenres, DemoPlace place, LocalDate formed,
                  DemoOrganization issuer, boolean selfReleased, boolean verified) {

    boolean independent() {
        return organization == null;
    }
}
