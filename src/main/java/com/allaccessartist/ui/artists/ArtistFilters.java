package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.service.catalog.ArtistQuery;
import com.allaccessartist.service.catalog.ArtistSort;
import com.allaccessartist.ui.editing.ListUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the artist list shows: the search text, the filters (organization, type, public,
 * verified, active; each may be "any") and the sort, turned into an {@link ArtistQuery}.
 */
public final class ArtistFilters {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObservableList<FilterChoice<UUID>> organizationChoices = FXCollections.observableArrayList(
            List.of(new FilterChoice<>(null, Messages.get("artists.filter.anyOrganization"))));
    private final List<FilterChoice<ArtistType>> typeChoices = makeTypeChoices();
    private final List<FilterChoice<Boolean>> publicChoices = flagChoices("artists.filter.public");
    private final List<FilterChoice<Boolean>> verifiedChoices = flagChoices("artists.filter.verified");
    private final List<FilterChoice<Boolean>> activeChoices = flagChoices("artists.filter.active");
    private final ObjectProperty<FilterChoice<UUID>> organization = new SimpleObjectProperty<>(this, "organization",
            organizationChoices.get(0));
    private final ObjectProperty<FilterChoice<ArtistType>> type = new SimpleObjectProperty<>(this, "type", typeChoices.get(0));
    private final ObjectProperty<FilterChoice<Boolean>> isPublic = new SimpleObjectProperty<>(this, "isPublic", publicChoices.get(0));
    private final ObjectProperty<FilterChoice<Boolean>> verified = new SimpleObjectProperty<>(this, "verified", verifiedChoices.get(0));
    private final ObjectProperty<FilterChoice<Boolean>> active = new SimpleObjectProperty<>(this, "active", activeChoices.get(0));
    private final ObjectProperty<ArtistSort> sort = new SimpleObjectProperty<>(this, "sort", ArtistSort.NAME);
    private final ObjectProperty<Boolean> descending = new SimpleObjectProperty<>(this, "descending", false);
    private final BooleanBinding filtering = Bindings.createBooleanBinding(() -> value(organization) != null
            || value(type) != null || value(isPublic) != null || value(verified) != null || value(active) != null,
            organization, type, isPublic, verified, active);

    private static List<FilterChoice<ArtistType>> makeTypeChoices() {
        List<FilterChoice<ArtistType>> choices = new ArrayList<>();
        choices.add(new FilterChoice<>(null, Messages.get("artists.filter.anyType")));
        for (ArtistType t : ArtistType.values()) {
            choices.add(new FilterChoice<>(t, typeLabel(t)));
        }
        return List.copyOf(choices);
    }

    private static List<FilterChoice<Boolean>> flagChoices(String prefix) {
        return List.of(new FilterChoice<>(null, Messages.get(prefix + ".any")),
                new FilterChoice<>(true, Messages.get(prefix + ".yes")),
                new FilterChoice<>(false, Messages.get(prefix + ".no")));
    }

    /** The name of an artist type, such as "Band". */
    public static String typeLabel(ArtistType type) {
        return type == null ? "" : Messages.get("artists.type." + type.dbValue());
    }

    private static <T> T value(ObjectProperty<FilterChoice<T>> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    /** The query of the first {@code limit} rows. */
    public ArtistQuery query(int limit) {
        String search = text.get() == null || text.get().isBlank() ? null : text.get().strip();
        return new ArtistQuery(search, value(organization), value(type), value(isPublic), value(verified), value(active),
                sort.get(), descending.get(), 0, limit);
    }

    /** The organizations to filter by ("any" stays first). */
    public void setOrganizations(List<FilterChoice<UUID>> organizations) {
        List<FilterChoice<UUID>> wanted = new ArrayList<>();
        wanted.add(organizationChoices.get(0));
        wanted.addAll(organizations);
        ListUpdate.keepingEqual(organizationChoices, wanted);
        if (organization.get() == null || !organizationChoices.contains(organization.get())) {
            organization.set(organizationChoices.get(0));
        }
    }

    /** Every filter back to "any" (the search text stays). */
    public void clear() {
        organization.set(organizationChoices.get(0));
        type.set(typeChoices.get(0));
        isPublic.set(publicChoices.get(0));
        verified.set(verifiedChoices.get(0));
        active.set(activeChoices.get(0));
    }

    /** The filter values whose change reloads the list at once (the text is debounced). */
    Observable[] filterValues() {
        return new Observable[] {organization, type, isPublic, verified, active};
    }

    public StringProperty textProperty() { return text; }
    public ObservableList<FilterChoice<UUID>> organizationChoices() { return organizationChoices; }
    public List<FilterChoice<ArtistType>> typeChoices() { return typeChoices; }
    public List<FilterChoice<Boolean>> publicChoices() { return publicChoices; }
    public List<FilterChoice<Boolean>> verifiedChoices() { return verifiedChoices; }
    public List<FilterChoice<Boolean>> activeChoices() { return activeChoices; }
    public ObjectProperty<FilterChoice<UUID>> organizationProperty() { return organization; }
    public ObjectProperty<FilterChoice<ArtistType>> typeProperty() { return type; }
    public ObjectProperty<FilterChoice<Boolean>> publicProperty() { return isPublic; }
    public ObjectProperty<FilterChoice<Boolean>> verifiedProperty() { return verified; }
    public ObjectProperty<FilterChoice<Boolean>> activeProperty() { return active; }
    public ObjectProperty<ArtistSort> sortProperty() { return sort; }
    public ObjectProperty<Boolean> descendingProperty() { return descending; }
    /** Whether any filter (not the text) narrows the list. */
    public BooleanBinding filteringProperty() { return filtering; }
}
