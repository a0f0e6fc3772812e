package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.catalog.PlatformUrl;
import com.allaccessartist.ui.common.FieldCheck;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One platform → URL line of a release's streaming or purchase links, checked against the platform's URL shape. */
public final class LinkRow {

    private final ObjectProperty<LinkPlatform> platform = new SimpleObjectProperty<>(this, "platform");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final BooleanProperty duplicate = new SimpleBooleanProperty(this, "duplicate");
    private final StringProperty saveError = new SimpleStringProperty(this, "saveError", "");
    private final FieldCheck check;

    LinkRow(LinkPlatform platform, String url) {
        this.platform.set(platform);
        this.url.set(url == null ? "" : url);
        this.url.addListener(observable -> saveError.set(""));
        this.platform.addListener(observable -> saveError.set(""));
        check = new FieldCheck(this.url, this::rule, this.platform, duplicate, saveError);
    }

    private String rule() {
        if (platform.get() == null) {
            return Messages.get("release.link.platformMissing");
        }
        if (duplicate.get()) {
            return Messages.format("release.link.duplicate", ReleaseLabels.platform(platform.get()));
        }
        if (url.get().isBlank()) {
            return Messages.get("release.link.urlMissing");
        }
        String shape = FieldCheck.throwing(() -> PlatformUrl.checkReleaseLink(platform.get(), url.get().strip())).get();
        return shape.isEmpty() ? saveError.get() : shape;
    }

    void saveError(String message) {
        saveError.set(message);
        check.reveal();
    }

    /** The URL in the platform's normal form; only for a valid line. */
    String normalizedUrl() {
        return PlatformUrl.checkReleaseLink(platform.get(), url.get().strip());
    }

    public ObjectProperty<LinkPlatform> platformProperty() { return platform; }
    public StringProperty urlProperty() { return url; }
    BooleanProperty duplicateProperty() { return duplicate; }
    public FieldCheck check() { return check; }
}
