package com.allaccessartist.service.splits;

/**
 * A work as typed in its editor: its title and, optionally, its ISWC in any common form
 * ({@code T-034.524.680-1}, {@code t0345246801}); both are checked and normalized when saved.
 */
public record WorkDraft(String title, String iswc) {
}
