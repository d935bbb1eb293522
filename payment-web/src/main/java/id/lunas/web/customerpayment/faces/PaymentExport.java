package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentFilter;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentSummary;
import id.lunas.service.platform.BusinessClock;
import id.lunas.web.platform.export.CsvWriter;
import id.lunas.web.platform.export.SpreadsheetWriter;
import id.lunas.web.platform.export.XlsxWriter;
import id.lunas.web.platform.faces.Formats;
import id.lunas.web.platform.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Exports the Customer Payment list as filtered and sorted on screen, to CSV or Excel, in the user's
 * language (headers, statuses, methods), with the total at the foot. Rows are read and written a
 * thousand at a time, so a large export never sits in memory.
 */
@Named("paymentExport")
@RequestScoped
public class PaymentExport {

    /** Beyond this a spreadsheet is the wrong tool; the REST API pages through everything. */
    static final int MAX_ROWS = 50_000;
    private static final int BATCH = 1_000;

    @Inject
    PaymentListBacking list;

    @Inject
    PaymentQueries queries;

    @Inject
    BusinessClock clock;

    @Inject
    Formats formats;

    public void csv() throws IOException {
        export("csv", "text/csv; charset=UTF-8", CsvWriter::new);
    }

    public void excel() throws IOException {
        export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> new XlsxWriter(out, Messages.text("menu.customerPayment")));
    }

    private void export(String extension, String contentType, WriterOpener opener) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        PaymentFilter filter = list.filter().orElse(null);
        if (filter == null) {
            return;
        }
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        response.setResponseHeader("Content-Disposition",
                "attachment; filename=\"customer-payments-" + clock.today() + "." + extension + "\"");
        try (SpreadsheetWriter sheet = opener.open(response.getResponseOutputStream())) {
            write(sheet, filter);
        }
        faces.responseComplete();
    }

    void write(SpreadsheetWriter sheet, PaymentFilter filter) throws IOException {
        sheet.header(headers());
        int offset = 0;
        long count = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<PaymentSummary> rows;
        do {
            rows = queries.rows(filter, list.currentSort(), offset, BATCH);
            for (PaymentSummary row : rows) {
                sheet.row(cells(row));
                count++;
                total = total.add(row.amount());
            }
            offset += BATCH;
        } while (rows.size() == BATCH && offset < MAX_ROWS);
        sheet.footer(Arrays.asList(Messages.text("payment.total"), null, null,
                Messages.text("payment.totalCount", count), null, null, total));
    }

    static List<String> headers() {
        return List.of(Messages.text("payment.number"), Messages.text("payment.date"),
                Messages.text("export.customerCode"), Messages.text("payment.customer"), Messages.text("payment.method"),
                Messages.text("payment.bankAccount"), Messages.text("payment.amount"), Messages.text("payment.status"),
                Messages.text("payment.overdue"), Messages.text("payment.resolvedDate"),
                Messages.text("detail.giroNumber"), Messages.text("detail.effectiveDate"));
    }

    List<Object> cells(PaymentSummary p) {
        return Arrays.asList(p.number(), p.paymentDate(), p.customerCode(), p.customerName(),
                formats.label(p.method()), p.bankAccountCode(), p.amount(), formats.label(p.status()),
                Messages.text(p.overdue() ? "app.yes" : "app.no"), p.resolvedDate(), p.giroNumber(),
                p.giroEffectiveDate());
    }

    @FunctionalInterface
    private interface WriterOpener {
        SpreadsheetWriter open(OutputStream out) throws IOException;
    }
}
