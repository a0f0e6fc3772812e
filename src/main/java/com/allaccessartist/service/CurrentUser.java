package com.allaccessartist.service;

import java.util.UUID;

/**
 * The signed-in person, as services see them: every use case is performed on their behalf.
 *
 * @param id          their {@code users.id}
 * @param email       their email address
 * @param displayName the name shown in the app (profile display name, or the email)
 */
public record CurrentUser(UUID id, String email, String displayName) {
}
