package com.allaccessartist.ui.main;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.privacy.PrivacyService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.TaskExecutor;
import com.allaccessartist.ui.common.UiAction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Privacy → Export my data: the person's own data (GDPR access and portability) as JSON, to a
 * file they choose ({@code my-data-<date>.json}), written in the background.
 */
public final class ExportMyDataAction extends UiAction {

    private final PrivacyService privacy;
    private final Clock clock;
    private final Path initialFolder;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");

    public ExportMyDataAction(PrivacyService privacy, Clock clock, Path initialFolder, TaskExecutor executor,
                              DialogService dialogs) {
        this.privacy = privacy;
        this.clock = clock;
        this.initialFolder = initialFolder;
        this.executor = executor;
        this.dialogs = dialogs;
        bindExecutable(running.not());
        setDisabledReason(Messages.get("privacy.export.running"));
    }

    @Override
    public void execute() {
        if (!isExecutable()) {
            return;
        }
        String name = "my-data-" + LocalDate.now(clock) + ".json";
        DialogService.FileType json = new DialogService.FileType(Messages.get("file.type.json"), "*.json");
        dialogs.chooseFileToSave(Messages.get("privacy.export.choose"), initialFolder, name, json).ifPresent(this::export);
    }

    private void export(Path file) {
        running.set(true);
        executor.submit(BackgroundTask.running(context -> privacy.exportMyData(file))
                .onSuccess(done -> dialogs.showInfo(Messages.get("privacy.export.title"),
                        Messages.format("privacy.export.done", file.toString())))
                .onFailure(dialogs::showError)
                .onFinished(() -> running.set(false)));
    }
}
