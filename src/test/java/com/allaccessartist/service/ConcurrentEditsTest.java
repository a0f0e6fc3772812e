package com.allaccessartist.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.identity.UserProfile;
import com.allaccessartist.domain.org.Organization;
import com.allaccessartist.domain.org.OrganizationType;
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

    private static UUID organization(Database database) {
        UUID creator = person(database);
        return database.inTransaction(s -> {
            Organization organization = Organization.create();
            organization.setName("Label " + UUID.randomUUID());
            organization.setType(OrganizationType.LABEL);
            organization.setCreatedBy(creator);
            s.persist(organization);
            return organization.getId();
        });
    }

    private static long organizationVersion(Database database, UUID id) {
        return database.inTransaction(s -> s.find(Organization.class, id).getVersion());
    }

    @Test
    void claimingARowMovesItsVersionOnAtOnceAndLaterChangesSaveOnTopOfIt() {
        UUID id = organization(database);
        long opened = organizationVersion(database, id);

        long after = database.inTransaction(s -> {
            Organization row = ConcurrentEdits.load(s, Organization.class, id, opened, Organization::getVersion);
            ConcurrentEdits.claim(s, row, Organization.class, id, opened);
            assertThat(row.getVersion()).as("the row is read again").isEqualTo(opened + 1);
            row.setDescription("Changed after the claim");
            ConcurrentEdits.flush(s, Organization.class, id);
            return row.getVersion();
        });

        assertThat(organizationVersion(database, id)).isEqualTo(after).isEqualTo(opened + 2);
    }

    @Test
    void claimingARowSomeoneElseSavedOrDeletedSaysWhich() {
        UUID id = organization(database);
        long opened = organizationVersion(database, id);
        updateOutside(testDatabase, "UPDATE organizations SET description = 'Theirs', version = version + 1 WHERE id = ?", id);

        AppException changed = catchThrowableOfType(AppException.class, () -> database.inTransaction(s ->
                {
                    ConcurrentEdits.claim(s, s.find(Organization.class, id), Organization.class, id, opened);
                    return null;
                }));
        assertThat(changed.key()).isEqualTo("record.changedBySomeoneElse");
        AppException stale = catchThrowableOfType(AppException.class, () -> database.inTransaction(s ->
                ConcurrentEdits.load(s, Organization.class, id, opened, Organization::getVersion)));
        assertThat(stale.key()).isEqualTo("record.changedBySomeoneElse");

        Organization loaded = database.inTransaction(s -> s.find(Organization.class, id));
        updateOutside(testDatabase, "DELETE FROM user_organization_roles WHERE organization_id = ?", id);
        updateOutside(testDatabase, "DELETE FROM organizations WHERE id = ?", id);
        AppException gone = catchThrowableOfType(AppException.class, () -> database.inTransaction(s ->
                {
                    ConcurrentEdits.claim(s, loaded, Organization.class, id, loaded.getVersion());
                    return null;
                }));
        assertThat(gone.key()).isEqualTo("record.goneOrNoAccess");
        assertThat(description(database, id)).isNull();
    }

    private static String description(Database database, UUID id) {
        return database.inTransaction(s -> {
            Organization organization = s.find(Organization.class, id);
            return organization == null ? null : organization.getDescription();
        });
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
