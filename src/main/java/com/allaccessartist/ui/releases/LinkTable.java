package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.DbEnum;
import com.allaccessartist.domain.catalog.LinkPlatform;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A release's streaming or purchase links as an editable platform → URL table: one line per
 * platform, each URL checked against its platform's shape, saved as the platform key → URL map.
 */
public final class LinkTable {

    private static final Set<String> KNOWN = Arrays.stream(LinkPlatform.values()).map(LinkPlatform::dbValue)
            .collect(Collectors.toSet());

    private final Runnable onChange;
    private final ObservableList<LinkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    public LinkTable(Runnable onChange) {
        this.onChange = onChange;
    }

    void load(Map<String, String> links) {
        rows.setAll(links.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(link -> watch(new LinkRow(KNOWN.contains(link.getKey())
                        ? DbEnum.fromDb(LinkPlatform.class, link.getKey()) : LinkPlatform.OTHER, link.getValue())))
                .toList());
        refresh();
    }

    /** Adds a line for the first platform not linked yet, and returns it. */
    public LinkRow add() {
        Set<LinkPlatform> used = rows.stream().map(row -> row.platformProperty().get()).collect(Collectors.toSet());
        LinkPlatform next = Arrays.stream(LinkPlatform.values()).filter(p -> !used.contains(p)).findFirst()
                .orElse(LinkPlatform.OTHER);
        LinkRow row = watch(new LinkRow(next, ""));
        rows.add(row);
        refresh();
        return row;
    }

    public void remove(LinkRow row) {
        rows.remove(row);
        refresh();
    }

    private LinkRow watch(LinkRow row) {
        row.platformProperty().addListener(observable -> refresh());
        row.urlProperty().addListener(observable -> refresh());
        return row;
    }

    private void refresh() {
        Map<LinkPlatform, Long> counts = rows.stream().filter(row -> row.platformProperty().get() != null)
                .collect(Collectors.groupingBy(row -> row.platformProperty().get(), Collectors.counting()));
        rows.forEach(row -> row.duplicateProperty().set(counts.getOrDefault(row.platformProperty().get(), 0L) > 1));
        valid.set(rows.stream().allMatch(row -> row.check().isValid()));
        onChange.run();
    }

    /** Platform key → URL in its normal form; only for a valid table. */
    Map<String, String> toMap() {
        Map<String, String> links = new LinkedHashMap<>();
        rows.forEach(row -> links.put(row.platformProperty().get().dbValue(), row.normalizedUrl()));
        return links;
    }

    List<Object> snapshot() {
        return rows.stream().map(row -> (Object) List.of(String.valueOf(row.platformProperty().get()),
                row.urlProperty().get().strip())).toList();
    }

    /** Marks the line of {@code platformKey} (or every line) with the reason the service refused the save. */
    void saveError(String platformKey, String message) {
        rows.stream().filter(row -> platformKey == null || row.platformProperty().get() != null
                && row.platformProperty().get().dbValue().equals(platformKey)).forEach(row -> row.saveError(message));
        refresh();
    }

    void revealAll() {
        rows.forEach(row -> row.check().reveal());
    }

    public ObservableList<LinkRow> rows() { return rows; }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public boolean isValid() { return valid.get(); }
}
