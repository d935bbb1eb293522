package id.lunas.web.invoice.faces;

import id.lunas.service.invoice.InvoiceService;
import id.lunas.service.invoice.InvoiceView;
import id.lunas.web.platform.faces.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** One invoice, its figures and every payment that touched it. */
@Named("invoiceDetail")
@ViewScoped
public class InvoiceDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InvoiceService invoices;

    private String number;
    private InvoiceView invoice;

    public void load() throws IOException {
        invoice = number == null ? null : invoices.find(number.strip()).orElse(null);
        if (invoice == null) {
            Pages.notFound("No invoice " + number);
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public InvoiceView getInvoice() {
        return invoice;
    }
}
