package com.allaccessartist.service.auth;

import com.allaccessartist.persistence.ConnectionProblem;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import java.time.Clock;
import java.util.UUID;

/**
 * Signing in on PostgreSQL: the server has already checked the person's own login role and
 * password when the connection opened; this finds the {@code users} row mapped to that role
 * ({@code app_uid()}) and records the sign-in.
 */
public final class PostgresIdentityService {

    private final Database database;
    private final Clock clock;

    public PostgresIdentityService(Database database, Clock clock) {
        if (database.vendor() != Vendor.POSTGRESQL) {
            throw new IllegalArgumentException("PostgreSQL only");
        }
        this.database = database;
        this.clock = clock;
    }

    /**
     * The person signed in with this connection.
     *
     * @throws DatabaseOpenException NOT_A_PERSON if the role is not mapped to an active person
     */
    public CurrentUser identify() {
        return database.inTransaction(session -> {
            UUID id = session.createNativeQuery("SELECT app_uid()", UUID.class).getSingleResult();
            if (id == null) {
                throw new DatabaseOpenException(ConnectionProblem.NOT_A_PERSON, null,
                        database.target().describe(), database.target().user());
            }
            Object[] row = session.createNativeQuery(
                            "SELECT u.email, p.display_name FROM users u LEFT JOIN user_profiles p ON p.user_id = u.id"
                                    + " WHERE u.id = :id", Object[].class)
                    .setParameter("id", id)
                    .getSingleResult();
            session.createNativeMutationQuery("UPDATE users SET last_login_at = :now WHERE id = :id")
                    .setParameter("now", clock.instant())
                    .setParameter("id", id)
                    .executeUpdate();
            String email = (String) row[0];
            String name = row[1] != null ? (String) row[1] : email;
            return new CurrentUser(id, email, name);
        });
    }
}
