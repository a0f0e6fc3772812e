package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class ImageFieldTest {

    private static final byte[] PNG = image(2000, 1000, "png");
    private static final byte[] JPEG = image(300, 200, "jpg");

    private static byte[] image(int width, int height, String format) {
        try {
            java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(picture, format, out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The size of the picture a thumbnail URL holds. */
    private static java.awt.Dimension sizeOf(String thumbnail) throws java.io.IOException {
        assertThat(thumbnail).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(thumbnail.substring(thumbnail.indexOf(',') + 1));
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        return new java.awt.Dimension(picture.getWidth(), picture.getHeight());
    }

    private final MediaService media = mock(MediaService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final StringProperty reference = new SimpleStringProperty();

    @Test
    void anImagePickedFromDiskIsStoredAndShownAsAThumbnailScaledDownInTheBackground() throws java.io.IOException {
        Path file = Path.of("/photos/band.png");
        when(dialogs.chooseFileToOpen(anyString(), any(), org.mockito.ArgumentMatchers.eq(DialogService.FileType.images())))
                .thenReturn(Optional.of(file));
        when(media.importImage(file)).thenReturn("media:1111");
        when(media.load("media:1111")).thenReturn(Optional.of(PNG));
        ImageField field = new ImageField(reference, media, new CurrentThreadTaskExecutor(), dialogs, Path.of("/photos"));

        field.choose();

        assertThat(reference.get()).isEqualTo("media:1111");
        assertThat(sizeOf(field.thumbnailProperty().get())).isEqualTo(new java.awt.Dimension(640, 320));
        assertThat(field.hasImageProperty().get()).isTrue();
        assertThat(field.busyProperty().get()).isFalse();
    }

    @Test
    void aFileTheServiceRefusesLeavesTheImageAndSaysWhy() throws java.io.IOException {
        reference.set("media:2222");
        when(media.load("media:2222")).thenReturn(Optional.of(JPEG));
        when(media.importImage(any())).thenThrow(new AppException("media.notAnImage"));
        ImageField field = new ImageField(reference, media, new CurrentThreadTaskExecutor(), dialogs, null);

        field.store(Path.of("notes.txt"));

        assertThat(reference.get()).isEqualTo("media:2222");
        assertThat(field.errorProperty().get()).isEqualTo(Messages.get("media.notAnImage"));
        assertThat(sizeOf(field.thumbnailProperty().get())).isEqualTo(new java.awt.Dimension(300, 200));
    }

    @Test
    void theThumbnailIsLoadedInTheBackgroundAndAnOlderLoadIsIgnored() throws java.io.IOException {
        when(media.load("media:old")).thenReturn(Optional.of(JPEG));
        when(media.load("media:new")).thenReturn(Optional.of(PNG));
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        ImageField field = new ImageField(reference, media, executor, dialogs, null);

        reference.set("media:old");
        reference.set("media:new");
        assertThat(field.busyProperty().get()).isTrue();
        executor.run(1);
        executor.run(0);

        assertThat(sizeOf(field.thumbnailProperty().get()).width).isEqualTo(640);
        assertThat(field.busyProperty().get()).isFalse();
    }

    @Test
    void bytesThatAreNotAPictureShowNoThumbnail() {
        reference.set("media:broken");
        when(media.load("media:broken")).thenReturn(Optional.of(new byte[] {1, 2, 3}));

        ImageField field = new ImageField(reference, media, new CurrentThreadTaskExecutor(), dialogs, null);

        assertThat(field.thumbnailProperty().get()).isEmpty();
        assertThat(field.hasImageProperty().get()).isTrue();
    }

    @Test
    void removingTheImageClearsReferenceAndThumbnail() {
        reference.set("https://cdn.label.example/band.jpg");
        ImageField field = new ImageField(reference, media, new CurrentThreadTaskExecutor(), dialogs, null);
        assertThat(field.thumbnailProperty().get()).isEqualTo("https://cdn.label.example/band.jpg");

        field.clear();

        assertThat(reference.get()).isNull();
        assertThat(field.thumbnailProperty().get()).isEmpty();
        assertThat(field.hasImageProperty().get()).isFalse();
    }
}
