package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentHistoryEntry;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.web.customerpayment.receipt.PaymentReceipt;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.Pages;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One payment: its fields, allocations, giro and history; an unknown number is the not-found page. */
@Named("paymentDetail")
@ViewScoped
public class PaymentDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentQueries queries;

    @Inject
    transient PaymentReceipt receipts;

    private String number;
    private PaymentDetails payment;
    private List<PaymentHistoryEntry> history;

    public void load() throws IOException {
        payment = number == null ? null : queries.find(number.strip()).orElse(null);
        if (payment == null) {
            Pages.notFound("No payment " + number);
            return;
        }
        history = queries.history(payment.number());
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) PaymentChanged change) {
        if (payment != null && payment.number().equals(change.number())) {
            payment = queries.require(change.number());
            history = queries.history(change.number());
        }
    }

    /** The receipt (kwitansi) as a download, in the page's language. */
    public void receipt() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<PaymentDetails> printable = Actions.call("receiptForm", field -> "receipt",
                () -> queries.receipt(payment.number()));
        if (printable.isEmpty()) {
            return;
        }
        Downloads.send(PaymentReceipt.fileName(printable.get()), "application/pdf",
                out -> receipts.write(printable.get(), faces.getViewRoot().getLocale(), out));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public PaymentDetails getPayment() {
        return payment;
    }

    public List<PaymentHistoryEntry> getHistory() {
        return history;
    }
}
