package id.lunas.web.customerpayment.faces;

import id.lunas.domain.customerpayment.RejectionReason;
import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentDetails;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.platform.BusinessClock;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.Formats;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The row actions' dialogs (Confirm, Resolve, Giro rejected, Cancel) wherever payments are listed.
 * Each asks the service, which holds the rules; a refusal comes back as field messages in the dialog.
 */
@Named
@ViewScoped
public class PaymentActions implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerPaymentService payments;

    @Inject
    transient BusinessClock clock;

    @Inject
    transient PaymentQueries queries;

    @Inject
    transient Formats formats;

    @Inject
    transient Event<PaymentChanged> changed;

    private String number;
    private LocalDate resolvedDate;
    private LocalDate rejectedDate;
    private RejectionReason reasonCode;
    private String note;
    private String reason;
    private String creditNote;

    /** Opens a dialog for one payment with its defaults: today for the dates, nothing else filled in. */
    public void prepare(String paymentNumber) {
        number = paymentNumber;
        creditNote = queries.find(paymentNumber).map(PaymentActions::creditNoteOf).orElse(null);
        resolvedDate = clock.today();
        rejectedDate = clock.today();
        reasonCode = null;
        note = null;
        reason = null;
    }

    /** What the confirm dialog says before a held giro or one to verify is confirmed; none otherwise. */
    private static String creditNoteOf(PaymentDetails payment) {
        if (payment.creditHold()) {
            return "payment.creditHold";
        }
        return payment.verificationRequired() ? "payment.toVerify" : null;
    }

    public String getCreditNote() {
        return creditNote;
    }

    public void confirm() {
        run("confirmForm", () -> payments.confirm(number, null), "confirm.done", number);
    }

    public void resolve() {
        run("resolveForm", () -> payments.resolve(number, resolvedDate, null), "resolve.done", number,
                formats.date(resolvedDate));
    }

    public void rejectGiro() {
        run("rejectForm", () -> payments.rejectGiro(number, rejectedDate, reasonCode, note, null), "reject.done", number);
    }

    public void cancel() {
        run("cancelForm", () -> payments.cancel(number, reason, null), "cancel.done", number);
    }

    private void run(String form, Runnable change, String doneKey, Object... doneArguments) {
        if (Actions.run(form, change)) {
            changed.fire(new PaymentChanged(number));
            FieldMessages.info(doneKey, doneArguments);
        }
    }

    public RejectionReason[] getReasons() {
        return RejectionReason.values();
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getResolvedDate() {
        return resolvedDate;
    }

    public void setResolvedDate(LocalDate resolvedDate) {
        this.resolvedDate = resolvedDate;
    }

    public LocalDate getRejectedDate() {
        return rejectedDate;
    }

    public void setRejectedDate(LocalDate rejectedDate) {
        this.rejectedDate = rejectedDate;
    }

    public RejectionReason getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(RejectionReason reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
