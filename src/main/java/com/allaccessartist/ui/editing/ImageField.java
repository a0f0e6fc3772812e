package com.allaccessartist.ui.editing;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * An image of a record (logo, profile picture, banner): picked from disk and stored through
 * {@link MediaService} in the background, its {@code media:} reference kept in the form's
 * property, and a thumbnail to show: decoded and scaled down off the FX thread from the stored
 * bytes, handed to the View as a small PNG {@code data:} URL (web addresses are passed through for
 * the View to load in the background).
 */
public final class ImageField {

    /** The longest side of a thumbnail, in pixels (twice the largest size shown, for sharp HiDPI screens). */
    public static final int THUMBNAIL_SIZE = 640;

    private final StringProperty reference;
    private final MediaService media;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Path initialFolder;
    private final ReadOnlyStringWrapper thumbnail = new ReadOnlyStringWrapper(this, "thumbnail", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private long generation;

    /**
     * @param reference     the form's property holding the image reference (null or blank: none)
     * @param initialFolder where the file chooser starts
     */
    public ImageField(StringProperty reference, MediaService media, TaskExecutor executor, DialogService dialogs,
                      Path initialFolder) {
        this.reference = reference;
        this.media = media;
        this.executor = executor;
        this.dialogs = dialogs;
        this.initialFolder = initialFolder;
        reference.addListener((o, old, value) -> showThumbnail(value));
        showThumbnail(reference.get());
    }

    /** Asks for an image file and stores it; the reference changes once it is stored. */
    public void choose() {
        dialogs.chooseFileToOpen(Messages.get("image.choose"), initialFolder, DialogService.FileType.images()).ifPresent(this::store);
    }

    /** Stores {@code file} in the background and refers to it. */
    public void store(Path file) {
        long current = ++generation;
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> media.importImage(file))
                .onSuccess(stored -> {
                    if (current == generation && stored.equals(reference.get())) {
                        busy.set(false);
                    } else if (current == generation) {
                        reference.set(stored);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        error.set(ErrorText.of(failure));
                        busy.set(false);
                    }
                }));
    }

    /** No image. */
    public void clear() {
        error.set("");
        reference.set(null);
    }

    private void showThumbnail(String value) {
        long current = ++generation;
        if (value == null || value.isBlank()) {
            thumbnail.set("");
            busy.set(false);
            return;
        }
        if (!value.startsWith(MediaService.SCHEME)) {
            String lower = value.toLowerCase(Locale.ROOT);
            thumbnail.set(lower.startsWith("https://") || lower.startsWith("http://") ? value : "");
            busy.set(false);
            return;
        }
        busy.set(true);
        executor.submit(BackgroundTask.of(context -> media.load(value).map(ImageField::thumbnail).orElse(""))
                .onSuccess(url -> {
                    if (current == generation) {
                        thumbnail.set(url);
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        thumbnail.set("");
                        error.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> {
                    if (current == generation) {
                        busy.set(false);
                    }
                }));
    }

    /**
     * A PNG {@code data:} URL of the image scaled to fit {@value #THUMBNAIL_SIZE} pixels (halving
     * first, so large pictures stay smooth), or empty when the bytes are not an image Java reads.
     */
    static String thumbnail(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return "";
            }
            while (Math.max(image.getWidth(), image.getHeight()) > 2 * THUMBNAIL_SIZE) {
                image = scaled(image, image.getWidth() / 2, image.getHeight() / 2);
            }
            double factor = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
            image = scaled(image, (int) Math.round(image.getWidth() * factor), (int) Math.round(image.getHeight() * factor));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(source, 0, 0, target.getWidth(), target.getHeight(), null);
        graphics.dispose();
        return target;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    /** What to show: a {@code data:} or web URL, or empty for no image. */
    public ReadOnlyStringProperty thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }

    public BooleanBinding hasImageProperty() {
        return reference.isNotNull().and(reference.isNotEmpty());
    }

    /** Storing or loading is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last image could not be stored or shown; empty when fine. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
