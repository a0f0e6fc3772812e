/** The audit trail: rows written by the database, read by the application. */
package com.allaccessartist.domain.audit;
