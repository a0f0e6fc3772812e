package com.allaccessartist.ui.main;

/**
 * A section of the main window's sidebar. Sections are added as their features land; there
 * are no placeholder screens.
 *
 * @see MainViewModel#sections()
 */
public enum Section {
    OVERVIEW("nav.overview", "fth-home"),
    ORGANIZATIONS("nav.organizations", "fth-briefcase"),
    ARTISTS("nav.artists", "fth-users"),
    RELEASES("nav.releases", "fth-disc"),
    WORKS("nav.works", "fth-feather"),
    /** The people of the artist chosen in the toolbar (an organization's people open from Organizations). */
    PEOPLE("nav.people", "fth-user-check");

    private final String titleKey;
    private final String iconLiteral;

    Section(String titleKey, String iconLiteral) {
        this.titleKey = titleKey;
        this.iconLiteral = iconLiteral;
    }

    /** Key of its name in i18n/messages.properties. */
    public String titleKey() {
        return titleKey;
    }

    /** Its Ikonli Feather icon. */
    public String iconLiteral() {
        return iconLiteral;
    }
}
