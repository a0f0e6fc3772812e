package com.allaccessartist.domain.artist;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** What kind of act an artist is (seed: artists.type). */
public enum ArtistType implements DbEnum {
    INDIVIDUAL, BAND, DUO, COLLECTIVE;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<ArtistType> {
        public Converter() {
            super(ArtistType.class);
        }
    }
}
