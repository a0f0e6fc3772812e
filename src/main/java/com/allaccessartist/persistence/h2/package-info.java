/**
 * The H2 forms of what PostgreSQL does in PL/pgSQL: functions bound with {@code CREATE ALIAS}
 * ({@link com.allaccessartist.persistence.h2.H2Functions}) and row triggers. They are called by
 * the database from the H2 migrations, never by application code.
 */
package com.allaccessartist.persistence.h2;
