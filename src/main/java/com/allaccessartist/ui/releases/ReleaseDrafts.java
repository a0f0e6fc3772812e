package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.catalog.LanguageCode;
import com.allaccessartist.domain.catalog.Upc;
import com.allaccessartist.service.catalog.ReleaseDraft;
import com.allaccessartist.service.catalog.TrackDraft;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Between a {@link ReleaseDraft} and the {@link ReleaseForm}: filling the form, and the draft it makes. */
final class ReleaseDrafts {

    private ReleaseDrafts() {
    }

    static void fill(ReleaseForm form, ReleaseDraft draft) {
        form.titleProperty().set(TextRules.text(draft.title()));
        form.slugProperty().set(TextRules.text(draft.slug()));
        form.typeProperty().set(draft.type());
        form.descriptionProperty().set(TextRules.text(draft.description()));
        form.genreProperty().set(TextRules.text(draft.genre()));
        form.subgenres().setAll(draft.subgenres());
        form.languageProperty().set(TextRules.text(draft.language()));
        form.explicitProperty().set(draft.explicitContent());
        form.releaseDateProperty().set(draft.releaseDate());
        form.originalReleaseDateProperty().set(draft.originalReleaseDate());
        form.upcProperty().set(TextRules.text(draft.upc()));
        form.catalogNumberProperty().set(TextRules.text(draft.catalogNumber()));
        form.labelNameProperty().set(TextRules.text(draft.labelName()));
        form.distributorProperty().set(TextRules.text(draft.distributor()));
        form.peakChartPositionProperty().set(draft.peakChartPosition() == null ? "" : draft.peakChartPosition().toString());
        form.copyrightYearProperty().set(draft.copyrightYear() == null ? "" : draft.copyrightYear().toString());
        form.copyrightHolderProperty().set(TextRules.text(draft.copyrightHolder()));
        form.producerCredits().setAll(draft.producerCredits());
        form.publicProperty().set(draft.isPublic());
        form.allowStreamingProperty().set(draft.allowStreaming());
        form.allowDownloadProperty().set(draft.allowDownload());
        form.coverArtProperty().set(draft.coverArtUrl());
        form.coverArtHighResProperty().set(draft.coverArtHighResUrl());
        form.resetChecks();
    }

    /** The draft the form and the rest of the editor make; only for valid input. */
    static ReleaseDraft draft(ReleaseForm form, Map<String, String> streaming,
                              Map<String, String> purchase, List<TrackDraft> tracks) {
        return new ReleaseDraft(form.titleProperty().get().strip(), form.slugProperty().get().strip(), form.typeProperty().get(),
                TextRules.orNull(form.descriptionProperty().get()), TextRules.orNull(form.genreProperty().get()),
                TextRules.clean(form.subgenres()),
                form.languageProperty().get().isBlank() ? null : LanguageCode.parse(form.languageProperty().get()),
                form.explicitProperty().get(), form.releaseDateProperty().get(), form.originalReleaseDateProperty().get(),
                TextRules.orNull(form.coverArtProperty().get()), TextRules.orNull(form.coverArtHighResProperty().get()),
                form.upcProperty().get().isBlank() ? null : Upc.parse(form.upcProperty().get()).value(),
                TextRules.orNull(form.catalogNumberProperty().get()), TextRules.orNull(form.labelNameProperty().get()),
                TextRules.orNull(form.distributorProperty().get()), streaming, purchase,
                integer(form.peakChartPositionProperty().get()), integer(form.copyrightYearProperty().get()),
                TextRules.orNull(form.copyrightHolderProperty().get()), TextRules.clean(form.producerCredits()),
                form.publicProperty().get(),
                form.allowStreamingProperty().get(), form.allowDownloadProperty().get(), tracks);
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    /** The form's values as entered (UPC as digits where valid), to tell whether anything changed. */
    static List<Object> snapshot(ReleaseForm form) {
        String upc = form.upcProperty().get().strip();
        return Arrays.<Object>asList(form.titleProperty().get().strip(), form.slugProperty().get().strip(),
                form.typeProperty().get(),
                form.descriptionProperty().get().strip(), form.genreProperty().get().strip(), TextRules.clean(form.subgenres()),
                form.languageProperty().get().strip(), form.explicitProperty().get(), form.releaseDateProperty().get(),
                form.originalReleaseDateProperty().get(), Upc.isValid(upc) ? Upc.parse(upc).value() : upc,
                form.catalogNumberProperty().get().strip(), form.labelNameProperty().get().strip(),
                form.distributorProperty().get().strip(), form.peakChartPositionProperty().get().strip(),
                form.copyrightYearProperty().get().strip(), form.copyrightHolderProperty().get().strip(),
                TextRules.clean(form.producerCredits()), form.publicProperty().get(), form.allowStreamingProperty().get(),
                form.allowDownloadProperty().get(), String.valueOf(form.coverArtProperty().get()),
                String.valueOf(form.coverArtHighResProperty().get()));
    }
}
