package com.allaccessartist.service.demo;

import com.allaccessartist.persistence.LoginRoles;
import com.allaccessartist.persistence.Vendor;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mindrot.jbcrypt.BCrypt;

/**
 * Lets demo people sign in with the demo password. On H2: a user_credentials row each, all
 * with one bcrypt hash (cost {@value #BCRYPT_COST}) computed once, since hashing per person
 * would take minutes. On PostgreSQL: a login role each ({@link LoginRoles}), created in the
 * load's transaction, so a cancelled or failed load leaves no role behind.
 */
final class DemoSignIns {

    static final int BCRYPT_COST = 12;

    private final Vendor vendor;
    private final char[] password;

    /**
     * @param password the demo password (not copied; the caller clears it), or {@code null}
     */
    DemoSignIns(Vendor vendor, char[] password) {
        this.vendor = vendor;
        this.password = password;
    }

    /** Whether demo people get user_credentials rows. */
    boolean writesCredentials() {
        return password != null && vendor == Vendor.H2;
    }

    /** Whether demo people get PostgreSQL login roles. */
    boolean createsLoginRoles() {
        return password != null && vendor == Vendor.POSTGRESQL;
    }

    void writeCredentials(DemoWriter writer, List<DemoPerson> people) throws SQLException {
        String hash = BCrypt.hashpw(new String(password), BCrypt.gensalt(BCRYPT_COST));
        for (DemoPerson person : people) {
            writer.credential(person.id(), hash);
        }
    }

    /**
     * Creates every person's login role (their users rows must have been written).
     *
     * @return login role per users.id
     */
    Map<UUID, String> createLoginRoles(Connection connection, List<DemoPerson> people, DemoProgress progress)
            throws SQLException {
        Map<UUID, String> roles = new HashMap<>();
        for (DemoPerson person : people) {
            String role = LoginRoles.nameFor(person.email(), person.id());
            LoginRoles.createFor(connection, person.id(), role, password);
            roles.put(person.id(), role);
            progress.written(1);
        }
        return roles;
    }
}
