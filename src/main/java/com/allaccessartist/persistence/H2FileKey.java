package com.allaccessartist.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a person's passphrase into the file password of an encrypted H2 database.
 * H2 derives its AES key from the file password weakly, so the password it gets is already a
 * strong key: PBKDF2-HMAC-SHA256 with a random salt and many iterations. The salt and iteration
 * count (not secret) live in a small side file next to the database, {@code <name>.key.json};
 * without it the database cannot be opened, so it is copied along with the database.
 */
public final class H2FileKey {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private H2FileKey() {
    }

    /** Writes new key parameters for a new encrypted database and returns its file password. */
    public static char[] createFor(Path databaseFile, char[] passphrase) throws IOException {
        return createFor(databaseFile, passphrase, DEFAULT_ITERATIONS);
    }

    static char[] createFor(Path databaseFile, char[] passphrase, int iterations) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        ObjectNode node = JSON.createObjectNode();
        node.put("algorithm", ALGORITHM);
        node.put("iterations", iterations);
        node.put("salt", Base64.getEncoder().encodeToString(salt));
        Path keyFile = H2Files.keyFile(databaseFile);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        Files.writeString(keyFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        return derive(passphrase, salt, iterations);
    }

    /** Whether the database has key parameters, i.e. was created encrypted by this application. */
    public static boolean isEncrypted(Path databaseFile) {
        return Files.isRegularFile(H2Files.keyFile(databaseFile));
    }

    /** The file password for an existing encrypted database. */
    public static char[] deriveFor(Path databaseFile, char[] passphrase) throws IOException {
        JsonNode node = JSON.readTree(H2Files.keyFile(databaseFile).toFile());
        if (!ALGORITHM.equals(node.path("algorithm").asText())) {
            throw new IOException("Unsupported key derivation: " + node.path("algorithm").asText());
        }
        int iterations = node.path("iterations").asInt(0);
        byte[] salt = Base64.getDecoder().decode(node.path("salt").asText(""));
        if (iterations < 10_000 || salt.length < 8) {
            throw new IOException("The key file of this database is damaged");
        }
        return derive(passphrase, salt, iterations);
    }

    private static char[] derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
