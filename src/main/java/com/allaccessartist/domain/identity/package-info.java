/** People: users, their profiles and (local H2 accounts) their password credentials. */
package com.allaccessartist.domain.identity;
