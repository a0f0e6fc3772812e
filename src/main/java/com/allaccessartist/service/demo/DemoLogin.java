package com.allaccessartist.service.demo;

/**
 * A demo person one can sign in as, for the CLI and the GUI to list.
 *
 * @param email       their email address (the H2 sign-in name)
 * @param displayName their name as the app shows it
 * @param description what they may do, for example "owner of Northern Lights Records" or
 *                    "collaborator on Velvet Harbour" (from {@code i18n/messages.properties})
 * @param loginRole   their PostgreSQL login role, or {@code null} on H2 or without a demo password
 */
public record DemoLogin(String email, String displayName, String description, String loginRole) {
}
