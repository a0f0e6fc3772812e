package com.allaccessartist.ui.main;

import atlantafx.base.controls.CaptionMenuItem;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.TextEditCommands;
import com.allaccessartist.ui.common.Theme;
import com.allaccessartist.ui.common.UiAction;
import com.allaccessartist.ui.common.Windows;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: menu bar, sidebar, content area and status bar. Layout and bindings only. */
public final class MainView {

    private final MainViewModel viewModel;
    private final Function<Section, Parent> sectionViews;
    private final Map<Section, Parent> shown = new EnumMap<>(Section.class);

    @FXML private BorderPane root;
    @FXML private MenuItem connectionsItem, signOutItem, quitItem, cutItem, copyItem, pasteItem, selectAllItem;
    @FXML private MenuItem exportItem, loadDemoItem, logFolderItem, aboutItem;
    @FXML private Menu viewMenu, helpMenu;
    @FXML private RadioMenuItem lightItem, darkItem;
    @FXML private ImageView logo;
    @FXML private ListView<Section> sections;
    @FXML private StackPane content;
    @FXML private Label statusUser, statusConnection, statusVendor;
    @FXML private FontIcon connectionIcon;
    @FXML private HBox toolbar;
    private final Node[] toolbarItems;

    /**
     * @param sectionViews builds the content of a section the first time it is shown
     * @param toolbarItems what the toolbar under the menu shows (the artist switcher); none hides it
     */
    public MainView(MainViewModel viewModel, Function<Section, Parent> sectionViews, Node... toolbarItems) {
        this.viewModel = viewModel;
        this.sectionViews = sectionViews;
        this.toolbarItems = toolbarItems.clone();
    }

    @FXML
    private void initialize() {
        MainActions actions = viewModel.actions();
        toolbar.getChildren().setAll(toolbarItems);
        toolbar.setVisible(toolbarItems.length > 0);
        toolbar.setManaged(toolbarItems.length > 0);
        bind(connectionsItem, actions.connections());
        bind(signOutItem, actions.signOut());
        bind(quitItem, actions.quit());
        bind(exportItem, actions.exportMyData());
        bind(loadDemoItem, actions.loadDemo());
        bind(logFolderItem, actions.openLogFolder());
        bind(aboutItem, actions.about());
        CaptionMenuItem demoReason = new CaptionMenuItem();
        demoReason.titleProperty().bind(actions.loadDemo().disabledReasonProperty());
        demoReason.visibleProperty().bind(actions.loadDemo().executableProperty().not());
        helpMenu.getItems().add(helpMenu.getItems().indexOf(loadDemoItem) + 1, demoReason);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                new TextEditCommands(scene.focusOwnerProperty()).bind(cutItem, copyItem, pasteItem, selectAllItem);
            }
        });

        int index = 0;
        for (Section section : viewModel.sectionList()) {
            MenuItem item = new MenuItem(viewModel.sectionTitle(section), new FontIcon(section.iconLiteral()));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + (++index)));
            item.setOnAction(event -> viewModel.show(section));
            viewMenu.getItems().add(index - 1, item);
        }
        lightItem.setOnAction(event -> viewModel.useTheme(Theme.LIGHT));
        darkItem.setOnAction(event -> viewModel.useTheme(Theme.DARK));
        selectTheme(viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((o, old, theme) -> selectTheme(theme));

        if (!Windows.icons().isEmpty()) {
            logo.setImage(Windows.icons().get(Windows.icons().size() - 1));
        }
        sections.setItems(viewModel.sections());
        sections.setCellFactory(list -> new SectionCell());
        sections.getSelectionModel().select(viewModel.selectedSectionProperty().get());
        sections.getSelectionModel().selectedItemProperty().addListener((o, old, section) -> viewModel.show(section));
        viewModel.selectedSectionProperty().addListener((o, old, section) -> {
            sections.getSelectionModel().select(section);
            showSection(section);
        });
        showSection(viewModel.selectedSectionProperty().get());

        statusUser.setText(viewModel.userName());
        statusUser.setTooltip(new Tooltip(viewModel.userEmail()));
        statusConnection.setText(viewModel.connectionText());
        statusConnection.setTooltip(new Tooltip(viewModel.connectionLocation()));
        connectionIcon.setIconLiteral(viewModel.isRemote() ? "fth-server" : "fth-hard-drive");
        statusVendor.setText(Messages.get(viewModel.isRemote() ? "status.vendor.remote" : "status.vendor.local"));
        Platform.runLater(sections::requestFocus);
    }

    private void selectTheme(Theme theme) {
        lightItem.setSelected(theme != Theme.DARK);
        darkItem.setSelected(theme == Theme.DARK);
    }

    private void showSection(Section section) {
        if (section != null) {
            content.getChildren().setAll(shown.computeIfAbsent(section, sectionViews));
        }
    }

    private static void bind(MenuItem item, UiAction action) {
        item.disableProperty().bind(action.executableProperty().not());
        item.setOnAction(event -> action.execute());
    }

    /** A sidebar entry: icon and name. */
    private final class SectionCell extends ListCell<Section> {
        @Override
        protected void updateItem(Section section, boolean empty) {
            super.updateItem(section, empty);
            setText(empty || section == null ? null : viewModel.sectionTitle(section));
            setGraphic(empty || section == null ? null : new FontIcon(section.iconLiteral()));
        }
    }
}
