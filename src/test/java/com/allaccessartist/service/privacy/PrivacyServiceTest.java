package com.allaccessartist.service.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseTarget;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Export my data": the person's own rows, nobody else's, written whole or not at all. */
class PrivacyServiceTest extends BothVendorsTest {

    @TempDir
    Path folder;

    private AccountAdminService.CreatedAccount person(String name) {
        String role = vendor == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + UUID.randomUUID().toString().substring(0, 6)) : null;
        return new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC())
                .create(name + "." + UUID.randomUUID() + "@label.example", name, "a long passphrase".toCharArray(), role);
    }

    @Test
    void theExportHoldsThePersonsDataAndNothingOfOthers() throws Exception {
        AccountAdminService.CreatedAccount jane = person("jane");
        AccountAdminService.CreatedAccount john = person("john");
        Path file = folder.resolve("my-data.json");

        new PrivacyService(database, new CurrentUser(jane.userId(), jane.email(), "jane")).exportMyData(file);

        String text = Files.readString(file);
        JsonNode data = new ObjectMapper().readTree(text);
        assertThat(data.path("user").path("email").asText()).isEqualTo(jane.email());
        assertThat(data.path("user_profile").path("display_name").asText()).isEqualTo("jane");
        assertThat(text).doesNotContain(john.email()).doesNotContain("$2a$");
        try (var listing = Files.list(folder)) {
            assertThat(listing).containsExactly(file);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsExplainedAndLeavesNothing() {
        AccountAdminService.CreatedAccount jane = person("jane");
        Path missing = folder.resolve("no such folder").resolve("my-data.json");

        AppException refusal = catchThrowableOfType(AppException.class,
                () -> new PrivacyService(database, new CurrentUser(jane.userId(), jane.email(), "jane")).exportMyData(missing));

        assertThat(refusal.key()).isEqualTo("privacy.export.writeFailed");
        assertThat(missing).doesNotExist();
    }

    @Test
    void onPostgresqlAPersonExportsThemselvesButNobodyElse() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        AccountAdminService.CreatedAccount jane = person("jane");
        AccountAdminService.CreatedAccount john = person("john");
        DatabaseTarget asJane = DatabaseTarget.of(testDatabase.adminTarget().jdbcUrl(), jane.loginRole(),
                "a long passphrase".toCharArray());
        try (Database own = Database.open(asJane, Database.SchemaMode.VERIFY)) {
            JsonNode mine = new PrivacyService(own, new CurrentUser(jane.userId(), jane.email(), "jane")).myData();
            assertThat(mine.path("user").path("email").asText()).isEqualTo(jane.email());

            RuntimeException refused = catchThrowableOfType(RuntimeException.class,
                    () -> new PrivacyService(own, new CurrentUser(john.userId(), john.email(), "john")).myData());
            assertThat(refused).hasStackTraceContaining("only the person or an administrator");
        }
    }
}
