package com.allaccessartist.service.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.Isrc;
import com.allaccessartist.domain.catalog.Iswc;
import com.allaccessartist.domain.splits.SplitParty;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A split sheet's current version as a PDF the parties print and sign: the title (master or
 * publishing split sheet), the recording (title, ISRC, release) or work (title, ISWC) and its
 * artist, the version, status and date, a table of the parties (full legal name, role, IPI,
 * society, share %) with the total, and one signature line per party (name, signature, date).
 * Text is set in Liberation Sans (shipped inside OpenPDF), embedded, so every name prints as typed.
 */
final class SplitSheetPdf {

    /** OpenPDF's own copy of Liberation Sans: Unicode, free to embed. */
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color RULE = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER = new Color(0xEE, 0xEE, 0xEE);

    private SplitSheetPdf() {
    }

    static void write(SplitSheetView sheet, LocalDate today, ZoneId zone, OutputStream out) throws IOException {
        BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 12, Font.BOLD);
        Font body = new Font(base, 10);
        Font strong = new Font(base, 10, Font.BOLD);
        Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);

        String titleText = Messages.get("split.pdf.title." + sheet.kind().dbValue());
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(document, out).setCloseStream(false);
        document.addTitle(titleText);
        document.addCreator("All Access Artist");
        document.open();

        document.add(new Paragraph(titleText, title));
        document.add(spacer(6));
        for (String line : subjectLines(sheet)) {
            document.add(new Paragraph(line, body));
        }
        document.add(spacer(4));
        document.add(new Paragraph(Messages.format("split.pdf.version", sheet.versionNumber(),
                Messages.get("split.status." + sheet.status().dbValue())), strong));
        if (sheet.agreedAt() != null) {
            document.add(new Paragraph(Messages.format("split.pdf.agreedOn", LocalDate.ofInstant(sheet.agreedAt(), zone).toString()),
                    body));
        }
        document.add(new Paragraph(Messages.format("split.pdf.date", today.toString()), body));
        document.add(spacer(10));

        PdfPTable table = new PdfPTable(new float[] {34, 17, 15, 19, 15});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[] {"name", "role", "ipi", "society", "share"}) {
            PdfPCell cell = cell(Messages.get("split.pdf.column." + column), strong, column.equals("share"));
            cell.setBackgroundColor(HEADER);
            table.addCell(cell);
        }
        for (SplitParty party : sheet.parties()) {
            table.addCell(cell(party.legalName(), body, false));
            table.addCell(cell(Messages.get("split.role." + party.role().dbValue()), body, false));
            table.addCell(cell(party.ipi() == null ? "" : party.ipi().value(), body, false));
            table.addCell(cell(party.society() == null ? "" : party.society(), body, false));
            table.addCell(cell(party.share().value().toPlainString(), body, true));
        }
        PdfPCell totalLabel = cell(Messages.get("split.pdf.total"), strong, false);
        totalLabel.setColspan(4);
        table.addCell(totalLabel);
        table.addCell(cell(sheet.total().toPlainString(), strong, true));
        document.add(table);

        document.add(spacer(18));
        document.add(new Paragraph(Messages.get("split.pdf.signatures"), heading));
        document.add(new Paragraph(Messages.get("split.pdf.signatures.intro"), small));
        document.add(spacer(8));
        for (SplitParty party : sheet.parties()) {
            PdfPTable signature = new PdfPTable(new float[] {40, 40, 20});
            signature.setWidthPercentage(100);
            signature.setKeepTogether(true);
            signature.addCell(signatureCell(Messages.format("split.pdf.signature.name", party.legalName()), body));
            signature.addCell(signatureCell(Messages.get("split.pdf.signature.signature"), body));
            signature.addCell(signatureCell(Messages.get("split.pdf.signature.date"), body));
            document.add(signature);
        }
        document.close();
    }

    private static String[] subjectLines(SplitSheetView sheet) {
        SubjectDetails details = sheet.details();
        if (details == null) {
            return new String[] {Messages.get("split.pdf.subjectHidden")};
        }
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (sheet.subject().isSong()) {
            lines.add(Messages.format("split.pdf.song", details.title()));
            if (details.code() != null) {
                lines.add(Messages.format("split.pdf.isrc", Isrc.isValid(details.code()) ? Isrc.parse(details.code()).formatted()
                        : details.code()));
            }
            if (details.releaseTitle() != null) {
                lines.add(Messages.format("split.pdf.release", details.releaseTitle()));
            }
        } else {
            lines.add(Messages.format("split.pdf.work", details.title()));
            if (details.code() != null) {
                lines.add(Messages.format("split.pdf.iswc", Iswc.isValid(details.code()) ? Iswc.parse(details.code()).formatted()
                        : details.code()));
            }
        }
        if (details.artistName() != null) {
            lines.add(Messages.format("split.pdf.artist", details.artistName()));
        }
        return lines.toArray(String[]::new);
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(5);
        cell.setBorderColor(RULE);
        cell.setHorizontalAlignment(number ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return cell;
    }

    /** A label above a line to sign or write on. */
    private static PdfPCell signatureCell(String label, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(label, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setMinimumHeight(42);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setPaddingBottom(4);
        cell.setPaddingRight(12);
        return cell;
    }

    private static Paragraph spacer(float points) {
        Paragraph spacer = new Paragraph(new Chunk(" "));
        spacer.setSpacingBefore(0);
        spacer.setLeading(points);
        return spacer;
    }
}
