package com.allaccessartist.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.testsupport.TestWorld.Person;
import com.allaccessartist.testsupport.BothVendorsTest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;

/** Organizations: created by anyone (who becomes owner), edited and deactivated by owners and admins only. */
class OrganizationServiceTest extends BothVendorsTest {

    private static CatalogWorld world;

    @BeforeEach
    void people() {
        if (world == null || world.database() != database) {
            world = CatalogWorld.create(testDatabase, database, "founder", "admin", "editor", "outsider", "former");
        }
    }

    @AfterParameterizedClassInvocation
    static void closeWorld() {
        if (world != null) {
            world.close();
            world = null;
        }
    }

    private static OrganizationService service(String person) {
        return service(database, world.person(person));
    }

    private static OrganizationService service(Database on, Person person) {
        return new OrganizationService(on, person.user(), Clock.systemUTC());
    }

    private static OrganizationDraft draft(String name) {
        return new OrganizationDraft(name, OrganizationType.LABEL, "Independent label", "northernlights.example",
                null, " Contact@NorthernLights.example ", "+44 20 7946 0000",
                new PostalAddress("1 Abbey Road", "London", null, "NW8 9AY", "gb"), "GB123456789", "0123456", true, false);
    }

    /** An organization made by the founder, with an admin and an editor (no flags). */
    private OrganizationDetails label() {
        OrganizationDetails created = service("founder").create(draft(world.unique("Northern Lights")));
        world.grantOrganization(world.person("admin"), created.id(), "admin", false, false, false, false, null, true);
        world.grantOrganization(world.person("editor"), created.id(), "editor", true, true, false, false, null, true);
        world.grantOrganization(world.person("former"), created.id(), "admin", true, true, true, true,
                Instant.now().minus(1, ChronoUnit.DAYS), true);
        return service("founder").get(created.id());
    }

    @Test
    void theCreatorOwnsTheNewOrganizationAndEveryFieldIsStoredNormalized() {
        String name = world.unique("Northern Lights");
        OrganizationDetails created = service("founder").create(draft("  " + name + "  "));

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.websiteUrl()).isEqualTo("https://northernlights.example");
        assertThat(created.contactEmail()).isEqualTo("contact@northernlights.example");
        assertThat(created.address()).isEqualTo(new PostalAddress("1 Abbey Road", "London", null, "NW8 9AY", "GB"));
        assertThat(created.editable()).isTrue();
        assertThat(created.active()).isTrue();
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isNotNull();
        assertThat(created.members()).extracting(OrganizationMember::userId, OrganizationMember::role, OrganizationMember::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(world.person("founder").id(), OrganizationRole.OWNER, "founder"));
        assertThat(service("founder").list(false)).extracting(OrganizationSummary::id, OrganizationSummary::myRole,
                OrganizationSummary::city, OrganizationSummary::country)
                .contains(org.assertj.core.groups.Tuple.tuple(created.id(), OrganizationRole.OWNER, "London", "GB"));
    }

    @Test
    void membersSeeTheOrganizationAndItsMembersOthersDoNot() {
        OrganizationDetails label = label();

        assertThat(service("editor").get(label.id()).editable()).isFalse();
        assertThat(service("editor").get(label.id()).members()).extracting(OrganizationMember::role)
                .containsExactlyInAnyOrder(OrganizationRole.OWNER, OrganizationRole.ADMIN, OrganizationRole.EDITOR,
                        OrganizationRole.ADMIN);
        assertThat(service("editor").get(label.id()).members()).extracting(OrganizationMember::email)
                .contains(world.person("founder").user().email());
        assertThat(service("editor").list(false)).extracting(OrganizationSummary::id).contains(label.id());
        for (String stranger : new String[] {"outsider", "former"}) {
            AppException refusal = catchThrowableOfType(AppException.class, () -> service(stranger).get(label.id()));
            assertThat(refusal.key()).as(stranger).isEqualTo("record.goneOrNoAccess");
            assertThat(service(stranger).list(true)).extracting(OrganizationSummary::id).doesNotContain(label.id());
        }
    }

    @Test
    void ownersAndAdminsEditOthersAreRefusedBeforeAnythingChanges() {
        OrganizationDetails label = label();
        OrganizationDraft renamed = label.toDraft();
        OrganizationDraft changed = new OrganizationDraft(world.unique("Renamed"), OrganizationType.PUBLISHER,
                renamed.description(), renamed.websiteUrl(), null, null, null, PostalAddress.EMPTY, null, null, true, true);

        OrganizationDetails saved = service("admin").update(label.id(), label.version(), changed);

        assertThat(saved.name()).isEqualTo(changed.name());
        assertThat(saved.type()).isEqualTo(OrganizationType.PUBLISHER);
        assertThat(saved.contactEmail()).isNull();
        assertThat(saved.address()).isEqualTo(PostalAddress.EMPTY);
        assertThat(saved.version()).isEqualTo(label.version() + 1);
        assertThat(saved.updatedAt()).isAfterOrEqualTo(label.updatedAt());
        AppException refusal = catchThrowableOfType(AppException.class,
                () -> service("editor").update(label.id(), saved.version(), renamed));
        assertThat(refusal.key()).isEqualTo("permission.organization.edit");
        AppException stranger = catchThrowableOfType(AppException.class,
                () -> service("outsider").setActive(label.id(), saved.version(), false));
        assertThat(stranger.key()).isEqualTo("record.goneOrNoAccess");
        assertThat(service("founder").get(label.id()).name()).isEqualTo(changed.name());
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndOverwritesNothing() {
        OrganizationDetails label = label();
        OrganizationDetails first = service("admin").update(label.id(), label.version(),
                withName(label.toDraft(), world.unique("First")));

        AppException refusal = catchThrowableOfType(AppException.class, () -> service("founder").update(label.id(),
                label.version(), withName(label.toDraft(), world.unique("Second"))));

        assertThat(refusal.key()).isEqualTo("record.changedBySomeoneElse");
        assertThat(service("founder").get(label.id()).name()).isEqualTo(first.name());
    }

    @Test
    void deactivatedOrganizationsLeaveTheListUnlessAskedFor() {
        OrganizationDetails label = label();

        OrganizationDetails inactive = service("founder").setActive(label.id(), label.version(), false);

        assertThat(inactive.active()).isFalse();
        assertThat(service("founder").list(false)).extracting(OrganizationSummary::id).doesNotContain(label.id());
        assertThat(service("founder").list(true)).filteredOn(s -> s.id().equals(label.id()))
                .extracting(OrganizationSummary::active).containsExactly(false);
        assertThat(service("founder").setActive(label.id(), inactive.version(), true).active()).isTrue();
    }

    @Test
    void everyFieldIsCheckedAndTheRefusalNamesIt() {
        OrganizationService founder = service("founder");
        OrganizationDraft valid = draft(world.unique("Valid"));

        assertField(() -> founder.create(withName(valid, " ")), "name", "validation.organization.nameEmpty");
        assertField(() -> founder.create(withName(valid, "x".repeat(201))), "name", "validation.organization.nameTooLong");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), null, null, null, null, null, null, null, null,
                null, true, false)), "type", "validation.organization.type");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, "not a site", null,
                null, null, null, null, null, true, false)), "websiteUrl", "validation.link.shape");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null, null,
                "no-at-sign", null, null, null, null, true, false)), "contactEmail", "validation.email.shape");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null, null,
                null, "call me", null, null, null, true, false)), "contactPhone", "validation.organization.contactPhone.shape");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null, null,
                null, "+44 20 7946 0000 0000", null, null, null, true, false)), "contactPhone",
                "validation.organization.contactPhone.tooLong");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null, null,
                null, null, null, "x".repeat(51), null, true, false)), "taxId", "validation.organization.taxId.tooLong");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null, null,
                null, null, null, null, "x".repeat(101), true, false)), "businessRegistration",
                "validation.organization.businessRegistration.tooLong");
        assertField(() -> founder.create(new OrganizationDraft(valid.name(), OrganizationType.LABEL, null, null,
                "media:" + UUID.randomUUID(), null, null, null, null, null, true, false)), "logoUrl", "validation.image.unknown");
        assertThat(founder.list(true)).extracting(OrganizationSummary::name).doesNotContain(valid.name());
    }

    @Test
    void onPostgresqlAPersonsOwnRoleCreatesAndEditsUnderRowLevelSecurity() {
        if (vendor != Vendor.POSTGRESQL) {
            return;
        }
        Person founder = world.person("founder");
        OrganizationDetails created = service(world.own(founder), founder).create(draft(world.unique("Own Role Records")));
        assertThat(created.members()).extracting(OrganizationMember::role).containsExactly(OrganizationRole.OWNER);
        world.grantOrganization(world.person("editor"), created.id(), "editor", true, true, false, false, null, true);

        OrganizationDetails saved = service(world.own(founder), founder).update(created.id(), created.version(),
                withName(created.toDraft(), world.unique("Renamed Under RLS")));
        assertThat(service(database, founder).get(created.id()).name()).isEqualTo(saved.name());

        Person editor = world.person("editor");
        AppException refused = catchThrowableOfType(AppException.class, () -> service(world.own(editor), editor)
                .update(created.id(), saved.version(), withName(saved.toDraft(), "Editor's name")));
        assertThat(refused.key()).as("refused by the service, before the database").isEqualTo("permission.organization.edit");
        long changed = world.own(editor).inTransaction(s -> s.createMutationQuery(
                        "update Organization o set o.name = 'Sneaky' where o.id = :id").setParameter("id", created.id())
                .executeUpdate());
        assertThat(changed).as("and Row Level Security refuses the same write").isZero();
        assertThat(service(world.own(editor), editor).get(created.id()).members()).hasSize(2);
    }

    private static OrganizationDraft withName(OrganizationDraft d, String name) {
        return new OrganizationDraft(name, d.type(), d.description(), d.websiteUrl(), d.logoUrl(), d.contactEmail(),
                d.contactPhone(), d.address(), d.taxId(), d.businessRegistration(), d.active(), d.verified());
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(refusal).as("%s refused", field).isNotNull();
        assertThat(refusal.field()).isEqualTo(field);
        assertThat(refusal.key()).isEqualTo(key);
        assertThat(com.allaccessartist.domain.Messages.has(refusal.key())).as("a sentence for %s", key).isTrue();
        assertThat(refusal.getLocalizedMessage()).doesNotContain("{").doesNotContain("[validation");
    }
}
