package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.PlatformUrl;
import com.allaccessartist.ui.common.FieldCheck;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One link of an artist (website, Spotify, Apple Music, YouTube, Instagram, TikTok, Twitter/X),
 * checked as it is typed against its platform's URL shape ({@link PlatformUrl#checkArtistLink}):
 * a Spotify link must be a Spotify artist URL, and so on. Empty means no link.
 */
public final class LinkField {

    static final int MAX_URL = 500;

    private final LinkPlatform platform;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final FieldCheck check;

    public LinkField(LinkPlatform platform) {
        this.platform = platform;
        this.check = new FieldCheck(text, FieldCheck.throwing(() -> {
            String value = text.get() == null ? "" : text.get().strip();
            if (!value.isEmpty()) {
                if (value.length() > MAX_URL) {
                    throw new AppException("editor.validation.tooLong", MAX_URL);
                }
                PlatformUrl.checkArtistLink(platform, value);
            }
        }));
    }

    /** The link as typed (trimmed), or null when empty. */
    public String value() {
        String value = text.get() == null ? "" : text.get().strip();
        return value.isEmpty() ? null : value;
    }

    public void set(String url) {
        text.set(url == null ? "" : url);
    }

    public LinkPlatform platform() {
        return platform;
    }

    /** The platform's name, such as "Spotify". */
    public String label() {
        return Messages.get("artists.link." + platform.dbValue());
    }

    /** An example of the platform's artist URL. */
    public String example() {
        return Messages.get("artists.link." + platform.dbValue() + ".example");
    }

    public StringProperty textProperty() {
        return text;
    }

    public FieldCheck check() {
        return check;
    }
}
