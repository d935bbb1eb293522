package id.lunas.web.girodeposit.faces;

import id.lunas.domain.girodeposit.GiroDepositStatus;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.girodeposit.GiroDepositDetails;
import id.lunas.service.girodeposit.GiroDepositQueries;
import id.lunas.service.girodeposit.GiroDepositService;
import id.lunas.service.platform.BusinessClock;
import id.lunas.web.customerpayment.faces.PaymentChanged;
import id.lunas.web.girodeposit.slip.DepositSlip;
import id.lunas.web.platform.documents.PdfDocument;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.Downloads;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.Pages;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** One deposit: its giros and slip, and the bank's answer (resolve all, reject one) or its cancellation. */
@Named("giroDeposit")
@ViewScoped
public class GiroDepositBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GiroDepositQueries queries;

    @Inject
    transient GiroDepositService deposits;

    @Inject
    transient DepositSlip slip;

    @Inject
    transient BusinessClock clock;

    private String number;
    private GiroDepositDetails deposit;
    private LocalDate creditDate;

    public void load() throws IOException {
        try {
            deposit = queries.get(number == null ? "" : number.strip());
        } catch (NotFoundException unknown) {
            Pages.notFound("No deposit " + number);
            return;
        }
        if (creditDate == null) {
            creditDate = clock.today();
        }
    }

    void reload(@Observes(notifyObserver = Reception.IF_EXISTS) PaymentChanged change) {
        if (deposit != null) {
            deposit = queries.get(deposit.number());
        }
    }

    public void resolve() {
        Actions.call("bankAnswer", field -> "creditDate", () -> deposits.resolve(deposit.number(), creditDate))
                .ifPresent(resolved -> {
                    deposit = resolved;
                    FieldMessages.info("deposit.resolved", resolved.number(), resolved.giroCount());
                });
    }

    public void cancel() {
        Actions.call("bankAnswer", field -> "creditDate", () -> deposits.cancel(deposit.number()))
                .ifPresent(cancelled -> {
                    deposit = cancelled;
                    FieldMessages.info("deposit.cancelled", cancelled.number());
                });
    }

    public void slipA4() throws IOException {
        print(PdfDocument.Format.A4);
    }

    public void slipHalf() throws IOException {
        print(PdfDocument.Format.HALF_A4);
    }

    private void print(PdfDocument.Format format) throws IOException {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Downloads.send(DepositSlip.fileName(deposit, format), "application/pdf",
                out -> slip.write(deposit, format, locale, out));
    }

    public boolean isOpen() {
        return deposit != null && deposit.status() == GiroDepositStatus.OPEN;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public GiroDepositDetails getDeposit() {
        return deposit;
    }

    public LocalDate getCreditDate() {
        return creditDate;
    }

    public void setCreditDate(LocalDate creditDate) {
        this.creditDate = creditDate;
    }
}
