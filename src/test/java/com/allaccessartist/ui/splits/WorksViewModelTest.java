package com.allaccessartist.ui.splits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.auth.AccessService;
import com.allaccessartist.service.auth.ArtistAccess;
import com.allaccessartist.service.catalog.ReleaseDetails;
import com.allaccessartist.service.splits.SplitSubject;
import com.allaccessartist.service.splits.WorkDetails;
import com.allaccessartist.service.splits.WorkRow;
import com.allaccessartist.service.splits.WorkService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.editing.ScriptedDialogs;
import com.allaccessartist.ui.releases.LiveCatalogue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Works section and the work editor over the real services on an H2 file (inline executor,
 * scripted dialogs), and with mocked services for a person without manage_songs.
 */
class WorksViewModelTest {

    @TempDir Path temp;
    private LiveCatalogue catalogue;
    private WorkService works;
    private ReleaseDetails album;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection selection = new ArtistSelection();
    private final List<SplitSubject> opened = new ArrayList<>();
    private WorksViewModel screen;

    @BeforeEach
    void openTheArtistsWorks() {
        catalogue = LiveCatalogue.open(temp);
        album = catalogue.album("Harbour Lights", LocalDate.now().plusDays(20), -1, 2);
        works = new WorkService(catalogue.database, catalogue.user, Clock.systemUTC());
        screen = new WorksViewModel(works, new AccessService(catalogue.database, catalogue.user, Clock.systemUTC()),
                new CurrentThreadTaskExecutor(), dialogs, changes, selection, (subject, onClosed) -> {
                    opened.add(subject);
                    onClosed.run();
                });
        selection.choose(new ArtistSelection.Choice(catalogue.artistId, "Nova Lines"));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private WorkEditorViewModel newWork(String title, String iswc) {
        screen.newWork();
        WorkEditorViewModel editor = screen.editorProperty().get();
        editor.titleProperty().set(title);
        editor.iswcProperty().set(iswc);
        return editor;
    }

    @Test
    void theListShowsEachWorkWithItsRecordingsAndCompletePublishingSheet() {
        assertThat(screen.headingProperty().get()).isEqualTo(Messages.format("works.titleOf", "Nova Lines"));
        assertThat(screen.rows()).extracting(WorkListRow::title).containsExactly("Glass Harbour", "Signal Fire");
        WorkListRow row = screen.rows().get(0);
        assertThat(row.recordings()).isEqualTo("1");
        assertThat(row.complete()).isTrue();
        assertThat(row.publishing()).isEqualTo(Messages.format("works.publishing.state", Messages.get("split.status.draft"),
                "100.00"));
        assertThat(screen.newReasonProperty().get()).isEmpty();

        screen.searchProperty().set("signal");
        assertThat(screen.rows()).extracting(WorkListRow::title).containsExactly("Signal Fire");
    }

    @Test
    void aNewWorkIsSavedWithItsIswcInDisplayFormAndListed() {
        WorkEditorViewModel editor = newWork("Harbour Lights (Theme)", "t0345246801");
        assertThat(editor.publishingReasonProperty().get()).isEqualTo(Messages.get("works.editor.saveFirst"));
        assertThat(editor.linkReasonProperty().get()).isEqualTo(Messages.get("works.editor.saveFirst"));
        editor.commitIswc();
        assertThat(editor.iswcProperty().get()).isEqualTo("T-034.524.680-1");
        assertThat(editor.saveReasonProperty().get()).isEmpty();

        editor.save();

        assertThat(editor.workProperty().get()).isNotNull();
        assertThat(editor.workProperty().get().iswc()).isEqualTo("T0345246801");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.infoProperty().get()).isEqualTo(Messages.get("works.editor.saved"));
        assertThat(screen.rows()).extracting(WorkListRow::title, WorkListRow::iswc, WorkListRow::publishing)
                .contains(org.assertj.core.groups.Tuple.tuple("Harbour Lights (Theme)", "T-034.524.680-1",
                        Messages.get("works.publishing.none")));
        assertThat(editor.publishingReasonProperty().get()).isEmpty();
        editor.openPublishingSheet();
        assertThat(opened).containsExactly(SplitSubject.work(editor.workProperty().get().id()));
    }

    @Test
    void anInvalidIswcIsRefusedAtTheFieldWithTheDomainsReasonAndSaveSaysWhy() {
        WorkEditorViewModel editor = newWork("Night Ferry", "T-034.524.680-2");

        assertThat(editor.iswcCheck().isValid()).isFalse();
        String reason = Messages.format("validation.iswc.checkDigit", 1, 2);
        assertThat(editor.iswcCheck().shownErrorProperty().get()).isEqualTo(reason);
        assertThat(editor.saveReasonProperty().get()).isEqualTo(reason);
        editor.save();
        assertThat(editor.workProperty().get()).as("nothing saved").isNull();

        editor.iswcProperty().set("T3");
        assertThat(editor.iswcCheck().errorProperty().get()).isEqualTo(Messages.format("validation.iswc.length", 1));
        editor.iswcProperty().set("");
        assertThat(editor.iswcCheck().isValid()).as("the ISWC is optional").isTrue();
    }

    @Test
    void anIswcAnotherWorkHoldsIsRefusedAtTheFieldOnSave() {
        newWork("First", "T-034.524.680-1").save();
        screen.closeEditor();
        WorkEditorViewModel second = newWork("Second", "T0345246801");

        second.save();

        assertThat(second.workProperty().get()).isNull();
        assertThat(second.iswcCheck().shownErrorProperty().get())
                .isEqualTo(Messages.format("work.iswc.taken", "T-034.524.680-1", "First", "Nova Lines"));
        second.iswcProperty().set("T-000.000.001-0");
        assertThat(second.iswcCheck().isValid()).as("a new code clears the refusal").isTrue();
    }

    @Test
    void recordingsAreLinkedFromTheArtistsRecordingsAndUnlinkedAfterConfirming() {
        WorkEditorViewModel editor = newWork("Copper Sky", "");
        editor.save();
        assertThat(editor.unlinkReasonProperty().get()).isEqualTo(Messages.get("works.editor.chooseToUnlink"));

        editor.chooseRecording();
        assertThat(editor.chooser().openProperty().get()).isTrue();
        assertThat(editor.chooser().recordings()).extracting(RecordingItem::title).containsExactly("Signal Fire", "Glass Harbour");
        assertThat(editor.chooser().recordings().get(0).text()).contains("Harbour Lights").contains("GB-HRB-25-00100")
                .contains(Messages.format("works.recording.linkedTo", "Signal Fire"));
        editor.chooser().searchProperty().set("glass");
        assertThat(editor.chooser().recordings()).extracting(RecordingItem::title).containsExactly("Glass Harbour");

        editor.link(editor.chooser().recordings().get(0));

        assertThat(editor.chooser().openProperty().get()).isFalse();
        assertThat(editor.recordings()).extracting(RecordingItem::title, RecordingItem::releaseTitle, RecordingItem::artistName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Glass Harbour", "Harbour Lights", "Nova Lines"));
        assertThat(screen.rows()).filteredOn(row -> row.title().equals("Copper Sky")).extracting(WorkListRow::recordings)
                .containsExactly("1");

        editor.selectedProperty().set(editor.recordings().get(0));
        editor.unlinkSelected();
        assertThat(editor.recordings()).as("not confirmed").hasSize(1);
        dialogs.confirmWith(true);
        editor.unlinkSelected();
        assertThat(editor.recordings()).isEmpty();
        assertThat(works.workOfSong(album.tracks().get(1).id())).isEmpty();
    }

    @Test
    void leavingAnEditorWithUnsavedChangesAsksAndStayingKeepsIt() {
        WorkEditorViewModel editor = newWork("Low Tide", "");
        assertThat(screen.hasUnsavedChanges()).isTrue();

        screen.closeEditor();
        assertThat(dialogs.asked()).containsExactly(Messages.get("editor.leave.title"));
        assertThat(screen.editorProperty().get()).as("cancelling the question stays").isSameAs(editor);

        dialogs.chooseWith(com.allaccessartist.ui.editing.LeaveChoice.SAVE);
        screen.closeEditor();
        assertThat(screen.editorProperty().get()).isNull();
        assertThat(screen.rows()).extracting(WorkListRow::title).contains("Low Tide");
    }

    @Test
    void withoutManageSongsEveryChangeIsDisabledWithTheReason() {
        WorkService readOnly = mock(WorkService.class);
        AccessService access = mock(AccessService.class);
        UUID artist = UUID.randomUUID();
        UUID work = UUID.randomUUID();
        when(access.onArtist(any(UUID.class))).thenReturn(new ArtistAccess(true, false, false, false, false, false, false,
                false, false, false));
        when(readOnly.worksOf(artist)).thenReturn(List.of(new WorkRow(work, "Halflight", null, 0, 0)));
        when(readOnly.get(work)).thenReturn(new WorkDetails(work, artist, "Nova Lines", "Halflight", null, Instant.now(),
                Instant.now(), 0, List.of(), false));
        ArtistSelection chosen = new ArtistSelection();
        WorksViewModel viewer = new WorksViewModel(readOnly, access, new CurrentThreadTaskExecutor(), dialogs, changes,
                chosen, SplitSheetOpener.NONE);
        assertThat(viewer.newReasonProperty().get()).isEqualTo(Messages.get("works.chooseArtist"));
        chosen.choose(new ArtistSelection.Choice(artist, "Nova Lines"));

        assertThat(viewer.rows()).extracting(WorkListRow::publishing).containsExactly(Messages.get("works.publishing.hidden"));
        String noRight = Messages.get("works.editor.noRight");
        assertThat(viewer.newReasonProperty().get()).isEqualTo(noRight);
        viewer.newWork();
        assertThat(viewer.editorProperty().get()).isNull();

        viewer.open(viewer.rows().get(0));
        WorkEditorViewModel editor = viewer.editorProperty().get();
        assertThat(editor.readOnlyReasonProperty().get()).isEqualTo(noRight);
        editor.titleProperty().set("Halflight (Live)");
        assertThat(editor.saveReasonProperty().get()).isEqualTo(noRight);
        assertThat(editor.linkReasonProperty().get()).isEqualTo(noRight);
        assertThat(editor.unlinkReasonProperty().get()).isEqualTo(noRight);
        assertThat(editor.publishingReasonProperty().get()).as("the sheet editor says what they may do").isEmpty();
        assertThat(viewer.hasUnsavedChanges()).as("nothing they could save").isFalse();
    }
}
