package com.allaccessartist.ui.main;

import com.allaccessartist.ui.common.UiAction;
import java.util.Objects;

/** File → Quit: closes the catalogue and ends the application. The application's navigation does the work. */
public final class QuitAction extends UiAction {

    private final Runnable navigation;

    public QuitAction(Runnable navigation) {
        this.navigation = Objects.requireNonNull(navigation);
    }

    @Override
    public void execute() {
        navigation.run();
    }
}
