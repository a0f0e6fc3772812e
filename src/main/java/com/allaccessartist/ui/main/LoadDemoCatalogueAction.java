package com.allaccessartist.ui.main;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.CancellationToken;
import com.allaccessartist.service.CancelledException;
import com.allaccessartist.service.auth.PermissionService;
import com.allaccessartist.service.demo.DemoRequest;
import com.allaccessartist.service.demo.DemoSize;
import com.allaccessartist.service.demo.DemoSummary;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.common.UiAction;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Help → Load demo catalogue: offered only to whom {@link PermissionService#mayLoadDemoCatalogue()}
 * allows (on PostgreSQL the administrator loads it with the {@code demo} command; the reason is
 * shown when disabled). Asks small or large, runs in the background with a progress dialog whose
 * Cancel stops the load cooperatively (everything rolls back), then tells the screens.
 */
public final class LoadDemoCatalogueAction extends UiAction {

    private final DemoLoader loader;
    private final PermissionService permissions;
    private final boolean sharedDatabase;
    private final UUID ownerUserId;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final BooleanProperty permitted = new SimpleBooleanProperty(this, "permitted");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");

    /**
     * @param sharedDatabase whether the catalogue is a shared PostgreSQL database
     * @param ownerUserId    the signed-in person, who becomes owner of the demo organizations
     */
    public LoadDemoCatalogueAction(DemoLoader loader, PermissionService permissions, boolean sharedDatabase,
                                   UUID ownerUserId, TaskExecutor executor, DialogService dialogs, CatalogueChanges changes) {
        this.loader = loader;
        this.permissions = permissions;
        this.sharedDatabase = sharedDatabase;
        this.ownerUserId = ownerUserId;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        bindExecutable(permitted.and(running.not()));
        setDisabledReason(reasonWhenNotPermitted());
    }

    /** Asks the permission service (in the background) whether the person may load it. */
    public void checkPermission() {
        executor.submit(BackgroundTask.of(context -> permissions.mayLoadDemoCatalogue())
                .onSuccess(allowed -> {
                    permitted.set(allowed);
                    setDisabledReason(allowed ? "" : reasonWhenNotPermitted());
                }));
    }

    private String reasonWhenNotPermitted() {
        return Messages.get(sharedDatabase ? "demo.disabled.shared" : "demo.disabled.notOwner");
    }

    @Override
    public void execute() {
        if (!isExecutable()) {
            return;
        }
        Optional<DemoSize> size = dialogs.choose(Messages.get("demo.title"), Messages.get("demo.choose"), List.of(
                new DialogService.Choice<>(DemoSize.SMALL, Messages.get("demo.small"), Messages.format("demo.small.description",
                        DemoSize.SMALL.organizations(), DemoSize.SMALL.artists(), DemoSize.SMALL.releases(), DemoSize.SMALL.songs())),
                new DialogService.Choice<>(DemoSize.LARGE, Messages.get("demo.large"), Messages.format("demo.large.description",
                        DemoSize.LARGE.organizations(), DemoSize.LARGE.artists(), DemoSize.LARGE.releases(), DemoSize.LARGE.songs()))));
        if (size.isEmpty()) {
            return;
        }
        if (size.get().equals(DemoSize.LARGE) && !dialogs.confirm(Messages.get("demo.title"),
                Messages.get("demo.large.warning"), Messages.get("demo.large.confirm"))) {
            return;
        }
        load(new DemoRequest(size.get(), DemoRequest.DEFAULT_SEED, ownerUserId, null));
    }

    private void load(DemoRequest request) {
        CancellationToken cancellation = new CancellationToken();
        DialogService.ProgressHandle progress = dialogs.showProgress(Messages.get("demo.progress.title"), cancellation::cancel);
        running.set(true);
        executor.submit(BackgroundTask.of(context -> loader.load(request, context.progress(), context.cancellation()))
                .cancellation(cancellation)
                .onProgress(progress::update)
                .onSuccess(summary -> {
                    progress.close();
                    changes.changed();
                    dialogs.showInfo(Messages.get("demo.title"), describe(summary));
                })
                .onFailure(failure -> {
                    progress.close();
                    if (failure instanceof CancelledException) {
                        dialogs.showInfo(Messages.get("demo.title"), failure.getLocalizedMessage());
                    } else {
                        dialogs.showError(failure);
                    }
                })
                .onFinished(() -> running.set(false)));
    }

    private static String describe(DemoSummary summary) {
        return Messages.format("demo.loaded", summary.organizations(), summary.people(), summary.artists(),
                summary.releases(), summary.songs(), summary.works(), summary.splitSheets());
    }
}
