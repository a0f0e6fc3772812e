package com.allaccessartist.service.privacy;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The person's own data (GDPR Art. 15 and 20): exported through the schema's
 * {@code export_user_data()} function, which both vendors implement.
 */
public final class PrivacyService {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final CurrentUser user;

    public PrivacyService(Database database, CurrentUser user) {
        this.database = database;
        this.user = user;
    }

    /** The signed-in person's data as a JSON document. */
    public JsonNode myData() {
        String json = database.inTransaction(session -> session
                .createNativeQuery("SELECT CAST(export_user_data(:id) AS VARCHAR)", String.class)
                .setParameter("id", user.id())
                .getSingleResult());
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AppException(e, "privacy.export.failed");
        }
    }

    /** Writes {@link #myData()} to {@code file} (through a temporary file, so a failure leaves no half file). */
    public void exportMyData(Path file) {
        JsonNode data = myData();
        Path temporary = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            temporary = Files.createTempFile(folder, ".export-", ".json");
            JSON.writeValue(temporary.toFile(), data);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new AppException(e, "privacy.export.writeFailed", file);
        } catch (UncheckedIOException e) {
            deleteQuietly(temporary);
            throw new AppException(e, "privacy.export.writeFailed", file);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanupFailure) {
            org.slf4j.LoggerFactory.getLogger(PrivacyService.class)
                    .warn("Could not remove temporary export file {}: {}", temporary, cleanupFailure.getMessage());
        }
    }
}
