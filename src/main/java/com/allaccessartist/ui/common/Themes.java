package com.allaccessartist.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;

/**
 * Applies the theme preference: AtlantaFX Primer light or dark as the user-agent stylesheet
 * (every window follows), now and whenever the preference changes.
 */
public final class Themes {

    /** The application's own stylesheet, on top of the theme (uses the theme's colour tokens). */
    public static final String APP_STYLESHEET = Themes.class.getResource("app.css").toExternalForm();

    private Themes() {
    }

    public static void follow(ObservableValue<Theme> theme) {
        apply(theme.getValue());
        theme.addListener((observable, old, value) -> apply(value));
    }

    public static void apply(Theme theme) {
        String stylesheet = theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet();
        Application.setUserAgentStylesheet(stylesheet);
    }
}
