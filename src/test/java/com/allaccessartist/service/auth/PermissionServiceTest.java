package com.allaccessartist.service.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who may load the demo catalogue: an organization's owner on a local file; nobody through the app on PostgreSQL. */
class PermissionServiceTest extends BothVendorsTest {

    private CurrentUser person(String name) {
        String role = vendor == Vendor.POSTGRESQL ? testDatabase.uniqueRoleName(name + UUID.randomUUID().toString().substring(0, 6)) : null;
        AccountAdminService.CreatedAccount account = new AccountAdminService(database, new PasswordHasher(4), Clock.systemUTC())
                .create(name + "." + UUID.randomUUID() + "@label.example", name, "a long passphrase".toCharArray(), role);
        return new CurrentUser(account.userId(), account.email(), name);
    }

    @Test
    void anOwnerOfAnOrganizationMayLoadTheDemoOnALocalFileOnly() throws Exception {
        CurrentUser owner = person("owner");
        CurrentUser viewer = person("viewer");
        try (Connection c = testDatabase.adminConnection(true)) {
            UUID organization = UUID.randomUUID();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO organizations (id, name, type, created_by) VALUES (?, 'Label', 'label', ?)")) {
                insert.setObject(1, organization);
                insert.setObject(2, owner.id());
                insert.executeUpdate();
            }
            try (PreparedStatement grant = c.prepareStatement("INSERT INTO user_organization_roles"
                    + " (user_id, organization_id, role, granted_by) VALUES (?, ?, 'viewer', ?)")) {
                grant.setObject(1, viewer.id());
                grant.setObject(2, organization);
                grant.setObject(3, owner.id());
                grant.executeUpdate();
            }
        }

        boolean ownerMay = new PermissionService(database, owner, Clock.systemUTC()).mayLoadDemoCatalogue();
        boolean viewerMay = new PermissionService(database, viewer, Clock.systemUTC()).mayLoadDemoCatalogue();

        assertThat(ownerMay).isEqualTo(vendor == Vendor.H2);
        assertThat(viewerMay).isFalse();
    }
}
