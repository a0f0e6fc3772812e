package com.allaccessartist.ui.main;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.privacy.PrivacyService;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportMyDataActionTest {

    private final PrivacyService privacy = mock(PrivacyService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-14T10:00:00Z"), ZoneOffset.UTC);
    private final Path home = Path.of("/home/ada");
    private final ExportMyDataAction action = new ExportMyDataAction(privacy, clock, home, new CurrentThreadTaskExecutor(), dialogs);

    @Test
    void suggestsADatedFileThenExportsAndConfirms() {
        Path chosen = Path.of("/home/ada/my-data-2025-03-14.json");
        when(dialogs.chooseFileToSave(anyString(), eq(home), eq("my-data-2025-03-14.json"), any())).thenReturn(Optional.of(chosen));

        action.execute();

        verify(privacy).exportMyData(chosen);
        verify(dialogs).showInfo(Messages.get("privacy.export.title"), Messages.format("privacy.export.done", chosen.toString()));
    }

    @Test
    void cancellingTheFileChooserExportsNothing() {
        when(dialogs.chooseFileToSave(anyString(), any(), anyString(), any())).thenReturn(Optional.empty());

        action.execute();

        verify(privacy, never()).exportMyData(any());
    }

    @Test
    void aFailedExportIsReported() {
        Path chosen = Path.of("/read-only/my-data.json");
        when(dialogs.chooseFileToSave(anyString(), any(), anyString(), any())).thenReturn(Optional.of(chosen));
        AppException failure = new AppException("privacy.export.writeFailed", chosen);
        doThrow(failure).when(privacy).exportMyData(chosen);

        action.execute();

        verify(dialogs).showError(failure);
        verify(dialogs, never()).showInfo(anyString(), anyString());
    }
}
