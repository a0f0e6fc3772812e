package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldDecoration;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/**
 * Shows an {@link ImageField}'s thumbnail (already scaled down in the background, so never a full
 * picture decoded on the FX thread); {@code placeholder} is shown while there is no image.
 */
public final class Thumbnail {

    private Thumbnail() {
    }

    public static void bind(ImageView view, Node placeholder, ObservableStringValue url) {
        show(view, placeholder, url.get());
        url.addListener((o, old, value) -> show(view, placeholder, value));
    }

    /** Binds the controls of an image field: thumbnail, busy indicator, Remove enabled with an image, the problem. */
    public static void bind(ImageField field, ImageView view, Node placeholder, ProgressIndicator busy, Button choose,
                            Button remove, Label problem) {
        bind(view, placeholder, field.thumbnailProperty());
        busy.visibleProperty().bind(field.busyProperty());
        remove.disableProperty().bind(field.hasImageProperty().not());
        remove.setTooltip(new Tooltip(Messages.get("image.remove")));
        FieldDecoration.show(choose, problem, field.errorProperty());
    }

    private static void show(ImageView view, Node placeholder, String url) {
        boolean none = url == null || url.isEmpty();
        double width = view.getFitWidth() > 0 ? view.getFitWidth() * 2 : 0;
        double height = view.getFitHeight() > 0 ? view.getFitHeight() * 2 : 0;
        // a thumbnail made in the background is small and decoded at once; a web image loads in the background
        view.setImage(none ? null : new Image(url, width, height, true, true, !url.startsWith("data:")));
        placeholder.setVisible(none);
        view.setVisible(!none);
    }
}
