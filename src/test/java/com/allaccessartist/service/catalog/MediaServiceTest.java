package com.allaccessartist.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/** Images picked from disk: checked by decoding, stored once per content, read back by their media: reference. */
class MediaServiceTest extends BothVendorsTest {

    private static CatalogWorld world;

    @TempDir
    Path temp;

    @BeforeEach
    void people() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, "designer", "colleague");
        }
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static MediaService service(String person) {
        return service(database, world.person(person));
    }

    private static MediaService service(Database on, Person person) {
        return new MediaService(on, person.user());
    }

    /** A picture no other test draws: a random colour in one corner. */
    private Path image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, new Color((int) (Math.random() * 0xFFFFFF)).getRGB());
        picture.setRGB(width - 1, height - 1, UUID.randomUUID().hashCode() & 0xFFFFFF);
        Path file = temp.resolve(UUID.randomUUID() + "." + format);
        assertThat(ImageIO.write(picture, format, file.toFile())).as("a %s writer", format).isTrue();
        return file;
    }

    @Test
    void storesEachAcceptedFormatWithItsSizeAndReadsItBack() throws IOException {
        for (String format : List.of("png", "jpeg", "gif", "bmp")) {
            Path file = image(format, 64, 48);

            String reference = service("designer").importImage(file);

            assertThat(reference).startsWith(MediaService.SCHEME);
            UUID id = MediaService.idOf(reference).orElseThrow();
            assertThat(world.value("SELECT content_type FROM media_assets WHERE id = ?", id)).isEqualTo("image/" + format);
            assertThat(world.count("SELECT width FROM media_assets WHERE id = ?", id)).isEqualTo(64);
            assertThat(world.count("SELECT height FROM media_assets WHERE id = ?", id)).isEqualTo(48);
            assertThat(world.count("SELECT size_bytes FROM media_assets WHERE id = ?", id)).isEqualTo(Files.size(file));
            byte[] original = readAll(file);
            assertThat(service("colleague").load(reference)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(original));
        }
    }

    @Test
    void theSameImageIsStoredOnce() throws IOException {
        Path file = image("png", 10, 10);
        Path copy = Files.copy(file, temp.resolve("copy.png"));

        String first = service("designer").importImage(file);
        String second = service("colleague").importImage(copy);

        assertThat(second).isEqualTo(first);
        assertThat(world.count("SELECT COUNT(*) FROM media_assets WHERE sha256 = ?", MediaService.sha256(readAll(file))))
                .isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotAnAcceptedImageSayingWhy() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.png"), "not a picture");
        Path empty = Files.createFile(temp.resolve("empty.jpg"));
        byte[] png = readAll(image("png", 200, 200));
        Path truncated = Files.write(temp.resolve("truncated.png"), Arrays.copyOf(png, png.length / 2));
        Path tiff = image("tiff", 8, 8);
        Path huge = Files.write(temp.resolve("huge.png"), pngHeaderOnly(200_000, 100_000));
        Path large = temp.resolve("large.bmp");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(MediaService.MAX_BYTES + 1L);
        }
        long before = world.count("SELECT COUNT(*) FROM media_assets");

        assertThat(refusal(text).key()).isEqualTo("media.notAnImage");
        assertThat(refusal(empty).key()).isEqualTo("media.notAnImage");
        assertThat(refusal(truncated).key()).as("a file that only starts like an image").isEqualTo("media.notAnImage");
        assertThat(refusal(tiff).key()).as("TIFF is not among the formats").isEqualTo("media.notAnImage");
        assertThat(refusal(huge).key()).isEqualTo("media.tooManyPixels");
        assertThat(refusal(large).key()).isEqualTo("media.tooLarge");
        assertThat(refusal(large).getLocalizedMessage()).contains("20 MB");
        assertThat(refusal(temp.resolve("missing.png")).key()).isEqualTo("media.unreadable");
        assertThat(world.count("SELECT COUNT(*) FROM media_assets")).isEqualTo(before);
    }

    @Test
    void loadsOnlyStoredMediaReferences() throws IOException {
        assertThat(service("designer").load("media:" + UUID.randomUUID())).isEmpty();
        assertThat(service("designer").load("https://example.com/picture.png")).isEmpty();
        assertThat(service("designer").load("media:not-a-uuid")).isEmpty();
        assertThat(service("designer").load(null)).isEmpty();
        String stored = service("designer").importImage(image("png", 4, 4));
        assertThat(service("designer").load(" " + stored + " ")).isPresent();
    }

    @Test
    void anArtistsPicturesAreStoredImages() throws IOException {
        String picture = service("designer").importImage(image("jpeg", 32, 32));
        ArtistDraft draft = new ArtistDraft(world.unique("Pictured"), null, ArtistType.INDIVIDUAL, null, null, List.of(), null,
                null, picture, "https://cdn.example.com/banner.png", null, null, null, null, null, null, null, null, true,
                false, true);

        ArtistDetails artist = new ArtistService(database, world.person("designer").user(), Clock.systemUTC()).create(draft);

        assertThat(artist.profileImageUrl()).isEqualTo(picture);
        assertThat(artist.bannerImageUrl()).isEqualTo("https://cdn.example.com/banner.png");
    }

    @Test
    void onPostgresqlPeopleAddAndSeeImagesButNeverChangeThem() throws IOException {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        Person designer = world.person("designer");
        Person colleague = world.person("colleague");
        Path file = image("png", 16, 16);

        String reference = service(world.own(designer), designer).importImage(file);
        UUID id = MediaService.idOf(reference).orElseThrow();

        assertThat(world.value("SELECT created_by FROM media_assets WHERE id = ?", id)).isEqualTo(designer.id());
        byte[] original = readAll(file);
        assertThat(service(world.own(colleague), colleague).load(reference)).hasValueSatisfying(bytes ->
                assertThat(bytes).isEqualTo(original));
        assertThat(service(world.own(colleague), colleague).importImage(file)).as("found, not stored again").isEqualTo(reference);
        Throwable delete = catchThrowable(() -> world.own(colleague).inTransaction(s -> s.createMutationQuery(
                "delete from MediaAsset m where m.id = :id").setParameter("id", id).executeUpdate()));
        assertThat(rootMessage(delete)).as("people may not delete images").contains("permission denied");
        assertThat(world.count("SELECT COUNT(*) FROM media_assets WHERE id = ?", id)).isEqualTo(1);
        Throwable forged = catchThrowable(() -> world.own(colleague).inTransaction(s -> s.createNativeMutationQuery(
                "INSERT INTO media_assets (sha256, content_type, size_bytes, width, height, bytes, created_by)"
                        + " VALUES (:sha, 'image/png', 1, 1, 1, CAST('a' AS BYTEA), :someone)")
                .setParameter("sha", "c".repeat(64)).setParameter("someone", designer.id()).executeUpdate()));
        assertThat(rootMessage(forged)).as("nobody stores an image in someone else's name").contains("row-level security");
    }

    private static AppException refusal(Path file) {
        return catchThrowableOfType(AppException.class, () -> service("designer").importImage(file));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null) {
            root = root.getCause();
        }
        return root == null ? "" : String.valueOf(root.getMessage());
    }

    private static byte[] readAll(Path file) throws IOException {
        return Files.readAllBytes(file);
    }

    /** A PNG signature and header claiming the given size, and no picture. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
