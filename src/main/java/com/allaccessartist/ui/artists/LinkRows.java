package com.allaccessartist.ui.artists;

import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.ui.common.FieldDecoration;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor's link rows: the platform's icon and name, the URL field (id {@code link-<platform>}) and its problem. */
final class LinkRows {

    private LinkRows() {
    }

    static void fill(GridPane grid, List<LinkField> links) {
        int row = 0;
        for (LinkField link : links) {
            Label label = new Label(link.label(), new FontIcon(icon(link.platform())));
            label.getStyleClass().add("field-label");
            label.getGraphic().getStyleClass().add("link-icon");
            label.setPadding(new Insets(7, 0, 0, 0));
            TextField field = new TextField();
            field.setId("link-" + link.platform().dbValue());
            field.setPromptText(link.example());
            field.textProperty().bindBidirectional(link.textProperty());
            label.setLabelFor(field);
            Label problem = new Label();
            problem.setWrapText(true);
            FieldDecoration.show(field, problem, link.check().shownErrorProperty());
            grid.addRow(row++, label, new VBox(2, field, problem));
            GridPane.setValignment(label, VPos.TOP);
        }
    }

    private static String icon(LinkPlatform platform) {
        return switch (platform) {
            case SPOTIFY -> "fth-music";
            case APPLE_MUSIC -> "fth-headphones";
            case YOUTUBE -> "fth-youtube";
            case INSTAGRAM -> "fth-instagram";
            case TIKTOK -> "fth-video";
            case TWITTER -> "fth-twitter";
            default -> "fth-globe";
        };
    }
}
