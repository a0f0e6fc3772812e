package com.allaccessartist.ui.common;

/** The look of the application (AtlantaFX Primer). JavaFX 21 cannot follow the OS, so it is a setting. */
public enum Theme {
    LIGHT,
    DARK
}
