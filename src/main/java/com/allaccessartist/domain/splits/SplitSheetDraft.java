package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The parties of one split sheet as they are being edited, and the rules a sheet keeps:
 * every role belongs to the sheet's pie (writers and publishers on the publishing sheet, artists,
 * producers and the label on the master sheet); a party appears once per role; the shares never
 * add up to more than 100.00 (a sheet may be saved incomplete, as a draft); a sheet is complete at
 * exactly 100.00 and only a complete sheet can be agreed; editing an agreed sheet returns it to
 * draft. Totals are exact decimals.
 */
public record SplitSheetDraft(SheetKind kind, List<SplitParty> parties) {

    /** Most parties on one sheet. */
    public static final int MAX_PARTIES = 200;

    public SplitSheetDraft {
        Objects.requireNonNull(kind, "kind");
        parties = List.copyOf(parties);
    }

    /** The sum of the shares, exact, with two decimals. */
    public BigDecimal total() {
        return parties.stream().map(p -> p.share().value()).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }

    /** What is left to hand out (negative when over 100). */
    public BigDecimal remaining() {
        return SplitShare.HUNDRED.subtract(total());
    }

    /** Exactly 100.00 and every line right. */
    public boolean isComplete() {
        return total().compareTo(SplitShare.HUNDRED) == 0 && problems().isEmpty();
    }

    /** Every rule the lines break (not counting completeness), in line order; empty when none. */
    public List<ValidationException> problems() {
        List<ValidationException> problems = new ArrayList<>();
        if (parties.size() > MAX_PARTIES) {
            problems.add(new ValidationException("validation.split.tooManyParties",
                    "A split sheet has at most " + MAX_PARTIES + " parties.", MAX_PARTIES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            SplitParty party = parties.get(i);
            int line = i + 1;
            if (party.legalName().isEmpty()) {
                problems.add(new ValidationException("validation.split.nameEmpty",
                        "Line " + line + ": enter the party's full legal name.", line));
            }
            if (!party.role().belongsTo(kind)) {
                problems.add(new ValidationException("validation.split.roleOfOtherSheet",
                        "Line " + line + ": " + party.role().dbValue() + " belongs on the other split sheet.", line,
                        party.role().dbValue()));
            }
            String who = party.userId() != null ? party.userId().toString() : party.legalName().toLowerCase(Locale.ROOT);
            if (!party.legalName().isEmpty() && !seen.add(who + "|" + party.role())) {
                problems.add(new ValidationException("validation.split.duplicateParty",
                        "Line " + line + ": " + party.legalName() + " is already on the sheet as " + party.role().dbValue()
                                + ".", line, party.legalName(), party.role().dbValue()));
            }
        }
        if (total().compareTo(SplitShare.HUNDRED) > 0) {
            problems.add(new ValidationException("validation.split.overHundred",
                    "The shares add up to " + total().toPlainString() + "%, more than 100%.", total().toPlainString()));
        }
        return problems;
    }

    /** @throws ValidationException the first problem, if any: a sheet that breaks a rule is not saved */
    public void checkSavable() {
        List<ValidationException> problems = problems();
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /** @throws ValidationException unless the sheet is complete: only a complete sheet can be agreed */
    public void checkAgreeable() {
        checkSavable();
        if (total().compareTo(SplitShare.HUNDRED) != 0) {
            throw new ValidationException("validation.split.incomplete",
                    "The shares add up to " + total().toPlainString() + "%; a sheet is agreed only at exactly 100%.",
                    total().toPlainString());
        }
    }

    /**
     * The same parties sharing 100.00 as evenly as cents allow: each gets 100/n rounded down to the
     * cent, and the cents left over go one each to the first parties (3 parties: 33.34, 33.33,
     * 33.33).
     *
     * @throws ValidationException {@code validation.split.noParties} on an empty sheet, or
     *         {@code validation.split.tooManyParties} when a cent each is not possible
     */
    public SplitSheetDraft splitEvenly() {
        int n = parties.size();
        if (n == 0) {
            throw new ValidationException("validation.split.noParties", "Add the parties before splitting evenly.");
        }
        if (n > MAX_PARTIES) {
            throw new ValidationException("validation.split.tooManyParties",
                    "A split sheet has at most " + MAX_PARTIES + " parties.", MAX_PARTIES);
        }
        int cents = 10_000;
        int each = cents / n;
        int extra = cents % n;
        List<SplitParty> even = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal share = BigDecimal.valueOf(each + (i < extra ? 1 : 0), 2);
            even.add(parties.get(i).withShare(SplitShare.of(share)));
        }
        return new SplitSheetDraft(kind, even);
    }
}
