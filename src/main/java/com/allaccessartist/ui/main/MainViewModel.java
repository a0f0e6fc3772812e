package com.allaccessartist.ui.main;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.AppPreferences;
import com.allaccessartist.ui.common.Theme;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window of a signed-in session: who is signed in, which catalogue is open (for the
 * status bar), the sidebar's sections and the one selected, and the theme setting.
 */
public final class MainViewModel {

    private final CurrentUser user;
    private final String connectionName;
    private final String connectionLocation;
    private final boolean remote;
    private final AppPreferences preferences;
    private final MainActions actions;
    private final ObservableList<Section> sections = FXCollections.observableArrayList(Section.values());
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>(this, "selectedSection", Section.OVERVIEW);

    /**
     * @param connectionName     the connection profile's name
     * @param connectionLocation the local file path, or PostgreSQL host and database
     * @param remote             whether the catalogue is a shared PostgreSQL database
     */
    public MainViewModel(CurrentUser user, String connectionName, String connectionLocation, boolean remote,
                         AppPreferences preferences, MainActions actions) {
        this.user = user;
        this.connectionName = connectionName;
        this.connectionLocation = connectionLocation;
        this.remote = remote;
        this.preferences = preferences;
        this.actions = actions;
    }

    public MainActions actions() {
        return actions;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    /** Shows {@code section} (View menu and keyboard shortcuts). */
    public void show(Section section) {
        if (section != null && sections.contains(section)) {
            selectedSection.set(section);
        }
    }

    public List<Section> sectionList() {
        return List.copyOf(sections);
    }

    public String sectionTitle(Section section) {
        return Messages.get(section.titleKey());
    }

    /** The theme setting; a change is applied to every window and kept at once. */
    public ObjectProperty<Theme> themeProperty() {
        return preferences.themeProperty();
    }

    public void useTheme(Theme theme) {
        preferences.themeProperty().set(theme);
    }

    public String userName() {
        return user.displayName();
    }

    public String userEmail() {
        return user.email();
    }

    public String connectionText() {
        return Messages.format(remote ? "status.connection.remote" : "status.connection.local", connectionName, connectionLocation);
    }

    public String connectionLocation() {
        return connectionLocation;
    }

    public boolean isRemote() {
        return remote;
    }

    public String windowTitle() {
        return Messages.format("main.windowTitle", Messages.get("app.name"), connectionName);
    }
}
