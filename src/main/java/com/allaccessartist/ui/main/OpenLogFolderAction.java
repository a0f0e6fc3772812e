package com.allaccessartist.ui.main;

import com.allaccessartist.domain.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import com.allaccessartist.ui.common.UiAction;

/**
 * Help → Open log folder: shows the folder holding the log in the system's file manager.
 * Disabled (About still shows the path) when the platform offers no way to open it.
 */
public final class OpenLogFolderAction extends UiAction {

    private final Path folder;
    private final Consumer<Path> opener;

    /** @param opener opens a folder in the file manager, or null when there is none */
    public OpenLogFolderAction(Path folder, Consumer<Path> opener) {
        this.folder = folder;
        this.opener = opener;
        setExecutable(opener != null, Messages.get("help.openLogFolder.unavailable"));
    }

    @Override
    public void execute() {
        if (isExecutable()) {
            opener.accept(folder);
        }
    }
}
