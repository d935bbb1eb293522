package id.lunas.web.collection.faces;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.collection.CollectorPaidQuery;
import id.lunas.service.collection.CollectorPaidReport;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.export.SpreadsheetWriter;
import id.lunas.web.platform.export.XlsxWriter;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Month-end > A/R paid by collector: per collector and method what the handovers received, with shortages. */
@Named("collectorPayments")
@ViewScoped
public class CollectorPaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CollectorPaidQuery query;

    private LocalDate from;
    private LocalDate to;
    private CollectorPaidReport report;

    public void load() {
        Actions.call("filters", field -> field, () -> query.between(from, to)).ifPresent(read -> {
            report = read;
            from = read.from();
            to = read.to();
        });
    }

    /** The collectors and, last, the totals row. */
    public List<CollectorPaidReport.Row> getRows() {
        if (report == null) {
            return List.of();
        }
        List<CollectorPaidReport.Row> rows = new ArrayList<>(report.collectors());
        rows.add(report.totals());
        return rows;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public void excel() throws IOException {
        Locale locale = locale();
        Downloads.send(fileName("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out -> {
            try (SpreadsheetWriter sheet = new XlsxWriter(out, Messages.text("collectorPayments.title"))) {
                sheet.header(headers(locale));
                for (CollectorPaidReport.Row row : report.collectors()) {
                    sheet.row(cells(row));
                }
                sheet.footer(cells(report.totals()));
            }
        });
    }

    public void pdf() throws IOException {
        Locale locale = locale();
        Downloads.send(fileName("pdf"), "application/pdf", out -> {
            try (PdfDocument pdf = PdfDocument.open(PdfDocument.Format.A4, out, Messages.text("collectorPayments.title"))) {
                pdf.heading(Messages.text("collectorPayments.titleOf", LocaleFormats.date(report.from(), locale),
                        LocaleFormats.date(report.to(), locale)), "");
                List<Column> columns = new ArrayList<>();
                List<String> titles = headers(locale);
                for (int i = 0; i < titles.size(); i++) {
                    columns.add(new Column(titles.get(i), i == 0 ? 2 : 1.3f, i > 0));
                }
                pdf.table(columns, getRows().stream().map(row -> {
                    List<String> cells = new ArrayList<>();
                    cells.add(collectorOf(row));
                    cells.add(LocaleFormats.count(row.handovers(), locale));
                    for (PaymentMethod method : PaymentMethod.values()) {
                        cells.add(LocaleFormats.amount(row.amounts().get(method), locale));
                    }
                    cells.add(LocaleFormats.amount(row.total(), locale));
                    cells.add(LocaleFormats.amount(row.shortage(), locale));
                    cells.add(LocaleFormats.amount(row.surplus(), locale));
                    return cells;
                }).toList(), null, null);
            }
        });
    }

    private static List<Object> cells(CollectorPaidReport.Row row) {
        List<Object> cells = new ArrayList<>();
        cells.add(collectorOf(row));
        cells.add((long) row.handovers());
        for (PaymentMethod method : PaymentMethod.values()) {
            cells.add(row.amounts().get(method));
        }
        cells.add(row.total());
        cells.add(row.shortage());
        cells.add(row.surplus());
        return cells;
    }

    private static List<String> headers(Locale locale) {
        List<String> titles = new ArrayList<>();
        titles.add(Messages.text("handover.collector"));
        titles.add(Messages.text("collectorPayments.handovers"));
        for (PaymentMethod method : PaymentMethod.values()) {
            titles.add(MessageCatalog.label(method, locale));
        }
        titles.add(Messages.text("slip.total"));
        titles.add(Messages.text("collectorPayments.shortage"));
        titles.add(Messages.text("collectorPayments.surplus"));
        return titles;
    }

    private static String collectorOf(CollectorPaidReport.Row row) {
        return row.collector() == null ? Messages.text("slip.total") : row.collector();
    }

    private String fileName(String extension) {
        return "collector-payments-" + report.from() + "-" + report.to() + "." + extension;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public CollectorPaidReport getReport() {
        return report;
    }
}
