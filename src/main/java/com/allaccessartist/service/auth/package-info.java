/**
 * Signing in and permissions. Local (H2) accounts: bcrypt hashes at cost 12, a lockout after five
 * failures, one message for a wrong email or password. PostgreSQL: the server authenticates the
 * person's login role; {@code app_uid()} maps it to their person. {@link com.allaccessartist.service.auth.AccessScope}
 * holds the visibility rules the PostgreSQL policies also apply.
 */
package com.allaccessartist.service.auth;
