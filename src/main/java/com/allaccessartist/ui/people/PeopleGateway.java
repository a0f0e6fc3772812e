package com.allaccessartist.ui.people;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the People screen asks of the services for one kind of place: an organization
 * ({@link OrganizationPeople}) or an artist ({@link ArtistPeople}). Called off the FX thread,
 * except for the descriptive methods (flags, roles, defaults).
 */
public interface PeopleGateway {

    /** A role that may be given, with its label and rank. */
    record RoleChoice(String value, String label, int rank) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What the signed-in person may do here.
     *
     * @param rank              the rank of the role they act with (roles above it are not theirs to give)
     * @param roleLabel         that role's name, for reasons
     * @param held              the flags they hold, in the order of {@link #flagKeys()}
     * @param mayCreateAccounts whether they may create new accounts (anywhere)
     */
    record Standing(boolean mayManage, boolean mayManageFinances, int rank, String roleLabel, List<Boolean> held,
                    boolean mayCreateAccounts) {
        public Standing {
            held = List.copyOf(held);
        }
    }

    /** The grants and the person's standing, read together. */
    record Loaded(List<GrantItem> grants, Standing standing) {
    }

    /** Whether grants here carry revenue shares (artists). */
    boolean hasShares();

    /** The flag names ("manageReleases", ...), each with a {@code people.flag.<name>} sentence. */
    List<String> flagKeys();

    /** Every role, highest first. */
    List<RoleChoice> roles();

    /** The flags a new grant of {@code role} starts with. */
    List<Boolean> defaults(String role);

    /** The sentence refusing a person who may not change access here. */
    String noManageReason();

    Loaded load(UUID placeId);

    void grant(UUID placeId, String email, String role, List<Boolean> flags, Instant expiresAt);

    void change(GrantItem grant, String role, List<Boolean> flags, Instant expiresAt);

    void revoke(GrantItem grant);

    void setShare(GrantItem grant, BigDecimal share);

    /**
     * Creates an account that can then be given access.
     *
     * @return the PostgreSQL login role the new person signs in with, or null (a local H2 file)
     */
    String createAccount(String email, String displayName, char[] initialPassword);
}
