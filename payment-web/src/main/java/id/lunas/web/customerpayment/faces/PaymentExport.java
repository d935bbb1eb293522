package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentSummary;
import id.lunas.service.platform.BusinessClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Exports the Customer Payment list as filtered and sorted on screen, to CSV or Excel. Rows are
 * read and written a thousand at a time, so a large export never sits in memory.
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

    public void csv() throws IOException {
        export("csv", "text/csv; charset=UTF-8", PaymentCsv::new);
    }

    public void excel() throws IOException {
        export("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PaymentXlsx::new);
    }

    private void export(String extension, String contentType, SheetOpener opener) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        response.setResponseHeader("Content-Disposition",
                "attachment; filename=\"customer-payments-" + clock.today() + "." + extension + "\"");
        try (PaymentSheet sheet = opener.open(response.getResponseOutputStream())) {
            int offset = 0;
            List<PaymentSummary> rows;
            do {
                rows = queries.rows(list.filter(), list.currentSort(), offset, BATCH);
                for (PaymentSummary row : rows) {
                    sheet.write(row);
                }
                offset += BATCH;
            } while (rows.size() == BATCH && offset < MAX_ROWS);
        }
        faces.responseComplete();
    }

    @FunctionalInterface
    private interface SheetOpener {
        PaymentSheet open(OutputStream out) throws IOException;
    }
}
