package com.allaccessartist.app;

import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.connections.ConnectionsView;
import com.allaccessartist.ui.connections.ConnectionsViewModel;
import com.allaccessartist.ui.main.AboutAction;
import com.allaccessartist.ui.main.ExportMyDataAction;
import com.allaccessartist.ui.main.LoadDemoCatalogueAction;
import com.allaccessartist.ui.main.MainActions;
import com.allaccessartist.ui.main.MainView;
import com.allaccessartist.ui.main.MainViewModel;
import com.allaccessartist.ui.main.ManageConnectionsAction;
import com.allaccessartist.ui.main.OpenLogFolderAction;
import com.allaccessartist.ui.main.QuitAction;
import com.allaccessartist.ui.main.Section;
import com.allaccessartist.ui.main.SignOutAction;
import com.allaccessartist.ui.overview.OverviewView;
import com.allaccessartist.ui.overview.OverviewViewModel;
import com.allaccessartist.ui.signin.CatalogueGate;
import com.allaccessartist.ui.signin.FirstRunView;
import com.allaccessartist.ui.signin.FirstRunViewModel;
import com.allaccessartist.ui.signin.SignInView;
import com.allaccessartist.ui.signin.SignInViewModel;
import com.allaccessartist.ui.common.LogLocation;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * The controller factory of the application: builds each screen's ViewModel with its
 * dependencies and hands it to the View, whose FXML is then loaded.
 */
final class Views {

    /** Where the main window's commands lead. */
    interface Navigation {
        void manageConnections();

        void signOut();

        void quit();
    }

    private final AppContext context;

    Views(AppContext context) {
        this.context = context;
    }

    Parent signIn(CatalogueGate gate, SignInViewModel.Navigation navigation) {
        SignInViewModel viewModel = new SignInViewModel(gate, context.executor(), navigation);
        Parent view = ViewLoader.load(new SignInView(viewModel));
        viewModel.start();
        return view;
    }

    Parent firstRun(CatalogueGate gate, Consumer<CurrentUser> onCreated) {
        return ViewLoader.load(new FirstRunView(new FirstRunViewModel(gate, context.executor(), onCreated)));
    }

    Parent connections(Consumer<ConnectionProfile> onUse) {
        return ViewLoader.load(new ConnectionsView(new ConnectionsViewModel(context.connections(), context.executor(),
                context.dialogs(), context.environment().dataFolder(), onUse)));
    }

    Parent main(Session session, Navigation navigation) {
        LoadDemoCatalogueAction loadDemo = new LoadDemoCatalogueAction(session.demo()::load, session.permissions(),
                session.remote(), session.user().id(), context.executor(), context.dialogs(), session.changes());
        OpenLogFolderAction openLogFolder = new OpenLogFolderAction(LogLocation.folder(), context.environment().folderOpener());
        MainActions actions = new MainActions(
                new ManageConnectionsAction(navigation::manageConnections),
                new SignOutAction(navigation::signOut),
                new QuitAction(navigation::quit),
                loadDemo,
                new ExportMyDataAction(session.privacy(), context.environment().clock(), context.exportFolder(),
                        context.executor(), context.dialogs()),
                openLogFolder,
                new AboutAction(context.dialogs(), context.aboutInfo(openLogFolder.isExecutable() ? openLogFolder::execute : null)));
        loadDemo.checkPermission();
        MainViewModel viewModel = new MainViewModel(session.user(), session.profile().name(), session.profile().describe(),
                session.remote(), context.environment().preferences(), actions);
        return ViewLoader.load(new MainView(viewModel, section -> section(section, session, loadDemo)));
    }

    private Parent section(Section section, Session session, LoadDemoCatalogueAction loadDemo) {
        return switch (section) {
            case OVERVIEW -> overview(session, loadDemo);
        };
    }

    private Parent overview(Session session, LoadDemoCatalogueAction loadDemo) {
        OverviewViewModel overview = new OverviewViewModel(session.overview(), context.executor(), loadDemo, session.changes());
        Parent view = ViewLoader.load(new OverviewView(overview));
        overview.refresh();
        return view;
    }
}
