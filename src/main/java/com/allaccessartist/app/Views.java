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
import com.allaccessartist.ui.people.ArtistPeople;
import com.allaccessartist.ui.people.OrganizationPeople;
import com.allaccessartist.ui.people.PeopleView;
import com.allaccessartist.ui.people.PeopleViewModel;
import com.allaccessartist.ui.overview.OverviewViewModel;
import com.allaccessartist.ui.releases.ReleasesView;
import com.allaccessartist.ui.releases.ReleasesViewModel;
import com.allaccessartist.ui.signin.CatalogueGate;
import com.allaccessartist.ui.signin.FirstRunView;
import com.allaccessartist.ui.signin.FirstRunViewModel;
import com.allaccessartist.ui.signin.SignInView;
import com.allaccessartist.ui.signin.SignInViewModel;
import com.allaccessartist.ui.common.LogLocation;
import com.allaccessartist.ui.artists.ArtistEditorViewModel;
import com.allaccessartist.ui.artists.ArtistListViewModel;
import com.allaccessartist.ui.artists.ArtistSwitcherView;
import com.allaccessartist.ui.artists.ArtistSwitcherViewModel;
import com.allaccessartist.ui.artists.ArtistsView;
import com.allaccessartist.ui.artists.ArtistsViewModel;
import com.allaccessartist.ui.editing.CloseGuard;
import com.allaccessartist.ui.editing.FxDebouncer;
import com.allaccessartist.ui.editing.UnsavedEditors;
import com.allaccessartist.ui.organizations.OrganizationEditorViewModel;
import com.allaccessartist.ui.organizations.OrganizationsView;
import com.allaccessartist.ui.organizations.OrganizationsViewModel;
import com.allaccessartist.ui.splits.SplitSheetOpener;
import com.allaccessartist.ui.splits.SplitSheetWindows;
import com.allaccessartist.ui.splits.WorksView;
import com.allaccessartist.ui.splits.WorksViewModel;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * The controller factory of the application: builds each screen's ViewModel with its
 * dependencies and hands it to the View, whose FXML is then loaded.
 */
final class Views {

    /** Where the main window's commands lead. */
    interface Navigation {
        /**
         * Opens the connection manager. "Use this connection" ends the current session only
         * through {@code leaveSession}, which runs its argument once the session's editors may be
         * left (each with unsaved changes asks first) and never if the person stays.
         */
        void manageConnections(Consumer<Runnable> leaveSession);

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
        // editors with unsaved changes ask (save / discard / stay) before the session ends
        UnsavedEditors unsaved = new UnsavedEditors();
        MainActions actions = new MainActions(
                new ManageConnectionsAction(() -> navigation.manageConnections(unsaved::leaveAllThen)),
                new SignOutAction(() -> unsaved.leaveAllThen(navigation::signOut)),
                new QuitAction(() -> unsaved.leaveAllThen(navigation::quit)),
                loadDemo,
                new ExportMyDataAction(session.privacy(), context.environment().clock(), context.exportFolder(),
                        context.executor(), context.dialogs()),
                openLogFolder,
                new AboutAction(context.dialogs(), context.aboutInfo(openLogFolder.isExecutable() ? openLogFolder::execute : null)));
        loadDemo.checkPermission();
        MainViewModel viewModel = new MainViewModel(session.user(), session.profile().name(), session.profile().describe(),
                session.remote(), context.environment().preferences(), actions);
        Parent switcher = ViewLoader.load(new ArtistSwitcherView(new ArtistSwitcherViewModel(session.artists(),
                session.artistSelection(), context.executor(), FxDebouncer.typing(), session.changes())));
        Parent[] main = new Parent[1];
        SplitSheetOpener sheets = new SplitSheetWindows(session.splitSheets(), context.executor(), context.dialogs(),
                context.exportFolder(), () -> main[0].getScene().getWindow());
        main[0] = ViewLoader.load(new MainView(viewModel, section -> section(section, session, loadDemo, unsaved, sheets),
                switcher));
        CloseGuard.install(main[0], unsaved);
        return main[0];
    }

    private Parent section(Section section, Session session, LoadDemoCatalogueAction loadDemo, UnsavedEditors unsaved,
                           SplitSheetOpener sheets) {
        return switch (section) {
            case OVERVIEW -> overview(session, loadDemo);
            case ORGANIZATIONS -> organizations(session, unsaved);
            case ARTISTS -> artists(session, unsaved);
            case RELEASES -> releases(session, unsaved, sheets);
            case WORKS -> works(session, unsaved, sheets);
            case PEOPLE -> artistPeople(session);
        };
    }

    private Parent works(Session session, UnsavedEditors unsaved, SplitSheetOpener sheets) {
        WorksViewModel works = new WorksViewModel(session.works(), session.access(), context.executor(), context.dialogs(),
                session.changes(), session.artistSelection(), sheets);
        unsaved.register(works);
        Parent view = ViewLoader.load(new WorksView(works));
        works.refresh();
        return view;
    }

    private Parent releases(Session session, UnsavedEditors unsaved, SplitSheetOpener sheets) {
        ReleasesViewModel releases = new ReleasesViewModel(session.releases(), session.media(), session.access(),
                context.executor(), context.dialogs(), session.changes(), session.artistSelection(),
                context.environment().clock(), sheets, session.works());
        unsaved.register(releases);
        Parent view = ViewLoader.load(new ReleasesView(releases));
        releases.refresh();
        return view;
    }

    private Parent overview(Session session, LoadDemoCatalogueAction loadDemo) {
        OverviewViewModel overview = new OverviewViewModel(session.overview(), context.executor(), loadDemo, session.changes());
        Parent view = ViewLoader.load(new OverviewView(overview));
        overview.refresh();
        return view;
    }

    private Parent organizations(Session session, UnsavedEditors unsaved) {
        OrganizationEditorViewModel editor = new OrganizationEditorViewModel(session.organizations(), session.media(),
                context.executor(), context.dialogs(), session.changes(), context.exportFolder());
        unsaved.register(editor);
        PeopleViewModel people = new PeopleViewModel(new OrganizationPeople(session.people(), session.peopleRights(),
                session.personAccounts()), context.executor(), context.dialogs(), session.changes(),
                context.environment().clock());
        OrganizationsViewModel organizations = new OrganizationsViewModel(session.organizations(), editor,
                context.executor(), context.dialogs(), session.changes(), people);
        return ViewLoader.load(new OrganizationsView(organizations,
                ViewLoader.load(new PeopleView(people, organizations::closePeople, false))));
    }

    /** The People section: the people of the artist chosen in the toolbar. */
    private Parent artistPeople(Session session) {
        PeopleViewModel people = new PeopleViewModel(new ArtistPeople(session.people(), session.peopleRights(),
                session.personAccounts()), context.executor(), context.dialogs(), session.changes(),
                context.environment().clock());
        Parent view = ViewLoader.load(new PeopleView(people, null, true));
        people.followArtist(session.artistSelection());
        return view;
    }

    private Parent artists(Session session, UnsavedEditors unsaved) {
        ArtistListViewModel list = new ArtistListViewModel(session.artists(), session.organizations(), context.executor(),
                context.dialogs(), session.artistSelection(), session.changes(), FxDebouncer.typing(),
                context.exportFolder(), context.environment().clock());
        ArtistEditorViewModel editor = new ArtistEditorViewModel(session.artists(), session.access(),
                session.organizations(), session.media(), context.executor(), context.dialogs(), session.changes(),
                session.artistSelection(), context.environment().clock(), FxDebouncer.typing(), context.exportFolder());
        unsaved.register(editor);
        return ViewLoader.load(new ArtistsView(new ArtistsViewModel(list, editor, session.artists(), session.access(),
                context.executor(), context.dialogs(), session.changes())));
    }
}
