package com.allaccessartist.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.DialogService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveFailuresTest {

    private final DialogService dialogs = mock(DialogService.class);
    private final List<String> shown = new ArrayList<>();
    private int reloads;

    @Test
    void aStaleSaveIsExplainedAndReloadsWhenThePersonAsks() {
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);

        SaveFailures.handle(new AppException("record.changedBySomeoneElse"), dialogs, () -> reloads++, shown::add);

        verify(dialogs).confirm(Messages.get("editor.conflict.title"), Messages.get("record.changedBySomeoneElse"),
                Messages.get("editor.conflict.reload"));
        assertThat(reloads).isEqualTo(1);
    }

    @Test
    void aStaleSaveKeepsTheEditsWhenThePersonDoesNotReload() {
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(false);

        SaveFailures.handle(new AppException("record.changedBySomeoneElse"), dialogs, () -> reloads++, shown::add);

        assertThat(reloads).isZero();
        assertThat(shown).containsExactly(Messages.get("record.changedBySomeoneElse"));
    }

    @Test
    void anyOtherRefusalIsShownInTheEditorWithoutOfferingToReload() {
        SaveFailures.handle(new AppException("record.goneOrNoAccess"), dialogs, () -> reloads++, shown::add);

        verify(dialogs, never()).confirm(anyString(), anyString(), anyString());
        assertThat(shown).containsExactly(Messages.get("record.goneOrNoAccess"));
        assertThat(reloads).isZero();
    }
}
