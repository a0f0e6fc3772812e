package com.allaccessartist.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the screens of one signed-in session that the catalogue changed (for example after the
 * demo catalogue was loaded), so they reload without knowing who changed it. Used on the FX thread.
 */
public final class CatalogueChanges {

    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    public void changed() {
        version.set(version.get() + 1);
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }
}
