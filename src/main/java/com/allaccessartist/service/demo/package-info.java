/**
 * The demo catalogue generator: {@link com.allaccessartist.service.demo.DemoCatalogueService}
 * fills a database with a realistic, seeded, reproducible record-label group, for trying the
 * application ("Help → Load demo catalogue") and for benchmarks (CLI {@code demo --size large}).
 *
 * <h2>Design</h2>
 * <ul>
 *   <li><b>Plan, then write.</b> Planners decide organizations ({@code OrganizationPlanner}),
 *       people ({@code PeoplePlanner}), their roles ({@code OrganizationGrantPlanner}), artists
 *       ({@code ArtistPlanner}) and their permissions ({@code ArtistGrantPlanner}), and the
 *       outline of every release ({@code ReleasePlanner}: type, status, track count, adjusted so
 *       the songs add up exactly), so the progress total is known before the first row. Release
 *       details and songs are generated one release at a time while writing
 *       ({@code ReleaseGenerator}, {@code TrackListGenerator}): a million songs never sit in
 *       memory together.</li>
 *   <li><b>Reproducible.</b> Every random choice, ids included, comes from one
 *       {@link java.util.SplittableRandom} seeded by the request ({@code DemoRandom}), split per
 *       planning step; dates are relative to the service's clock. The same seed on an empty
 *       database gives the same rows. Names come from fixed English word lists
 *       ({@code WordLists}, {@code NameGenerator}).</li>
 *   <li><b>Valid identifiers.</b> ISRCs from each issuer's registrant prefix, sequential per
 *       registrant and year of assignment, never above 99,999 a year ({@code IsrcAllocator});
 *       UPC-As from GS1-like company prefixes with check digits ({@code UpcAllocator});
 *       catalogue numbers per label ({@code CatalogueNumberAllocator}). Prefixes avoid those
 *       already in the database ({@code ExistingData}), so codes are unique.</li>
 *   <li><b>The label's rules.</b> Released and archived releases are dated today or earlier and
 *       have a UPC; scheduled ones are dated later, have a UPC, and every track has an ISRC and
 *       a duration; drafts may lack them. Each artist's revenue shares add up to at most 100 %.</li>
 *   <li><b>Works and split sheets.</b> {@code RightsGenerator} gives every recording a work
 *       (ISWCs from agency-like blocks, {@code IswcAllocator}) and writes master and publishing
 *       sheets in whole hundredths, so every total is exact: complete (most agreed in a second
 *       version) for every track of a scheduled, released or archived release, so those meet the
 *       readiness rules; complete, incomplete or missing for the others. The large size writes
 *       sheets for its first artists only ({@code DemoSize.splitSheetArtists}).</li>
 *   <li><b>The database's own grants.</b> Triggers make an organization's creator its owner and
 *       an independent artist's creator its owner; the demo writes every other grant, including
 *       expired, temporary and revoked ones, and owner roles for the requesting person.</li>
 *   <li><b>One transaction, JDBC batches.</b> {@code DemoWriter} sends batches of 1,000 rows in
 *       foreign-key order through {@code BatchInsert}; after each batch it reports progress
 *       ({@code DemoProgress}) and checks for cancellation. Cancel or failure rolls back
 *       everything. A demo is recognised by its organizations' {@code DEMO-} business
 *       registrations and is never loaded twice.</li>
 *   <li><b>Signing in.</b> With a demo password, H2 gets one bcrypt hash shared by every demo
 *       person's credentials; PostgreSQL gets a login role per person, created in the same
 *       transaction ({@code DemoSignIns}). {@code LoginDescriber} says who is who.</li>
 * </ul>
 */
package com.allaccessartist.service.demo;
