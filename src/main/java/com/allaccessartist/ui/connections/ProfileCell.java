package com.allaccessartist.ui.connections;

import atlantafx.base.theme.Styles;
import com.allaccessartist.domain.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A line of the connection list: icon, name, where it is, and an "active" badge. */
final class ProfileCell extends ListCell<ProfileItem> {

    private final FontIcon icon = new FontIcon();
    private final Label name = new Label();
    private final Label location = new Label();
    private final Label badge = new Label(Messages.get("connection.activeBadge"));
    private final HBox content;

    ProfileCell() {
        name.getStyleClass().add(Styles.TEXT_BOLD);
        location.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        location.setMinWidth(0);
        badge.getStyleClass().add("badge");
        VBox text = new VBox(2, name, location);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        content = new HBox(10, icon, text, badge);
        content.setAlignment(Pos.CENTER_LEFT);
        icon.getStyleClass().add("profile-icon");
        badge.setMinWidth(USE_PREF_SIZE);
        // the list's width decides the cell's, not the path's length (which is cut with an ellipsis)
        setPrefWidth(0);
        location.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
    }

    @Override
    protected void updateItem(ProfileItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        icon.setIconLiteral(item.remote() ? "fth-server" : "fth-hard-drive");
        name.setText(item.name());
        location.setText(item.location());
        badge.setVisible(item.active());
        badge.setManaged(item.active());
        setText(null);
        setGraphic(content);
    }
}
