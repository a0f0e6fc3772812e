package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;
import com.allaccessartist.domain.catalog.ReleaseWorkflow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the editor's header and status panel show: the release's name and kind, its status and
 * the moves open to the person, whether (and why) it is read-only, and the ℗/© lines.
 */
public final class ReleaseHeader {

    private final ReadOnlyObjectWrapper<ReleaseStatus> status = new ReadOnlyObjectWrapper<>(this, "status", ReleaseStatus.DRAFT);
    private final ObservableList<ReleaseStatus> moves = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper(this, "readOnlyReason", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "new", true);
    private final StringBinding heading;
    private final StringBinding copyrightLines;

    ReleaseHeader(ReleaseForm form) {
        heading = Bindings.createStringBinding(() -> form.titleProperty().get().isBlank()
                ? Messages.get("release.editor.untitled") : form.titleProperty().get().strip(), form.titleProperty());
        copyrightLines = Bindings.createStringBinding(() -> copyright(form.copyrightYearProperty().get(),
                form.copyrightHolderProperty().get()), form.copyrightYearProperty(), form.copyrightHolderProperty());
    }

    void show(ReleaseStatus current, List<ReleaseStatus> allowed, boolean mayManage, ReleaseType type, String artistName,
              boolean newRelease) {
        status.set(current);
        moves.setAll(allowed.stream().sorted().toList());
        boolean archived = ReleaseWorkflow.isReadOnly(current);
        readOnly.set(archived || !mayManage);
        readOnlyReason.set(archived ? Messages.get("release.readOnly.archived")
                : mayManage ? "" : Messages.get("release.readOnly.noRights"));
        subtitle.set(Messages.format("release.editor.subtitle", ReleaseLabels.type(type), artistName));
        isNew.set(newRelease);
    }

    /** "℗ 2024 Holder" and "© 2024 Holder" on two lines; empty without year and holder. */
    static String copyright(String year, String holder) {
        String line = (year.strip() + " " + holder.strip()).strip();
        return line.isEmpty() ? "" : "\u2117 " + line + "\n\u00A9 " + line;
    }

    public ReadOnlyObjectProperty<ReleaseStatus> statusProperty() { return status.getReadOnlyProperty(); }
    /** The statuses the person may move the release to now. */
    public ObservableList<ReleaseStatus> moves() { return moves; }
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }
    /** Why the release cannot be edited (archived, or no right to manage releases), empty when it can. */
    public ReadOnlyStringProperty readOnlyReasonProperty() { return readOnlyReason.getReadOnlyProperty(); }
    /** "Album · Ada Lovelace". */
    public ReadOnlyStringProperty subtitleProperty() { return subtitle.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty newProperty() { return isNew.getReadOnlyProperty(); }
    public StringBinding headingProperty() { return heading; }
    /** "℗ 2024 Holder" and "© 2024 Holder", empty without year and holder. */
    public StringBinding copyrightLinesProperty() { return copyrightLines; }
}
