package com.allaccessartist.service.catalog;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.media.MediaAsset;
import com.allaccessartist.persistence.ConstraintViolations;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images people pick from disk (artist profile and banner, cover art, organization logo). They
 * are stored in the catalogue itself (table {@code media_assets}), so everyone sharing a
 * PostgreSQL catalogue sees them; the URL columns hold {@code media:<id>}. JPEG, PNG, GIF and
 * BMP up to 20 MB are accepted; the same image stored twice is stored once (SHA-256).
 *
 * <p>An image is checked by decoding it completely (a file that only starts like an image is
 * refused); pictures of more than {@value #MAX_PIXELS} pixels are refused before decoding, so a
 * small file claiming enormous dimensions cannot exhaust memory.
 */
public final class MediaService {

    public static final String SCHEME = "media:";
    /** Largest file accepted: 20 MiB. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Most pixels an image may have (width × height). */
    public static final long MAX_PIXELS = 100_000_000L;
    /** Decoding to check an image never builds a picture larger than this many pixels. */
    private static final long CHECK_PIXELS = 1_000_000L;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "bmp", "image/bmp");
    private static final Logger LOG = LoggerFactory.getLogger(MediaService.class);

    private final Database database;
    private final CurrentUser user;
    private final AccessService access;

    public MediaService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
        this.access = new AccessService(database, user, Clock.systemUTC());
    }

    /**
     * Stores an image file and returns its {@code media:} reference.
     *
     * @throws com.allaccessartist.domain.AppException "media.unreadable", "media.tooLarge", "media.notAnImage"
     */
    public String importImage(Path file) {
        byte[] bytes = read(file);
        Image image = inspect(bytes, file);
        String sha256 = sha256(bytes);
        try {
            return Transactions.run(database, session -> store(session, sha256, image, bytes));
        } catch (RuntimeException e) {
            // someone stored the same image at the same moment: theirs is the one to refer to
            if (ConstraintViolations.constraintName(e).filter("media_assets_sha256_key"::equals).isPresent()) {
                return Transactions.run(database, session -> existing(session, sha256)
                        .orElseThrow(() -> e));
            }
            throw e;
        }
    }

    /** The bytes of a stored image, or empty for an unknown reference or a non-{@code media:} URL. */
    public Optional<byte[]> load(String reference) {
        Optional<UUID> id = idOf(reference);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                return Optional.empty();
            }
            MediaAsset asset = session.find(MediaAsset.class, id.get());
            return asset == null ? Optional.<byte[]>empty() : Optional.of(asset.getBytes());
        });
    }

    /** The id of a {@code media:<id>} reference, or empty for anything else. */
    public static Optional<UUID> idOf(String reference) {
        if (reference == null || !reference.strip().startsWith(SCHEME)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(reference.strip().substring(SCHEME.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String store(Session session, String sha256, Image image, byte[] bytes) {
        if (!access.isActivePerson(session)) {
            throw new AppException("permission.media.add");
        }
        Optional<String> existing = existing(session, sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        MediaAsset asset = MediaAsset.create();
        asset.setSha256(sha256);
        asset.setContentType(image.contentType());
        asset.setSizeBytes(bytes.length);
        asset.setWidth(image.width());
        asset.setHeight(image.height());
        asset.setBytes(bytes);
        asset.setCreatedBy(user.id());
        session.persist(asset);
        session.flush();
        return SCHEME + asset.getId();
    }

    private static Optional<String> existing(Session session, String sha256) {
        return session.createSelectionQuery("select m.id from MediaAsset m where m.sha256 = :sha", UUID.class)
                .setParameter("sha", sha256)
                .uniqueResultOptional()
                .map(id -> SCHEME + id);
    }

    private static byte[] read(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new AppException("media.tooLarge", file.getFileName(), MAX_BYTES / (1024 * 1024));
            }
            if (size == 0) {
                throw new AppException("media.notAnImage", file.getFileName());
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_BYTES) {
                throw new AppException("media.tooLarge", file.getFileName(), MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new AppException(e, "media.unreadable", file.getFileName());
        }
    }

    /** What an image file is, found by decoding it. */
    record Image(String contentType, int width, int height) {
    }

    static Image inspect(byte[] bytes, Path file) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new AppException("media.notAnImage", file.getFileName());
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String contentType = CONTENT_TYPES.get(format);
                if (contentType == null) {
                    throw new AppException("media.notAnImage", file.getFileName());
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new AppException("media.notAnImage", file.getFileName());
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new AppException("media.tooManyPixels", file.getFileName(), width, height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) width * height / CHECK_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                reader.read(0, param);
                return new Image(contentType, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException app) {
                throw app;
            }
            // decoders report broken files with IOExceptions and unchecked exceptions alike
            LOG.info("Refused {} as an image: {}", file.getFileName(), e.toString());
            throw new AppException(e, "media.notAnImage", file.getFileName());
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
