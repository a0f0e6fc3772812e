package com.allaccessartist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.UserProfile;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.people.PersonRecords;
import com.allaccessartist.testsupport.BothVendorsTest;
import com.allaccessartist.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two people editing the same row: the second save is refused with the reason, nothing is overwritten. */
class ConcurrentEditsTest extends BothVendorsTest {

    private static UUID person(Database database) {
        String email = "jane." + UUID.randomUUID() + "@label.example";
        return database.inTransaction(s -> PersonRecords.insert(s, EmailAddress.parse(email), "Jane Doe").getId());
    }

    private static long version(Database database, UUID id) {
        return database.inTransaction(s -> s.find(UserProfile.class, id).getVersion());
    }

    private static String bio(Database database, UUID id) {
        return database.inTransaction(s -> s.find(UserProfile.class, id).getBio());
    }

    private static void saveBio(Database database, UUID id, long expectedVersion, String bio) {
        database.inTransaction(s -> ConcurrentEdits.apply(s, UserProfile.class, id, expectedVersion,
                UserProfile::getVersion, p -> p.setBio(bio)));
    }

    private static void updateOutside(TestDatabase testDatabase, String sql, UUID id) {
        try (Connection other = testDatabase.adminConnection(true); PreparedStatement update = other.prepareStatement(sql)) {
            update.setObject(1, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSaveFromAnOutdatedVersionIsRefusedAndTheOtherSaveStays() {
        UUID id = person(database);
        long opened = version(database, id);
        saveBio(database, id, opened, "Saved first by someone else");

        AppException refusal = catchThrowableOfType(AppException.class, () -> saveBio(database, id, opened, "Mine"));

        assertThat(refusal.key()).isEqualTo("record.changedBySomeoneElse");
        assertThat(refusal.getLocalizedMessage()).contains("Someone else saved");
        assertThat(bio(database, id)).isEqualTo("Saved first by someone else");
        assertThat(version(database, id)).isEqualTo(opened + 1);
    }

    @Test
    void aSaveRacingAnotherCommittedSaveIsRefused() {
        UUID id = person(database);
        long opened = version(database, id);

        AppException refusal = catchThrowableOfType(AppException.class, () -> database.inTransaction(s ->
                ConcurrentEdits.apply(s, UserProfile.class, id, opened, UserProfile::getVersion, p -> {
                    // between our read and our write, another person's save commits
                    updateOutside(testDatabase, "UPDATE user_profiles SET bio = 'Theirs', version = version + 1"
                            + " WHERE user_id = ?", id);
                    p.setBio("Mine");
                })));

        assertThat(refusal.key()).isEqualTo("record.changedBySomeoneElse");
        assertThat(bio(database, id)).isEqualTo("Theirs");
    }

    @Test
    void aSaveOfADeletedRowSaysItIsGone() {
        UUID id = person(database);
        long opened = version(database, id);
        updateOutside(testDatabase, "DELETE FROM users WHERE id = ?", id);

        AppException refusal = catchThrowableOfType(AppException.class, () -> saveBio(database, id, opened, "Mine"));

        assertThat(refusal.key()).isEqualTo("record.goneOrNoAccess");
    }

    @Test
    void aSaveFromTheCurrentVersionGoesThroughAndMovesTheVersionOn() {
        UUID id = person(database);
        long opened = version(database, id);

        saveBio(database, id, opened, "Mine");

        assertThat(bio(database, id)).isEqualTo("Mine");
        assertThat(version(database, id)).isEqualTo(opened + 1);
    }
}
