/**
 * Persistence: opening a catalogue and keeping its schema.
 *
 * <p>{@link com.allaccessartist.persistence.Database} is one open catalogue: a HikariCP pool, the
 * schema checked or migrated by Flyway ({@code db/migration/h2} and {@code db/migration/postgresql},
 * same versions and descriptions) and a Hibernate session factory that validates every entity
 * against the live schema at start. Services run one transaction per use case through
 * {@code Database.inTransaction}.
 *
 * <p>Connection profiles ({@link com.allaccessartist.persistence.ConnectionProfile}) name a local
 * H2 file or a remote PostgreSQL; they hold no secrets. Encrypted H2 files get their file password
 * from the person's passphrase through PBKDF2 ({@link com.allaccessartist.persistence.H2FileKey}),
 * because H2's own derivation is weak. Failures to open are classified into
 * {@link com.allaccessartist.persistence.ConnectionProblem}s a person can act on, and refused rows
 * into sentences by constraint name ({@link com.allaccessartist.persistence.ConstraintViolations}).
 *
 * <p>On PostgreSQL every person signs in with their own login role
 * ({@link com.allaccessartist.persistence.LoginRoles}); Row Level Security (migration V3) decides
 * which rows they see and change.
 */
package com.allaccessartist.persistence;
