package com.allaccessartist.ui.main;

import com.allaccessartist.ui.common.UiAction;
import java.util.Objects;

/** File → Sign out: closes the catalogue and returns to the sign-in screen. The application's navigation does the work. */
public final class SignOutAction extends UiAction {

    private final Runnable navigation;

    public SignOutAction(Runnable navigation) {
        this.navigation = Objects.requireNonNull(navigation);
    }

    @Override
    public void execute() {
        navigation.run();
    }
}
