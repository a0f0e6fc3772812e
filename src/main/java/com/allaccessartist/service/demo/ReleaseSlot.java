package com.allaccessartist.service.demo;

import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.catalog.ReleaseType;

/**
 * The outline of one release, fixed before anything is written so that the totals are known:
 * whose it is, what kind, where it stands, and how many tracks it has.
 */
record ReleaseSlot(DemoArtist artist, ReleaseType type, ReleaseStatus status, int tracks) {
}
