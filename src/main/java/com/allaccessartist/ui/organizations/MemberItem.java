package com.allaccessartist.ui.organizations;

/** A member of the organization shown in the editor (read-only). */
public record MemberItem(String name, String email, String role, String status) {
}
