package com.allaccessartist.ui.people;

import java.util.UUID;

/** The organization or artist whose people are shown: its id and name. */
public record PeopleScope(UUID id, String name) {
}
