package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One grant of the People table, ready to show (an organization role or a direct artist grant).
 *
 * @param role      the role's database value ("owner", "collaborator", ...)
 * @param rank      the role's rank: owner 4, admin 3, manager 2, editor or collaborator 1, viewer 0
 * @param flags     the grant's flags, in the order of {@link PeopleGateway#flagKeys()}
 * @param expiresOn the last day the grant is in force, or null (no expiry)
 * @param share     the revenue share (artists), or null (organizations)
 */
public record GrantItem(UUID grantId, UUID userId, String name, String email, String role, int rank, String roleLabel,
                        List<Boolean> flags, String flagsText, String flagsDescription, String grantedBy,
                        String grantedAt, LocalDate expiresOn, String expires, Status status, BigDecimal share,
                        long version) {

    /** Whether the grant gives its rights now. */
    public enum Status {
        IN_FORCE, EXPIRED, REVOKED;

        public String label() {
            return Messages.get("people.status." + name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        }
    }

    public GrantItem {
        flags = List.copyOf(flags);
    }

    /** The person as the table names them: display name, else email, else "unknown". */
    public String person() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return email != null ? email : Messages.get("people.unknownPerson");
    }

    public boolean owner() {
        return "owner".equals(role);
    }

    public boolean inForce() {
        return status == Status.IN_FORCE;
    }

    /** "25.00 %", or empty for organizations. */
    public String shareText() {
        return share == null ? "" : Messages.format("people.share.value", share.toPlainString());
    }
}
