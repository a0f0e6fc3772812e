package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.ReleaseWorkflow;
import com.allaccessartist.domain.catalog.TrackDuration;
import com.allaccessartist.service.catalog.IdentifierOwner;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** How the releases screens name things: statuses, types, dates, running times and who holds an identifier. */
public final class ReleaseLabels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private ReleaseLabels() {
    }

    public static String status(ReleaseStatus status) {
        return status == null ? "" : Messages.get("release.status." + status.dbValue());
    }

    public static String type(ReleaseType type) {
        return type == null ? "" : Messages.get("release.type." + type.dbValue());
    }

    public static String platform(LinkPlatform platform) {
        return platform == null ? "" : Messages.get("link.platform." + platform.dbValue());
    }

    /** The command that moves a release from {@code from} to {@code target}, such as "Schedule" or "Back to mastered". */
    public static String move(ReleaseStatus from, ReleaseStatus target) {
        boolean back = ReleaseWorkflow.isMoveBack(from, target);
        return Messages.get("release.move." + (back ? "back." : "") + target.dbValue());
    }

    public static String date(LocalDate date) {
        return date == null ? Messages.get("releases.noDate") : DATE.format(date);
    }

    public static String running(long seconds) {
        return TrackDuration.format(seconds);
    }

    /** Who already holds an ISRC, in the service's own words (a release the person may not see is not named). */
    public static String isrcTaken(String isrc, IdentifierOwner owner) {
        return owner.isHidden() ? Messages.format("catalog.isrc.takenHidden", isrc)
                : Messages.format("catalog.isrc.taken", isrc, owner.trackTitle(), owner.releaseTitle(), owner.artistName());
    }

    public static String slugTaken(String slug, IdentifierOwner owner) {
        return Messages.format("catalog.release.slugTaken", slug, owner.releaseTitle());
    }

    public static String upcTaken(String upc, IdentifierOwner owner) {
        return owner.isHidden() ? Messages.format("catalog.upc.takenHidden", upc)
                : Messages.format("catalog.upc.taken", upc, owner.releaseTitle(), owner.artistName());
    }

    public static String catalogNumberTaken(String number, IdentifierOwner owner) {
        return owner.isHidden() ? Messages.format("catalog.catalogNumber.takenHidden", number)
                : Messages.format("catalog.catalogNumber.taken", number, owner.releaseTitle(), owner.artistName());
    }
}
