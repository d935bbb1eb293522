package id.lunas.web.receivable.faces;

import id.lunas.domain.receivable.AgingBucket;
import id.lunas.domain.shared.LocaleFormats;
import id.lunas.domain.shared.MessageCatalog;
import id.lunas.service.receivable.ArAging;
import id.lunas.service.receivable.ArAgingQuery;
import id.lunas.service.receivable.CustomerAging;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.documents.PdfDocument.Column;
import id.lunas.web.platform.export.SpreadsheetWriter;
import id.lunas.web.platform.export.XlsxWriter;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Sales > A/R aging: on a day, per customer, what is owed by lateness and what is clearing; Excel and PDF. */
@Named("arAging")
@ViewScoped
public class ArAgingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ArAgingQuery query;

    private LocalDate asOf;
    private ArAging aging;

    public void load() {
        aging = query.on(asOf);
        asOf = aging.asOf();
    }

    public AgingBucket[] getBuckets() {
        return AgingBucket.values();
    }

    public void excel() throws IOException {
        Downloads.send(fileName("xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out -> {
            try (SpreadsheetWriter sheet = new XlsxWriter(out, Messages.text("aging.title"))) {
                sheet.header(titles(locale()));
                for (CustomerAging customer : aging.customers()) {
                    sheet.row(cells(customer, customer.customerCode(), customer.customerName()));
                }
                sheet.footer(cells(aging.totals(), Messages.text("slip.total"), null));
            }
        });
    }

    public void pdf() throws IOException {
        Locale locale = locale();
        Downloads.send(fileName("pdf"), "application/pdf", out -> {
            try (PdfDocument pdf = PdfDocument.open(PdfDocument.Format.A4, out, Messages.text("aging.title"))) {
                pdf.heading(Messages.text("aging.titleOn", LocaleFormats.date(aging.asOf(), locale)), "");
                List<Column> columns = new ArrayList<>();
                List<String> titles = titles(locale);
                for (int i = 0; i < titles.size(); i++) {
                    columns.add(new Column(titles.get(i), i < 2 ? 1.6f : 1.2f, i >= 2));
                }
                List<List<String>> rows = new ArrayList<>(aging.customers().stream()
                        .map(c -> printed(cells(c, c.customerCode(), c.customerName()), locale)).toList());
                List<String> totals = printed(cells(aging.totals(), "", Messages.text("slip.total")), locale);
                rows.add(totals);
                pdf.table(columns, rows, Messages.text("aging.inClearing"), totals.get(totals.size() - 1));
            }
        });
    }

    private List<String> titles(Locale locale) {
        List<String> titles = new ArrayList<>(List.of(Messages.text("aging.customerCode"),
                Messages.text("payment.customer")));
        for (AgingBucket bucket : AgingBucket.values()) {
            titles.add(MessageCatalog.label(bucket, locale));
        }
        titles.add(Messages.text("aging.total"));
        titles.add(Messages.text("aging.inClearing"));
        return titles;
    }

    private static List<Object> cells(CustomerAging row, String code, String name) {
        List<Object> cells = new ArrayList<>();
        cells.add(SpreadsheetWriter.inert(code));
        cells.add(SpreadsheetWriter.inert(name));
        for (AgingBucket bucket : AgingBucket.values()) {
            cells.add(row.outstanding().get(bucket));
        }
        cells.add(row.total());
        cells.add(row.inClearing());
        return cells;
    }

    private static List<String> printed(List<Object> cells, Locale locale) {
        return cells.stream().map(cell -> cell instanceof BigDecimal money ? LocaleFormats.amount(money, locale)
                : cell == null ? "" : cell.toString()).toList();
    }

    private String fileName(String extension) {
        return "ar-aging-" + aging.asOf() + "." + extension;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public ArAging getAging() {
        return aging;
    }
}
