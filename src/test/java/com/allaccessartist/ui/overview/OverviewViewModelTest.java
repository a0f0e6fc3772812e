package com.allaccessartist.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.catalog.CatalogOverview;
import com.allaccessartist.service.catalog.CatalogOverviewService;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.UiAction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    private final CatalogOverviewService service = mock(CatalogOverviewService.class);
    private final CatalogueChanges changes = new CatalogueChanges();
    private final UiAction loadDemo = new UiAction() {
        @Override
        public void execute() {
        }
    };
    private final OverviewViewModel viewModel = new OverviewViewModel(service, new CurrentThreadTaskExecutor(), loadDemo, changes);

    private static CatalogOverview overview(long artists, long released, long drafts, long songs) {
        Map<ReleaseStatus, Long> byStatus = new EnumMap<>(ReleaseStatus.class);
        for (ReleaseStatus status : ReleaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.put(ReleaseStatus.RELEASED, released);
        byStatus.put(ReleaseStatus.DRAFT, drafts);
        return new CatalogOverview(List.of(new CatalogOverview.Membership(UUID.randomUUID(), "Ada Lovelace Records",
                OrganizationType.LABEL, OrganizationRole.OWNER, artists)), artists, byStatus, songs);
    }

    @Test
    void showsTheOrganizationsAndTheNumbers() {
        when(service.overview()).thenReturn(overview(12, 30, 10, 400));

        viewModel.refresh();

        assertThat(viewModel.organizations()).containsExactly(new OverviewViewModel.OrganizationRow("Ada Lovelace Records",
                Messages.get("organization.type.label"), Messages.get("organization.role.owner"), "12"));
        assertThat(viewModel.artistsProperty().get()).isEqualTo(12);
        assertThat(viewModel.releasesProperty().get()).isEqualTo(40);
        assertThat(viewModel.songsProperty().get()).isEqualTo(400);
        assertThat(viewModel.releasesByStatus()).hasSize(ReleaseStatus.values().length);
        assertThat(viewModel.releasesByStatus()).filteredOn(s -> s.status().equals(Messages.get("release.status.released")))
                .singleElement().satisfies(s -> {
                    assertThat(s.count()).isEqualTo("30");
                    assertThat(s.share()).isEqualTo(0.75);
                });
        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void anEmptyCatalogueShowsTheEmptyStateWithTheDemoAction() {
        assertThat(viewModel.emptyProperty().get()).as("not before loading").isFalse();
        when(service.overview()).thenReturn(overview(0, 0, 0, 0));

        viewModel.refresh();

        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.organizations()).hasSize(1);
        assertThat(viewModel.loadDemoAction()).isSameAs(loadDemo);
    }

    @Test
    void aChangedCatalogueIsLoadedAgain() {
        when(service.overview()).thenReturn(overview(0, 0, 0, 0), overview(5, 1, 0, 10));
        viewModel.refresh();

        changes.changed();

        verify(service, times(2)).overview();
        assertThat(viewModel.artistsProperty().get()).isEqualTo(5);
        assertThat(viewModel.emptyProperty().get()).isFalse();
    }

    @Test
    void aFailureIsShownAndClearedByTheNextRefresh() {
        when(service.overview()).thenThrow(new AppException("connection.problem.other", "x")).thenReturn(overview(1, 0, 0, 0));

        viewModel.refresh();
        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.format("connection.problem.other", "x"));

        viewModel.refresh();
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }
}
