package com.allaccessartist.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.AppPreferences;
import com.allaccessartist.ui.common.Theme;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MainViewModelTest {

    private final Preferences node = Preferences.userRoot().node("aaa-test/main-" + UUID.randomUUID());
    private final CurrentUser ada = new CurrentUser(UUID.randomUUID(), "ada@label.com", "Ada Lovelace");
    private final MainActions actions = new MainActions(mock(ManageConnectionsAction.class), mock(SignOutAction.class),
            mock(QuitAction.class), mock(LoadDemoCatalogueAction.class), mock(ExportMyDataAction.class),
            mock(OpenLogFolderAction.class), mock(AboutAction.class));

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theStatusBarShowsThePersonAndTheLocalFile() {
        MainViewModel viewModel = new MainViewModel(ada, "Local catalogue", "/data/catalogue.mv.db", false,
                new AppPreferences(node), actions);

        assertThat(viewModel.userName()).isEqualTo("Ada Lovelace");
        assertThat(viewModel.userEmail()).isEqualTo("ada@label.com");
        assertThat(viewModel.connectionText()).contains("Local catalogue").contains("/data/catalogue.mv.db");
        assertThat(viewModel.isRemote()).isFalse();
        assertThat(viewModel.windowTitle()).isEqualTo(Messages.format("main.windowTitle", "All Access Artist", "Local catalogue"));
    }

    @Test
    void theStatusBarShowsPostgresqlHostAndDatabase() {
        MainViewModel viewModel = new MainViewModel(ada, "Label server", "db.label.com/catalogue", true,
                new AppPreferences(node), actions);

        assertThat(viewModel.connectionText()).contains("PostgreSQL").contains("db.label.com/catalogue");
        assertThat(viewModel.isRemote()).isTrue();
    }

    @Test
    void theThemeChoiceIsKeptInThePreferences() {
        MainViewModel viewModel = new MainViewModel(ada, "Local catalogue", "/data/catalogue.mv.db", false,
                new AppPreferences(node), actions);
        assertThat(viewModel.themeProperty().get()).isEqualTo(Theme.LIGHT);

        viewModel.useTheme(Theme.DARK);

        assertThat(node.get("theme", null)).isEqualTo("DARK");
        assertThat(new AppPreferences(node).themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void onlySectionsThatExistAreShownAndOverviewComesFirst() {
        MainViewModel viewModel = new MainViewModel(ada, "Local catalogue", "/data/catalogue.mv.db", false,
                new AppPreferences(node), actions);

        assertThat(viewModel.sections()).containsExactly(Section.values());
        assertThat(viewModel.sections().get(0)).isEqualTo(Section.OVERVIEW);
        assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(Section.OVERVIEW);
        viewModel.show(null);
        assertThat(viewModel.selectedSectionProperty().get()).isEqualTo(Section.OVERVIEW);
        assertThat(viewModel.sectionTitle(Section.OVERVIEW)).isEqualTo(Messages.get("nav.overview"));
    }
}
