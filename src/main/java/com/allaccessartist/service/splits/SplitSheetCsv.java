package com.allaccessartist.service.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.splits.SplitParty;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A split sheet's current version as CSV: UTF-8 with a byte order mark (spreadsheet programs then
 * read accents right), the spreadsheet dialect (commas, CRLF), a header row and one row per party:
 * sheet kind, subject title, its ISRC or ISWC, version, status, agreement date (ISO, in the app's
 * zone), the party's legal name, role, IPI, society and share with exactly two decimals. Kinds,
 * statuses and roles are written as their stored codes ({@code featured_artist}). Text cells that
 * start with {@code = + - @} get an apostrophe so a spreadsheet never runs them as formulas.
 */
final class SplitSheetCsv {

    static final String[] COLUMNS = {"kind", "subject", "code", "version", "status", "agreedOn", "party", "role", "ipi",
        "society", "share"};

    private SplitSheetCsv() {
    }

    static void write(SplitSheetView sheet, ZoneId zone, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = Messages.get("split.export.column." + COLUMNS[i]);
        }
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setHeader(header).get());
        SubjectDetails details = sheet.details();
        String agreedOn = sheet.agreedAt() == null ? "" : LocalDate.ofInstant(sheet.agreedAt(), zone).toString();
        for (SplitParty party : sheet.parties()) {
            List<String> cells = new ArrayList<>(COLUMNS.length);
            cells.add(sheet.kind().dbValue());
            cells.add(details == null ? "" : safeCell(details.title()));
            cells.add(details == null || details.code() == null ? "" : details.code());
            cells.add(Integer.toString(sheet.versionNumber()));
            cells.add(sheet.status().dbValue());
            cells.add(agreedOn);
            cells.add(safeCell(party.legalName()));
            cells.add(party.role().dbValue());
            cells.add(party.ipi() == null ? "" : party.ipi().value());
            cells.add(safeCell(party.society()));
            cells.add(party.share().value().toPlainString());
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /** A text cell a spreadsheet shows as text, never runs as a formula. */
    static String safeCell(String value) {
        return com.allaccessartist.service.SpreadsheetCells.text(value);
    }
}
