package com.allaccessartist.ui.main;

import com.allaccessartist.ui.common.UiAction;
import java.util.Objects;

/** File → Connections…: opens the connection manager. The application's navigation does the work. */
public final class ManageConnectionsAction extends UiAction {

    private final Runnable navigation;

    public ManageConnectionsAction(Runnable navigation) {
        this.navigation = Objects.requireNonNull(navigation);
    }

    @Override
    public void execute() {
        navigation.run();
    }
}
