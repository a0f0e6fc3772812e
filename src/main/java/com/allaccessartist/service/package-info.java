/**
 * Use cases. Each service method is one use case in one transaction, performed for a
 * {@link com.allaccessartist.service.CurrentUser} and checking what they may do first (on H2 the
 * services are the only guard; on PostgreSQL Row Level Security checks again). Services return
 * records, never managed entities, and import nothing of JavaFX. Long work reports through a
 * {@link com.allaccessartist.service.ProgressListener} and stops cooperatively on a
 * {@link com.allaccessartist.service.CancellationToken}, rolling back.
 * {@link com.allaccessartist.service.ConcurrentEdits} saves edits against the version the person
 * loaded, so concurrent edits are refused rather than overwritten.
 */
package com.allaccessartist.service;
