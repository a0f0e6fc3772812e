/**
 * The People screens: who has access to an organization ({@link com.allaccessartist.ui.people.OrganizationPeople},
 * opened with People… from the Organizations section) or to an artist
 * ({@link com.allaccessartist.ui.people.ArtistPeople}, the People section, following the toolbar's
 * artist). One screen ({@link com.allaccessartist.ui.people.PeopleViewModel}, {@code PeopleView})
 * serves both through {@link com.allaccessartist.ui.people.PeopleGateway}: the grants, in force,
 * expired or revoked, and Invite (an existing person, or a new account), Change, Revoke and Set
 * revenue share, each offered only when the service would allow it and otherwise disabled with the
 * reason on hover. The forms ({@link com.allaccessartist.ui.people.GrantFormViewModel},
 * {@link com.allaccessartist.ui.people.ShareFormViewModel}) are shown as modal windows
 * ({@code GrantDialogView}, {@code ShareDialogView}) while the ViewModel holds them; a refusal stays
 * in the form with everything typed.
 */
package com.allaccessartist.ui.people;
