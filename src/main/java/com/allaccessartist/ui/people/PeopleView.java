package com.allaccessartist.ui.people;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.ViewLoader;
import com.allaccessartist.ui.common.Windows;
import com.allaccessartist.ui.editing.FormFields;
import com.allaccessartist.ui.editing.Shortcuts;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The People screen of an organization or an artist; see {@link PeopleViewModel}. Layout and bindings only. */
public final class PeopleView {

    private final PeopleViewModel viewModel;
    private final Runnable onBack;
    private Stage formWindow;
    private final boolean followsArtist;

    @FXML private StackPane root;
    @FXML private Button backButton, invite, change, share, revoke;
    @FXML private HBox inviteBox, changeBox, shareBox, revokeBox;
    @FXML private Label heading, subtitle, standing, count, shareTotal;
    @FXML private ProgressIndicator loading;
    @FXML private VBox noArtist, listBox;
    @FXML private Message error;
    @FXML private MenuItem changeItem, shareItem, revokeItem, inviteItem;
    @FXML private TableView<GrantItem> table;
    @FXML private TableColumn<GrantItem, GrantItem> personColumn, rightsColumn, statusColumn;
    @FXML private TableColumn<GrantItem, String> roleColumn, shareColumn, grantedByColumn, grantedAtColumn, expiresColumn;

    /**
     * @param back          what Back (and Esc) does, or null for a section without one
     * @param followsArtist whether the screen shows the toolbar's artist (asks to choose one without)
     */
    public PeopleView(PeopleViewModel viewModel, Runnable back, boolean followsArtist) {
        this.viewModel = viewModel;
        this.onBack = back;
        this.followsArtist = followsArtist;
    }

    @FXML
    private void initialize() {
        FormFields.show(backButton, Bindings.createBooleanBinding(() -> onBack != null));
        backButton.setTooltip(new Tooltip(Messages.get("editor.back")));
        heading.textProperty().bind(viewModel.headingProperty());
        subtitle.setText(Messages.get(viewModel.hasShares() ? "people.subtitle.artist" : "people.subtitle.organization"));
        standing.textProperty().bind(viewModel.standingTextProperty());
        loading.visibleProperty().bind(viewModel.loadingProperty());
        FormFields.show(noArtist, viewModel.noScopeProperty().and(Bindings.createBooleanBinding(() -> followsArtist)));
        FormFields.show(listBox, viewModel.noScopeProperty().not());
        error.descriptionProperty().bind(viewModel.errorProperty());
        FormFields.show(error, viewModel.errorProperty().isNotEmpty());
        count.textProperty().bind(viewModel.countTextProperty());
        shareTotal.textProperty().bind(viewModel.shareTotalProperty());
        FormFields.show(shareTotal, Bindings.createBooleanBinding(viewModel::hasShares));
        FormFields.show(shareBox, Bindings.createBooleanBinding(viewModel::hasShares));
        shareItem.setVisible(viewModel.hasShares());
        action(inviteBox, invite, inviteItem, viewModel.inviteReasonProperty());
        action(changeBox, change, changeItem, viewModel.changeReasonProperty());
        action(shareBox, share, shareItem, viewModel.shareReasonProperty());
        action(revokeBox, revoke, revokeItem, viewModel.revokeReasonProperty());

        table.setItems(viewModel.items());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> viewModel.selectedProperty().set(item));
        viewModel.selectedProperty().addListener((o, old, item) -> table.getSelectionModel().select(item));
        table.setRowFactory(t -> {
            TableRow<GrantItem> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.change();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.change();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.revoke();
            }
        });
        PeopleCells.twoLines(personColumn, GrantItem::person, GrantItem::email);
        PeopleCells.text(roleColumn, GrantItem::roleLabel);
        PeopleCells.twoLines(rightsColumn, GrantItem::flagsText, item -> null);
        PeopleCells.tooltip(rightsColumn, GrantItem::flagsDescription);
        PeopleCells.text(shareColumn, GrantItem::shareText);
        shareColumn.setVisible(viewModel.hasShares());
        PeopleCells.text(grantedByColumn, item -> item.grantedBy() == null ? "" : item.grantedBy());
        PeopleCells.text(grantedAtColumn, GrantItem::grantedAt);
        PeopleCells.text(expiresColumn, GrantItem::expires);
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        statusColumn.setCellFactory(column -> new PeopleCells.StatusCell());

        viewModel.grantFormProperty().addListener((o, old, form) -> showForm(form, GrantDialogView::new,
                GrantFormViewModel::title, GrantFormViewModel::cancel));
        viewModel.shareFormProperty().addListener((o, old, form) -> showForm(form, ShareDialogView::new,
                ShareFormViewModel::title, ShareFormViewModel::cancel));
        new Shortcuts()
                .on("Shortcut+N", () -> inviteIsOpen(), viewModel::invite)
                .on("Esc", () -> onBack != null && noFormOpen(), () -> onBack.run())
                .attachWhileShown(root);
    }

    private boolean inviteIsOpen() {
        return viewModel.inviteReasonProperty().get().isEmpty() && noFormOpen();
    }

    /** Whether this screen is what the person sees (not a hidden page) and no dialog of it is open. */
    private boolean noFormOpen() {
        for (javafx.scene.Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return viewModel.grantFormProperty().get() == null && viewModel.shareFormProperty().get() == null;
    }

    private static void action(HBox box, Button button, MenuItem item, ObservableStringValue reason) {
        FormFields.disabledWithReason(box, button, reason);
        item.disableProperty().bind(Bindings.isNotEmpty(reason));
    }

    /** Shows {@code form} as a modal window over this screen until the ViewModel clears it (null closes it). */
    private <F> void showForm(F form, Function<F, Object> view, Function<F, String> title, Consumer<F> cancel) {
        if (formWindow != null) {
            Stage open = formWindow;
            formWindow = null;
            open.close();
        }
        if (form == null || root.getScene() == null) {
            return;
        }
        Parent content = ViewLoader.load(view.apply(form));
        Stage window = Windows.modal(root.getScene().getWindow(), title.apply(form), content);
        window.setOnCloseRequest(event -> {
            event.consume();
            cancel.accept(form);
        });
        window.setOnHidden(event -> table.requestFocus());
        formWindow = window;
        window.show();
    }

    @FXML private void back() { if (onBack != null) { onBack.run(); } }
    @FXML private void invite() { viewModel.invite(); }
    @FXML private void change() { viewModel.change(); }
    @FXML private void setShare() { viewModel.setShare(); }
    @FXML private void revoke() { viewModel.revoke(); }
}
