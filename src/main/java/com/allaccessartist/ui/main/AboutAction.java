package com.allaccessartist.ui.main;

import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.UiAction;

/** Help → About: version, runtime and where the data and the log are. */
public final class AboutAction extends UiAction {

    private final DialogService dialogs;
    private final DialogService.AboutInfo about;

    public AboutAction(DialogService dialogs, DialogService.AboutInfo about) {
        this.dialogs = dialogs;
        this.about = about;
    }

    @Override
    public void execute() {
        dialogs.showAbout(about);
    }
}
