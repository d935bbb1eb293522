package id.lunas.web.platform.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.lunas.domain.shared.AmountInWords;
import id.lunas.domain.shared.LocaleFormats;
import id.lunas.web.platform.faces.Messages;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Lunas' one way of printing a document (deposit slips now; receipts and reports next): a page
 * format, a heading, labelled fields, a table with its total row, a line of text and signature
 * boxes, in the one type face every document shares. Built on OpenPDF; callers never touch it.
 */
public final class PdfDocument implements AutoCloseable {

    /** A4 portrait, or the half A4 (A5 landscape) slip that bank counters accept. */
    public enum Format {
        A4, HALF_A4;

        Rectangle pageSize() {
            return this == A4 ? PageSize.A4 : PageSize.A5.rotate();
        }
    }

    /** One column of a table: its title, its relative width, and whether it holds figures (right-aligned). */
    public record Column(String title, float width, boolean figures) {
    }

    private static final Font TITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
    private static final Font PLAIN = new Font(Font.HELVETICA, 8.5f, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 7, Font.NORMAL);

    private final Document document;
    private final Format format;

    private PdfDocument(Format format, OutputStream out, String title) {
        this.format = format;
        float margin = format == Format.A4 ? 40 : 24;
        document = new Document(format.pageSize(), margin, margin, margin, margin);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Lunas");
        document.open();
    }

    public static PdfDocument open(Format format, OutputStream out, String title) {
        return new PdfDocument(format, out, title);
    }

    /** The document's title with, on the right, who issues it (the company). */
    public void heading(String title, String issuer) {
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(100);
        table.addCell(borderless(new Phrase(title, TITLE), Element.ALIGN_LEFT));
        table.addCell(borderless(new Phrase(issuer, BOLD), Element.ALIGN_RIGHT));
        add(table);
        space();
    }

    /** Label and value pairs, two pairs to a row. */
    public void fields(List<String[]> labelled) {
        PdfPTable table = new PdfPTable(new float[] {1.2f, 2, 1.2f, 2});
        table.setWidthPercentage(100);
        for (String[] pair : labelled) {
            table.addCell(borderless(new Phrase(pair[0], SMALL), Element.ALIGN_LEFT));
            table.addCell(borderless(new Phrase(pair[1], BOLD), Element.ALIGN_LEFT));
        }
        if (labelled.size() % 2 == 1) {
            table.addCell(borderless(new Phrase(""), Element.ALIGN_LEFT));
            table.addCell(borderless(new Phrase(""), Element.ALIGN_LEFT));
        }
        add(table);
        space();
    }

    /**
     * A table whose header repeats on every page, closed by a total row under the last column, or by
     * none when {@code totalLabel} is null.
     */
    public void table(List<Column> columns, List<List<String>> rows, String totalLabel, String total) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (Column column : columns) {
            PdfPCell cell = cell(column.title(), BOLD, column);
            cell.setGrayFill(0.9f);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                table.addCell(cell(row.get(i), PLAIN, columns.get(i)));
            }
        }
        if (totalLabel != null) {
            PdfPCell label = new PdfPCell(new Phrase(totalLabel, BOLD));
            label.setColspan(columns.size() - 1);
            label.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(label);
            table.addCell(cell(total, BOLD, columns.get(columns.size() - 1)));
        }
        add(table);
        space();
    }

    /**
     * The amount in words: always in Indonesian (terbilang), which banks and customers read, and in
     * the document's language too when that is another one.
     */
    public void inWords(BigDecimal amount, Locale locale) {
        line(Messages.text(LocaleFormats.INDONESIAN, "document.inWords"),
                AmountInWords.of(amount, LocaleFormats.INDONESIAN));
        if (!LocaleFormats.indonesian(locale)) {
            line(Messages.text(locale, "document.inWords"), AmountInWords.of(amount, locale));
        }
    }

    public void line(String label, String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Phrase(label + " ", SMALL));
        paragraph.add(new Phrase(text, BOLD));
        add(paragraph);
    }

    /** Boxes to sign in, one per role, side by side. */
    public void signatures(List<String> roles) {
        space();
        PdfPTable table = new PdfPTable(roles.size());
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        for (String role : roles) {
            PdfPCell cell = new PdfPCell(new Phrase(role, SMALL));
            cell.setFixedHeight(format == Format.A4 ? 70 : 52);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
        add(table);
    }

    @Override
    public void close() {
        document.close();
    }

    private static PdfPCell cell(String text, Font font, Column column) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setHorizontalAlignment(column.figures() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }

    private static PdfPCell borderless(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPaddingBottom(2);
        return cell;
    }

    private void space() {
        add(new Paragraph(" ", SMALL));
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF library refused a part of the document", e);
        }
    }
}
