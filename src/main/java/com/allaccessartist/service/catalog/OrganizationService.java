package com.allaccessartist.service.catalog;

import com.allaccessartist.service.Transactions;
import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.catalog.LinkPlatform;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.org.Organization;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.PostalAddress;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.ConcurrentEdits;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.AccessScope;
import com.allaccessartist.service.auth.AccessService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Organizations: list, create, edit, deactivate. Anyone signed in may create one and becomes its
 * owner (the database grants it); only its owners and admins may edit or deactivate it. Members
 * are listed read-only (managing them is the permissions work).
 *
 * <p>An organization is visible to its members (active, unexpired role) and to the person who
 * created it, as on PostgreSQL ({@code organizations_member_select}); its member list to its
 * members only ({@code app_organization_members()}).
 */
public final class OrganizationService {

    public static final int MAX_NAME = 200;
    public static final int MAX_PHONE = 20;
    public static final int MAX_TAX_ID = 50;
    public static final int MAX_REGISTRATION = 100;
    /** A phone number as people write it: digits, spaces, + ( ) - . / and at least five digits. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{4,19}$");

    private final Database database;
    private final CurrentUser user;
    private final Clock clock;
    private final AccessService access;

    public OrganizationService(Database database, CurrentUser user, Clock clock) {
        this.database = database;
        this.user = user;
        this.clock = clock;
        this.access = new AccessService(database, user, clock);
    }

    /** The organizations the person belongs to (active grant), by name; inactive ones only if asked. */
    public List<OrganizationSummary> list(boolean includeInactive) {
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                return List.of();
            }
            List<Object[]> rows = session.createSelectionQuery(
                            "select o, r.role, (select count(a) from Artist a where a.organizationId = o.id)"
                                    + " from OrganizationMembership r join Organization o on o.id = r.organizationId"
                                    + " where r.userId = :me and r.active = true and (r.expiresAt is null or r.expiresAt > :now)"
                                    + (includeInactive ? "" : " and coalesce(o.active, true) = true"), Object[].class)
                    .setParameter("me", user.id())
                    .setParameter("now", clock.instant())
                    .getResultList();
            return rows.stream()
                    .map(row -> summary((Organization) row[0], (OrganizationRole) row[1], (Long) row[2]))
                    .sorted(Comparator.comparing((OrganizationSummary s) -> s.name().toLowerCase(Locale.ROOT))
                            .thenComparing(s -> s.id().toString()))
                    .toList();
        });
    }

    /** @throws com.allaccessartist.domain.AppException "record.goneOrNoAccess" if not visible */
    public OrganizationDetails get(UUID id) {
        return Transactions.run(database, session -> details(session, visible(session, id)));
    }

    /** Creates an organization owned by the person. Every field is checked; errors name the field's rule. */
    public OrganizationDetails create(OrganizationDraft draft) {
        return Transactions.run(database, session -> {
            if (!access.isActivePerson(session)) {
                throw new AppException("permission.organization.create");
            }
            Organization organization = Organization.create();
            organization.setCreatedBy(user.id());
            apply(session, organization, draft);
            session.persist(organization);
            // the database makes the creator the owner (trigger grant_creator_organization_owner)
            session.flush();
            session.refresh(organization);
            return details(session, organization);
        });
    }

    /**
     * Saves an edit made from {@code version}.
     *
     * @throws com.allaccessartist.domain.AppException "record.changedBySomeoneElse" / "record.goneOrNoAccess",
     *         "permission.organization.edit", or a validation key
     */
    public OrganizationDetails update(UUID id, long version, OrganizationDraft draft) {
        return edit(id, version, (session, row) -> apply(session, row, draft));
    }

    /** Deactivates (or reactivates) the organization; same rules as {@link #update}. */
    public OrganizationDetails setActive(UUID id, long version, boolean active) {
        return edit(id, version, (session, row) -> row.setActive(active));
    }

    /** Applies {@code change} to the organization as saved at {@code version}, if the person may edit it. */
    private OrganizationDetails edit(UUID id, long version, java.util.function.BiConsumer<Session, Organization> change) {
        return Transactions.run(database, session -> {
            visible(session, id);
            if (!access.mayEditOrganization(session, id)) {
                throw new AppException("permission.organization.edit");
            }
            Organization organization = ConcurrentEdits.apply(session, Organization.class, id, version,
                    Organization::getVersion, row -> change.accept(session, row));
            session.refresh(organization);
            return details(session, organization);
        });
    }

    // --- rules --------------------------------------------------------------------------------

    private Organization visible(Session session, UUID id) {
        Organization organization = id == null ? null : session.find(Organization.class, id);
        if (organization == null || !access.isActivePerson(session)
                || (access.roleIn(session, id) == null && !user.id().equals(organization.getCreatedBy()))) {
            throw new AppException("record.goneOrNoAccess");
        }
        return organization;
    }

    private void apply(Session session, Organization row, OrganizationDraft draft) {
        row.setName(Fields.checked("name", () -> com.allaccessartist.service.auth.LocalAccountService
                .checkOrganizationName(draft.name())));
        if (draft.type() == null) {
            throw new InvalidFieldException("type", "validation.organization.type", "Choose what kind of organization this is.");
        }
        row.setType(draft.type());
        row.setDescription(Fields.optional("description", draft.description(), 0, "validation.organization.description"));
        row.setWebsiteUrl(Fields.artistLink("websiteUrl", LinkPlatform.WEBSITE, draft.websiteUrl()));
        row.setLogoUrl(Fields.image(session, "logoUrl", draft.logoUrl()));
        String email = Fields.optional("contactEmail", draft.contactEmail(), 0, "validation.email");
        row.setContactEmail(email == null ? null : Fields.checked("contactEmail", () -> EmailAddress.parse(email).value()));
        row.setContactPhone(phone(draft.contactPhone()));
        PostalAddress address = draft.address() == null ? PostalAddress.EMPTY : draft.address();
        row.setAddress(address.toMap());
        row.setTaxId(Fields.optional("taxId", draft.taxId(), MAX_TAX_ID, "validation.organization.taxId"));
        row.setBusinessRegistration(Fields.optional("businessRegistration", draft.businessRegistration(), MAX_REGISTRATION,
                "validation.organization.businessRegistration"));
        row.setActive(draft.active());
        row.setVerified(draft.verified());
    }

    private static String phone(String value) {
        String phone = Fields.optional("contactPhone", value, MAX_PHONE, "validation.organization.contactPhone");
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 5)) {
            throw new InvalidFieldException("contactPhone", "validation.organization.contactPhone.shape",
                    "Write a phone number with its digits, such as +44 20 7946 0000.", phone);
        }
        return phone;
    }

    // --- records ------------------------------------------------------------------------------

    private OrganizationDetails details(Session session, Organization o) {
        PostalAddress address = address(o);
        return new OrganizationDetails(o.getId(), o.getName(), o.getType(), o.getDescription(), o.getWebsiteUrl(),
                o.getLogoUrl(), o.getContactEmail(), o.getContactPhone(), address, o.getTaxId(),
                o.getBusinessRegistration(), isTrue(o.getActive(), true), isTrue(o.getVerified(), false), o.getCreatedAt(),
                o.getUpdatedAt(), o.getVersion(), access.mayEditOrganization(session, o.getId()),
                members(session, o.getId()));
    }

    private List<OrganizationMember> members(Session session, UUID organizationId) {
        if (access.roleIn(session, organizationId) == null) {
            return List.of();
        }
        if (database.vendor() == Vendor.POSTGRESQL) {
            List<Object[]> rows = session.createNativeQuery(
                            "SELECT user_id, display_name, email, role, is_active, expires_at FROM app_organization_members(:id)",
                            Object[].class)
                    .setParameter("id", organizationId)
                    .getResultList();
            return rows.stream().map(row -> new OrganizationMember((UUID) row[0], (String) row[1], (String) row[2],
                    com.allaccessartist.domain.DbEnum.fromDb(OrganizationRole.class, (String) row[3]),
                    isTrue((Boolean) row[4], true), instant(row[5]))).toList();
        }
        return session.createSelectionQuery(
                        "select new com.allaccessartist.service.catalog.OrganizationMember(r.userId, p.displayName, u.email,"
                                + " r.role, coalesce(r.active, true), r.expiresAt)"
                                + " from OrganizationMembership r join User u on u.id = r.userId"
                                + " left join UserProfile p on p.userId = r.userId"
                                + " where r.organizationId = :id and r.organizationId in " + AccessScope.MEMBER_ORGANIZATION_IDS
                                + " order by case when p.displayName is null then 1 else 0 end, p.displayName, u.email",
                        OrganizationMember.class)
                .setParameter("id", organizationId)
                .setParameter("me", user.id())
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private static OrganizationSummary summary(Organization o, OrganizationRole role, long artists) {
        PostalAddress address = address(o);
        return new OrganizationSummary(o.getId(), o.getName(), o.getType(), isTrue(o.getActive(), true),
                isTrue(o.getVerified(), false), address.city(), address.country(), artists, role);
    }

    /** The stored address; one stored before the rules (an unknown country) is shown without its country. */
    private static PostalAddress address(Organization o) {
        try {
            return PostalAddress.fromMap(o.getAddress());
        } catch (AppException e) {
            java.util.Map<String, String> withoutCountry = new java.util.LinkedHashMap<>(o.getAddress());
            withoutCountry.remove("country");
            return PostalAddress.fromMap(withoutCountry);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return null;
    }

    private static boolean isTrue(Boolean flag, boolean whenNull) {
        return flag == null ? whenNull : flag;
    }
}
