package com.allaccessartist.persistence;

import com.allaccessartist.domain.analytics.AnalyticsEvent;
import com.allaccessartist.domain.analytics.RevenueLine;
import com.allaccessartist.domain.artist.Artist;
import com.allaccessartist.domain.artist.ArtistPermission;
import com.allaccessartist.domain.audit.AuditLogEntry;
import com.allaccessartist.domain.catalog.Release;
import com.allaccessartist.domain.catalog.Song;
import com.allaccessartist.domain.catalog.Work;
import com.allaccessartist.domain.identity.User;
import com.allaccessartist.domain.identity.UserCredential;
import com.allaccessartist.domain.identity.UserProfile;
import com.allaccessartist.domain.media.MediaAsset;
import com.allaccessartist.domain.org.Organization;
import com.allaccessartist.domain.org.OrganizationMembership;
import com.allaccessartist.domain.splits.SplitLine;
import com.allaccessartist.domain.splits.SplitSheet;
import com.allaccessartist.domain.splits.SplitSheetVersion;
import java.util.List;

/** Every mapped entity: one per table of the schema. */
public final class EntityClasses {

    public static final List<Class<?>> ALL = List.of(
            User.class, UserProfile.class, UserCredential.class,
            Organization.class, OrganizationMembership.class,
            Artist.class, ArtistPermission.class,
            Release.class, Song.class,
            AuditLogEntry.class, AnalyticsEvent.class, RevenueLine.class,
            MediaAsset.class,
            Work.class, SplitSheet.class, SplitSheetVersion.class, SplitLine.class);

    private EntityClasses() {
    }
}
