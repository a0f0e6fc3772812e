package com.allaccessartist.domain.artist;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.DbEnumConverter;

/** A person's role on an artist (seed: user_artist_permissions.role). */
public enum ArtistRole implements DbEnum {
    OWNER, ADMIN, MANAGER, COLLABORATOR, VIEWER;

    @Override
    public String dbValue() {
        return DbEnum.lowerName(this);
    }

    /** Stores the constant as its lowercase name. */
    @jakarta.persistence.Converter
    public static final class Converter extends DbEnumConverter<ArtistRole> {
        public Converter() {
            super(ArtistRole.class);
        }
    }
}
