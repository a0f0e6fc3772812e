package com.allaccessartist.service.people;

import static com.allaccessartist.testsupport.TestWorld.flags;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.LoginRoles;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordHasher;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.postgresql.util.PasswordUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/**
 * Creating a new person's account on behalf of the signed-in person: allowed to whoever manages
 * people somewhere (in force), refused to everyone else; the new person can then sign in (on
 * PostgreSQL with a login role made by app_create_person, named as LoginRoles names it). On
 * PostgreSQL every call runs as the caller's own login role, so the database's check is the one
 * tested, and a direct call or CREATE ROLE past the service is refused too.
 */
class PersonAccountServiceTest extends BothVendorsTest {

    private static final String INITIAL_PASSWORD = "first-day passphrase";
    private static PeopleWorld world;

    @BeforeEach
    void labelWithPeople() {
        if (world == null || world.database() != database) {
            world = PeopleWorld.create(testDatabase, database, "owner", "manager", "viewer", "inviter", "lapsed");
            Person owner = world.person("owner");
            UUID label = world.organization(owner);
            world.grantOrganization(world.person("manager"), label, "manager", true, true, false, true, null, true, owner);
            world.grantOrganization(world.person("viewer"), label, "viewer", false, false, false, false, null, true, owner);
            UUID artist = world.artist(label, owner);
            world.grantArtist(world.person("inviter"), artist, "collaborator", flags("invite_collaborators"), "0", null,
                    true, owner);
            world.grantArtist(world.person("lapsed"), artist, "admin", flags("invite_collaborators"), "0",
                    Instant.now().minus(1, ChronoUnit.DAYS), true, owner);
        }
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    /** The service as the person: on PostgreSQL through their own login role. */
    private static PersonAccountService as(String name) {
        Person person = world.person(name);
        Database on = database.vendor() == Vendor.POSTGRESQL ? world.own(person) : database;
        return new PersonAccountService(on, person.user(), new PasswordHasher(4), Clock.systemUTC());
    }

    private static String newEmail(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@label.example";
    }

    @Test
    void aManagerOfUsersCreatesAnAccountTheNewPersonSignsInWith() throws SQLException {
        assertThat(as("manager").mayCreateAccounts()).isTrue();
        String email = newEmail("New.Person");

        AccountAdminService.CreatedAccount created = as("manager").createAccount(" " + email.toUpperCase() + " ",
                "Nova Person", INITIAL_PASSWORD.toCharArray());

        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(world.value("SELECT display_name FROM user_profiles WHERE user_id = ?", created.userId()))
                .isEqualTo("Nova Person");
        assertThat(world.value("SELECT last_name FROM user_profiles WHERE user_id = ?", created.userId()))
                .isEqualTo("Person");
        if (vendor == Vendor.H2) {
            assertThat(created.loginRole()).isNull();
            CurrentUser signedIn = new LocalAccountService(database, new PasswordHasher(4), Clock.systemUTC())
                    .signIn(email, INITIAL_PASSWORD.toCharArray());
            assertThat(signedIn.id()).isEqualTo(created.userId());
            return;
        }
        assertThat(created.loginRole()).isEqualTo(LoginRoles.nameFor(created.email(), created.userId()));
        assertThat(world.value("SELECT db_role FROM users WHERE id = ?", created.userId())).isEqualTo(created.loginRole());
        assertThat(world.value("SELECT rolcreaterole OR rolcreatedb OR rolsuper OR rolbypassrls FROM pg_roles"
                + " WHERE rolname = ?", created.loginRole())).isEqualTo(false);
        try (Connection connection = DriverManager.getConnection(testDatabase.adminTarget().jdbcUrl(), created.loginRole(),
                INITIAL_PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT app_uid(), pg_has_role(current_user, app_people_role(), 'MEMBER')")) {
            rs.next();
            assertThat(rs.getObject(1, UUID.class)).isEqualTo(created.userId());
            assertThat(rs.getBoolean(2)).isTrue();
        }
    }

    @Test
    void aCollaboratorWhoMayInviteCreatesAnAccount() {
        AccountAdminService.CreatedAccount created = as("inviter").createAccount(newEmail("guest"), "Guest",
                INITIAL_PASSWORD.toCharArray());

        assertThat(world.count("SELECT COUNT(*) FROM users WHERE id = ?", created.userId())).isEqualTo(1);
    }

    @Test
    void peopleWhoManageNobodyAreRefusedAndNothingIsCreated() throws SQLException {
        for (String name : new String[] {"viewer", "lapsed"}) {
            String email = newEmail("refused");
            assertThat(as(name).mayCreateAccounts()).as(name).isFalse();
            assertThatThrownBy(() -> as(name).createAccount(email, "Refused", INITIAL_PASSWORD.toCharArray()))
                    .isInstanceOfSatisfying(AppException.class,
                            e -> assertThat(e.key()).isEqualTo("people.createAccount.permission"));
            assertThat(world.count("SELECT COUNT(*) FROM users WHERE email = ?", email)).as(name).isZero();
        }
        if (vendor == Vendor.POSTGRESQL) {
            // past the service: the function checks the caller itself, and people cannot create roles
            String verifier = PasswordUtil.encodeScramSha256(INITIAL_PASSWORD.toCharArray());
            try (Connection viewer = world.ownConnection(world.person("viewer"))) {
                assertThatThrownBy(() -> call(viewer, newEmail("direct"), verifier))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("people.createAccount.permission");
                assertThatThrownBy(() -> viewer.createStatement().execute("CREATE ROLE aaa_sneaky LOGIN"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void anEmailWithAnAccountIsRefusedByName() {
        String taken = world.person("viewer").email();

        assertThatThrownBy(() -> as("manager").createAccount(taken, "Twin", INITIAL_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.key()).isEqualTo("account.emailTaken");
                    assertThat(e.args()).containsExactly(taken);
                });
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() throws SQLException {
        assertThatThrownBy(() -> as("manager").createAccount("not an email", "X", INITIAL_PASSWORD.toCharArray()))
                .isInstanceOf(AppException.class);
        assertThatThrownBy(() -> as("manager").createAccount(newEmail("short"), "X", "short".toCharArray()))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.password.tooShort"));
        assertThatThrownBy(() -> as("manager").createAccount(newEmail("nameless"), "  ", INITIAL_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(AppException.class,
                        e -> assertThat(e.key()).isEqualTo("validation.displayName.empty"));
        if (vendor == Vendor.POSTGRESQL) {
            // the function takes a SCRAM verifier only: a password itself would end up in the role's catalog row
            try (Connection manager = world.ownConnection(world.person("manager"))) {
                assertThatThrownBy(() -> call(manager, newEmail("plain"), INITIAL_PASSWORD))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("people.createAccount.verifier");
            }
        }
    }

    private static void call(Connection connection, String email, String verifier) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT * FROM app_create_person(?, 'Direct', ?)")) {
            statement.setString(1, email);
            statement.setString(2, verifier);
            statement.executeQuery().close();
        }
    }
}
