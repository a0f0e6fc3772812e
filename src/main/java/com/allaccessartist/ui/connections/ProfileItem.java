package com.allaccessartist.ui.connections;

/**
 * One line of the connection list.
 *
 * @param name     the profile's name (its key)
 * @param location the file path, or host and database
 * @param remote   whether it is a PostgreSQL database
 * @param active   whether it is the one the app opens
 * @param builtIn  whether it is the default local catalogue (cannot be changed or removed)
 */
public record ProfileItem(String name, String location, boolean remote, boolean active, boolean builtIn) {
}
