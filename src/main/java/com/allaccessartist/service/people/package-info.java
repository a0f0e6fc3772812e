/**
 * People: creating them (their users and user_profiles rows, accounts created by an
 * administrator, {@code AccountAdminService}) and who has access to an organization or an
 * artist ({@link com.allaccessartist.service.people.PeopleService}): grants listed, given to an
 * existing person by email, changed and revoked, each guarded in the service — only a person who
 * may manage users (organization) or invite collaborators (artist) changes access, nobody gives a
 * role above their own or a right they lack, the last owner in force stays, expiry dates are in
 * the future, artist revenue shares in force total at most 100.00. Role defaults:
 * {@link com.allaccessartist.domain.org.OrganizationRights},
 * {@link com.allaccessartist.domain.artist.ArtistRights}.
 */
package com.allaccessartist.service.people;
