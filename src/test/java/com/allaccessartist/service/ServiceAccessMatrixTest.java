package com.allaccessartist.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.artist.ArtistType;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.domain.splits.SheetKind;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.domain.splits.SplitSheetDraft;
import com.allaccessartist.persistence.Vendor;
import com.allaccessartist.service.catalog.ArtistDetails;
import com.allaccessartist.service.catalog.ArtistDraft;
import com.allaccessartist.service.catalog.ArtistService;
import com.allaccessartist.service.catalog.MediaService;
import com.allaccessartist.service.catalog.OrganizationDetails;
import com.allaccessartist.service.catalog.OrganizationDraft;
import com.allaccessartist.service.catalog.OrganizationService;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.ReleaseService;
import com.allaccessartist.service.catalog.TrackDraft;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.privacy.PrivacyService;
import com.allaccessartist.service.splits.SplitSheetService;
import com.allaccessartist.service.splits.WorkDetails;
import com.allaccessartist.service.splits.WorkDraft;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.testsupport.AccessMatrix;
import com.allaccessartist.testsupport.AccessMatrix.Op;
import com.allaccessartist.testsupport.AccessMatrix.Target;
import com.allaccessartist.testsupport.AccessMatrix.Who;
import com.allaccessartist.testsupport.AccessMatrixWorld;
import com.allaccessartist.testsupport.AccessMatrixWorld.Person;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access matrix ({@link AccessMatrix}, README "Access matrix") through the services on H2, where
 * the services are the only guard: the same people and world as the PostgreSQL Row Level
 * Security matrix, every table and operation the services offer, allowed or refused with the
 * documented message key. Services commit, so each write case works on its own row (a fresh
 * invitee, grant or release) or reads the current version first, and cases stay apart.
 * Not offered by any service (so not here): reading other people's users and profiles, the
 * credentials, analytics events, income lines and the audit log; deleting organizations, artists,
 * works and sheets (the app deactivates, revokes or keeps history instead).
 */
class ServiceAccessMatrixTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final Set<String> GONE = Set.of("record.goneOrNoAccess");

    @TempDir
    static Path temp;

    private static AccessMatrixWorld world;

    /** One use case standing for an operation on a table: true if it saw or wrote the row. */
    @FunctionalInterface
    interface Action {
        boolean run(Person person) throws Exception;
    }

    /** A service case of the matrix, and the keys a refusal may carry. */
    record Case(Target target, Op op, String useCase, Set<String> refusals, Action action) {
    }

    @BeforeAll
    static void world() {
        world = AccessMatrixWorld.open(Vendor.H2, temp.resolve("db"));
    }

    @AfterAll
    static void close() {
        if (world != null) {
            world.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> theMatrixThroughTheServices() {
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(
                c.target().table() + " " + c.op() + " via " + c.useCase(),
                Stream.of(Who.values()).map(who -> {
                    boolean expected = AccessMatrix.allows(who, c.target(), c.op());
                    return DynamicTest.dynamicTest(who + " → " + (expected ? "allowed" : "refused " + c.refusals()), () -> {
                        String outcome;
                        boolean allowed;
                        try {
                            allowed = c.action().run(world.person(who));
                            outcome = allowed ? "allowed it" : "did not show the row";
                        } catch (AppException e) {
                            assertThat(c.refusals()).as("%s %s: refused with an undocumented key %s (%s)", who, c.useCase(),
                                    e.key(), e.getMessage()).contains(e.key());
                            allowed = false;
                            outcome = "refused it (" + e.key() + ")";
                        }
                        assertThat(allowed).as("%s %s %s via %s: the matrix says %s, the service %s", who, c.op(),
                                c.target().table(), c.useCase(), expected ? "allowed" : "denied", outcome)
                                .isEqualTo(expected);
                    });
                })));
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // users and profiles: a person reads their own data (GDPR export)
        cases.add(new Case(Target.USERS_OWN, Op.SELECT, "PrivacyService.myData", Set.of(), p ->
                privacy(p).myData().path("user").path("id").asText().equals(p.id().toString())));
        cases.add(new Case(Target.USER_PROFILES_OWN, Op.SELECT, "PrivacyService.myData", Set.of(), p ->
                privacy(p).myData().path("user_profile").path("user_id").asText().equals(p.id().toString())));
        // organizations
        Set<String> orgEdit = Set.of("permission.organization.edit", "record.goneOrNoAccess");
        cases.add(new Case(Target.ORGANIZATIONS, Op.SELECT, "OrganizationService.get", GONE, p ->
                organizations(p).get(world.organization).id().equals(world.organization)));
        cases.add(new Case(Target.ORGANIZATIONS, Op.INSERT, "OrganizationService.create",
                Set.of("permission.organization.create"), p -> organizations(p).create(organizationDraft(world.unique("Org"),
                        null)) != null));
        cases.add(new Case(Target.ORGANIZATIONS, Op.UPDATE, "OrganizationService.update", orgEdit, p -> {
            OrganizationDetails now = organizations(owner()).get(world.organization);
            return organizations(p).update(world.organization, now.version(),
                    organizationDraft(now.name(), "changed by " + p.who())) != null;
        }));
        // organization grants (people never delete grants: revoking is an update)
        Set<String> orgPeople = Set.of("people.permission.organization", "record.goneOrNoAccess");
        cases.add(new Case(Target.USER_ORGANIZATION_ROLES, Op.SELECT, "PeopleService.organizationGrants", GONE, p ->
                people(p).organizationGrants(world.organization).stream()
                        .anyMatch(g -> g.grantId().equals(world.viewerOrganizationGrant))));
        cases.add(new Case(Target.USER_ORGANIZATION_ROLES, Op.INSERT, "PeopleService.grantOrganization", orgPeople, p ->
                people(p).grantOrganization(world.organization, world.newPerson("inv").email(), OrganizationRole.VIEWER,
                        OrganizationRights.NONE, null) != null));
        cases.add(new Case(Target.USER_ORGANIZATION_ROLES, Op.UPDATE, "PeopleService.revokeOrganizationGrant", orgPeople,
                p -> people(p).revokeOrganizationGrant(world.newOrganizationGrant("viewer"), 0) != null));
        // artists
        Set<String> artistEdit = Set.of("permission.artist.edit", "record.goneOrNoAccess");
        cases.add(new Case(Target.ARTISTS, Op.SELECT, "ArtistService.get", GONE, p ->
                artists(p).get(world.artist).id().equals(world.artist)));
        cases.add(new Case(Target.ARTISTS, Op.INSERT, "ArtistService.create",
                Set.of("permission.artist.createInOrganization", "permission.artist.create"), p ->
                artists(p).create(artistDraft(world.unique("Signed"), world.organization, null)) != null));
        cases.add(new Case(Target.ARTISTS, Op.UPDATE, "ArtistService.update", artistEdit, p -> {
            ArtistDetails now = artists(owner()).get(world.artist);
            return artists(p).update(world.artist, now.version(),
                    artistDraft(now.name(), world.organization, "changed by " + p.who())) != null;
        }));
        cases.add(new Case(Target.ARTISTS_INDEPENDENT, Op.INSERT, "ArtistService.create", Set.of("permission.artist.create"),
                p -> artists(p).create(artistDraft(world.unique("Solo"), null, null)) != null));
        // artist grants
        Set<String> artistPeople = Set.of("people.permission.artist", "record.goneOrNoAccess", "permission.artist.view");
        cases.add(new Case(Target.USER_ARTIST_PERMISSIONS, Op.SELECT, "PeopleService.artistGrants",
                Set.of("permission.artist.view"), p -> people(p).artistGrants(world.artist).stream()
                        .anyMatch(g -> g.grantId().equals(world.viewerArtistGrant))));
        cases.add(new Case(Target.USER_ARTIST_PERMISSIONS, Op.INSERT, "PeopleService.grantArtist", artistPeople, p ->
                people(p).grantArtist(world.artist, world.newPerson("inv").email(), ArtistRole.VIEWER, ArtistRights.NONE,
                        null) != null));
        cases.add(new Case(Target.USER_ARTIST_PERMISSIONS, Op.UPDATE, "PeopleService.revokeArtistGrant", artistPeople, p ->
                people(p).revokeArtistGrant(world.newArtistGrant("viewer"), 0) != null));
        // releases and their tracks
        Set<String> releaseManage = Set.of("permission.release.manage", "record.goneOrNoAccess");
        cases.add(new Case(Target.RELEASES, Op.SELECT, "ReleaseService.get", GONE, p ->
                releases(p).get(world.release).id().equals(world.release)));
        cases.add(new Case(Target.RELEASES, Op.INSERT, "ReleaseService.create", releaseManage, p ->
                releases(p).create(world.artist, releaseDraft(releases(owner()).get(world.release).toDraft(),
                        world.unique("new"), List.of())) != null));
        cases.add(new Case(Target.RELEASES, Op.UPDATE, "ReleaseService.save", releaseManage, p -> {
            ReleaseDetails now = releases(owner()).get(world.release);
            return releases(p).save(world.release, now.version(),
                    releaseDraft(now.toDraft(), now.slug(), now.toDraft().tracks())) != null;
        }));
        cases.add(new Case(Target.RELEASES, Op.DELETE, "ReleaseService.delete", releaseManage, p -> {
            releases(p).delete(world.newRelease(), 0);
            return true;
        }));
        cases.add(new Case(Target.SONGS, Op.SELECT, "ReleaseService.get (tracks)", GONE, p ->
                releases(p).get(world.release).tracks().stream().anyMatch(t -> t.id().equals(world.song))));
        cases.add(new Case(Target.SONGS, Op.UPDATE, "ReleaseService.save (a track's title)", releaseManage, p -> {
            ReleaseDetails now = releases(owner()).get(world.release);
            List<TrackDraft> tracks = now.toDraft().tracks().stream().map(t -> !t.id().equals(world.song) ? t
                    : new TrackDraft(t.id(), t.version(), t.discNumber(), t.trackNumber(), "One by " + p.who(),
                    t.durationSeconds(), t.isrc(), t.tempoBpm(), t.keySignature(), t.timeSignature(), t.explicit(),
                    t.instrumental(), t.language(), t.writers(), t.producers(), t.featuredArtists())).toList();
            return releases(p).save(world.release, now.version(), releaseDraft(now.toDraft(), now.slug(), tracks)) != null;
        }));
        // works
        Set<String> workManage = Set.of("work.permission.manage", "record.goneOrNoAccess");
        cases.add(new Case(Target.WORKS, Op.SELECT, "WorkService.get", GONE, p ->
                works(p).get(world.work).id().equals(world.work)));
        cases.add(new Case(Target.WORKS, Op.INSERT, "WorkService.create", workManage, p ->
                works(p).create(world.artist, new WorkDraft(world.unique("Work"), null)) != null));
        cases.add(new Case(Target.WORKS, Op.UPDATE, "WorkService.save", workManage, p -> {
            WorkDetails now = works(owner()).get(world.work);
            return works(p).save(world.work, now.version(), new WorkDraft("Work by " + p.who(), now.iswc())) != null;
        }));
        // images
        cases.add(new Case(Target.MEDIA_ASSETS, Op.SELECT, "MediaService.load", Set.of(), p ->
                media(p).load(MediaService.SCHEME + world.media).isPresent()));
        cases.add(new Case(Target.MEDIA_ASSETS, Op.INSERT, "MediaService.importImage", Set.of("permission.media.add"), p ->
                media(p).importImage(png()).startsWith(MediaService.SCHEME)));
        // split sheets
        Set<String> splitRead = Set.of("record.goneOrNoAccess", "split.permission.view");
        Set<String> splitManage = Set.of("split.permission.manage", "record.goneOrNoAccess");
        cases.add(new Case(Target.SPLIT_SHEETS, Op.SELECT, "SplitSheetService.sheet", splitRead, p ->
                splits(p).sheet(world.sheet).sheetId().equals(world.sheet)));
        cases.add(new Case(Target.SPLIT_SHEETS, Op.INSERT, "SplitSheetService.saveMaster (a song without a sheet)",
                splitManage, p -> splits(p).saveMaster(world.songWithoutSheet, sheetVersion(world.songWithoutSheet),
                        masterDraft(), "matrix") != null));
        cases.add(new Case(Target.SPLIT_SHEETS, Op.UPDATE, "SplitSheetService.saveMaster (a new version)", splitManage, p ->
                splits(p).saveMaster(world.song, sheetVersion(world.song), masterDraft(), "matrix") != null));
        cases.add(new Case(Target.SPLIT_SHEET_VERSIONS, Op.SELECT, "SplitSheetService.history", splitRead, p ->
                !splits(p).history(world.sheet).isEmpty()));
        cases.add(new Case(Target.SPLIT_LINES, Op.SELECT, "SplitSheetService.version(1)", splitRead, p ->
                !splits(p).version(world.sheet, 1).parties().isEmpty()));
        return cases;
    }

    // --- services as a person ----------------------------------------------------------------------

    private static Person owner() {
        return world.person(Who.ORG_OWNER);
    }

    private static PrivacyService privacy(Person p) {
        return new PrivacyService(world.as(p), p.user());
    }

    private static OrganizationService organizations(Person p) {
        return new OrganizationService(world.as(p), p.user(), CLOCK);
    }

    private static ArtistService artists(Person p) {
        return new ArtistService(world.as(p), p.user(), CLOCK);
    }

    private static PeopleService people(Person p) {
        return new PeopleService(world.as(p), p.user(), CLOCK);
    }

    private static ReleaseService releases(Person p) {
        return new ReleaseService(world.as(p), p.user(), CLOCK);
    }

    private static WorkService works(Person p) {
        return new WorkService(world.as(p), p.user(), CLOCK);
    }

    private static MediaService media(Person p) {
        return new MediaService(world.as(p), p.user());
    }

    private static SplitSheetService splits(Person p) {
        return new SplitSheetService(world.as(p), p.user(), CLOCK);
    }

    // --- drafts ----------------------------------------------------------------------------------

    private static OrganizationDraft organizationDraft(String name, String description) {
        return new OrganizationDraft(name, OrganizationType.LABEL, description, null, null, null, null, null, null, null,
                true, false);
    }

    private static ArtistDraft artistDraft(String name, UUID organization, String bio) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return new ArtistDraft(name, slug, ArtistType.INDIVIDUAL, bio, null, List.of(), null, null, null, null, null, null,
                null, null, null, null, null, organization, true, false, true);
    }

    /** The draft with another slug (and title) and the given tracks. */
    private static ReleaseDraft releaseDraft(ReleaseDraft d, String slug, List<TrackDraft> tracks) {
        return new ReleaseDraft(slug.equals(d.slug()) ? d.title() : slug, slug, d.type(), d.description(),
                d.genre(), d.subgenres(), d.language(), d.explicitContent(), d.releaseDate(), d.originalReleaseDate(),
                d.coverArtUrl(), d.coverArtHighResUrl(), d.upc(), d.catalogNumber(), d.labelName(), d.distributor(),
                d.streamingLinks(), d.purchaseLinks(), d.peakChartPosition(), d.copyrightYear(), d.copyrightHolder(),
                d.producerCredits(), d.isPublic(), d.allowStreaming(), d.allowDownload(), tracks);
    }

    private static SplitSheetDraft masterDraft() {
        return new SplitSheetDraft(SheetKind.MASTER, List.of(
                new SplitParty(null, "Outside Label Ltd", SplitRole.LABEL, null, null, SplitShare.parse("50"))));
    }

    /** The sheet's current row version (0 when the song has no sheet yet). */
    private static long sheetVersion(UUID song) {
        Object version = world.value("SELECT version FROM split_sheets WHERE song_id = ?", song);
        return version == null ? 0 : ((Number) version).longValue();
    }

    /** A small PNG of a random colour (images are stored once per content). */
    private static Path png() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, ThreadLocalRandom.current().nextInt(0x1000000));
        Path file = Files.createTempFile(temp, "image", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
