package com.allaccessartist.ui.overview;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.service.catalog.CatalogOverview;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.common.UiAction;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Overview section: the person's organizations with their role and artist count, and the
 * numbers of artists, releases per status and songs they can see. Reloads on Refresh and when
 * the catalogue changes; an empty catalogue points at the demo catalogue.
 */
public final class OverviewViewModel {

    /** One organization of the person, ready to show. */
    public record OrganizationRow(String name, String type, String role, String artists) {
    }

    /** Releases of one status, ready to show. */
    public record StatusCount(String status, String count, double share) {
    }

    private final CatalogOverviewService service;
    private final TaskExecutor executor;
    private final UiAction loadDemoAction;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.getDefault());
    private final ObservableList<OrganizationRow> organizations = FXCollections.observableArrayList();
    private final ObservableList<StatusCount> releasesByStatus = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper artists = new ReadOnlyLongWrapper(this, "artists");
    private final ReadOnlyLongWrapper releases = new ReadOnlyLongWrapper(this, "releases");
    private final ReadOnlyLongWrapper songs = new ReadOnlyLongWrapper(this, "songs");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding empty = loaded.and(artists.isEqualTo(0)).and(releases.isEqualTo(0)).and(songs.isEqualTo(0));

    /**
     * @param loadDemoAction offered by the empty state
     * @param changes        a change of the catalogue reloads the numbers
     */
    public OverviewViewModel(CatalogOverviewService service, TaskExecutor executor, UiAction loadDemoAction,
                             CatalogueChanges changes) {
        this.service = service;
        this.executor = executor;
        this.loadDemoAction = loadDemoAction;
        changes.versionProperty().addListener((observable, old, version) -> refresh());
    }

    /** Loads the numbers again in the background. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        executor.submit(BackgroundTask.of(context -> service.overview())
                .onSuccess(this::show)
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> loading.set(false)));
    }

    private void show(CatalogOverview overview) {
        error.set("");
        organizations.setAll(overview.organizations().stream().map(m -> new OrganizationRow(m.name(),
                Messages.get("organization.type." + m.type().dbValue()),
                Messages.get("organization.role." + m.role().dbValue()),
                numbers.format(m.artists()))).toList());
        long total = overview.releases();
        releasesByStatus.setAll(java.util.Arrays.stream(ReleaseStatus.values()).map(status -> {
            long count = overview.releasesByStatus().getOrDefault(status, 0L);
            return new StatusCount(Messages.get("release.status." + status.dbValue()), numbers.format(count),
                    total == 0 ? 0 : (double) count / total);
        }).toList());
        artists.set(overview.artists());
        releases.set(total);
        songs.set(overview.songs());
        loaded.set(true);
    }

    private StringBinding formatted(ReadOnlyLongProperty value) {
        return Bindings.createStringBinding(() -> numbers.format(value.get()), value);
    }

    public ObservableList<OrganizationRow> organizations() {
        return organizations;
    }

    public ObservableList<StatusCount> releasesByStatus() {
        return releasesByStatus;
    }

    public ReadOnlyLongProperty artistsProperty() {
        return artists.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty releasesProperty() {
        return releases.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty songsProperty() {
        return songs.getReadOnlyProperty();
    }

    public StringBinding artistsText() {
        return formatted(artists.getReadOnlyProperty());
    }

    public StringBinding releasesText() {
        return formatted(releases.getReadOnlyProperty());
    }

    public StringBinding songsText() {
        return formatted(songs.getReadOnlyProperty());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the numbers have been loaded at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loaded, and nothing in it yet. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public UiAction loadDemoAction() {
        return loadDemoAction;
    }
}
