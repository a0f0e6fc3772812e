package com.allaccessartist.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.auth.PermissionService;
import com.allaccessartist.service.demo.DemoRequest;
import com.allaccessartist.service.demo.DemoSize;
import com.allaccessartist.service.demo.DemoSummary;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class LoadDemoCatalogueActionTest {

    private final UUID ada = UUID.randomUUID();
    private final PermissionService permissions = mock(PermissionService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final DialogService.ProgressHandle progress = mock(DialogService.ProgressHandle.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final List<DemoRequest> requests = new ArrayList<>();
    private final List<CancellationToken> tokens = new ArrayList<>();
    private DemoLoader loader = (request, listener, cancellation) -> {
        requests.add(request);
        tokens.add(cancellation);
        listener.progress(3, 10, "demo.progress.artists", 3, 10);
        return new DemoSummary(5, 40, 50, 300, 3000, 2900, 5200, List.of());
    };

    @BeforeEach
    void setUp() {
        when(dialogs.showProgress(anyString(), any())).thenReturn(progress);
    }

    private LoadDemoCatalogueAction action(boolean shared) {
        LoadDemoCatalogueAction action = new LoadDemoCatalogueAction((request, listener, cancellation) ->
                loader.load(request, listener, cancellation), permissions, shared, ada, new CurrentThreadTaskExecutor(), dialogs, changes);
        action.checkPermission();
        return action;
    }

    @Test
    void enabledOnlyWithThePermission() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        assertThat(action(false).isExecutable()).isTrue();
        assertThat(action(false).disabledReasonProperty().get()).isEmpty();
    }

    @Test
    void disabledWithTheReasonWhenNotPermitted() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(false);

        LoadDemoCatalogueAction local = action(false);
        assertThat(local.isExecutable()).isFalse();
        assertThat(local.disabledReasonProperty().get()).isEqualTo(Messages.get("demo.disabled.notOwner"));

        LoadDemoCatalogueAction shared = action(true);
        assertThat(shared.disabledReasonProperty().get()).isEqualTo(Messages.get("demo.disabled.shared"));

        shared.execute();
        verify(dialogs, never()).choose(anyString(), anyString(), anyList());
    }

    @Test
    void loadsTheSmallCatalogueForTheSignedInPersonWithProgressThenTellsTheScreens() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(DemoSize.SMALL));
        long before = changes.versionProperty().get();

        action(false).execute();

        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.size()).isEqualTo(DemoSize.SMALL);
            assertThat(request.ownerUserId()).isEqualTo(ada);
            assertThat(request.seed()).isEqualTo(DemoRequest.DEFAULT_SEED);
        });
        ArgumentCaptor<TaskProgress> reported = ArgumentCaptor.forClass(TaskProgress.class);
        verify(progress).update(reported.capture());
        assertThat(reported.getValue().fraction()).isEqualTo(0.3);
        assertThat(reported.getValue().message()).isEqualTo(Messages.format("demo.progress.artists", 3, 10));
        verify(progress).close();
        verify(dialogs).showInfo(Messages.get("demo.title"), Messages.format("demo.loaded", 5, 40, 50, 300, 3000, 2900, 5200));
        assertThat(changes.versionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void theLargeCatalogueWarnsFirstAndCanBeDeclined() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(DemoSize.LARGE));
        when(dialogs.confirm(anyString(), eq(Messages.get("demo.large.warning")), anyString())).thenReturn(false);

        action(false).execute();

        assertThat(requests).isEmpty();
        verify(dialogs, never()).showProgress(anyString(), any());
    }

    @Test
    void choosingNothingLoadsNothing() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.empty());

        action(false).execute();

        assertThat(requests).isEmpty();
    }

    @Test
    void cancelStopsTheLoadCooperativelyAndSaysNothingWasChanged() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(DemoSize.SMALL));
        ArgumentCaptor<Runnable> cancelButton = ArgumentCaptor.forClass(Runnable.class);
        when(dialogs.showProgress(anyString(), cancelButton.capture())).thenReturn(progress);
        loader = (request, listener, cancellation) -> {
            assertThat(cancellation.isCancelled()).isFalse();
            cancelButton.getValue().run();
            // the service checks the token between batches, rolls back and reports it
            cancellation.throwIfCancelled();
            throw new AssertionError("the load should have stopped");
        };
        long before = changes.versionProperty().get();
        LoadDemoCatalogueAction action = action(false);

        action.execute();

        verify(progress).close();
        verify(dialogs).showInfo(Messages.get("demo.title"), new CancelledException().getLocalizedMessage());
        verify(dialogs, never()).showError(any(Throwable.class));
        assertThat(changes.versionProperty().get()).isEqualTo(before);
        assertThat(action.isExecutable()).as("can be tried again").isTrue();
    }

    @Test
    void aRefusalIsShownAsAnError() {
        when(permissions.mayLoadDemoCatalogue()).thenReturn(true);
        when(dialogs.choose(anyString(), anyString(), anyList())).thenReturn(Optional.of(DemoSize.SMALL));
        AppException alreadyLoaded = new AppException("demo.alreadyLoaded");
        loader = (request, listener, cancellation) -> {
            throw alreadyLoaded;
        };

        action(false).execute();

        verify(progress).close();
        verify(dialogs).showError(alreadyLoaded);
    }
}
