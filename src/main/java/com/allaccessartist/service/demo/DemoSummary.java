package com.allaccessartist.service.demo;

import java.util.List;

/**
 * What a demo load added.
 *
 * @param organizations organizations added
 * @param people        people added (users with a profile)
 * @param artists       artists added
 * @param releases      releases added
 * @param songs         songs added
 * @param works         works added (one per recording; a single's versions share their lead's)
 * @param splitSheets   split sheets added (master and publishing)
 * @param logins        every demo person, founders first, with what they may do
 */
public record DemoSummary(int organizations, int people, int artists, int releases, int songs, int works,
                          int splitSheets, List<DemoLogin> logins) {

    public DemoSummary {
        logins = List.copyOf(logins);
    }
}
