package id.lunas.web.audit.faces;

import id.lunas.service.audit.BackdatedPayment;
import id.lunas.service.audit.BackdatedPaymentQueries;
import id.lunas.web.platform.faces.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Month-end > Backdating report: payments dated days before they were entered, the furthest back first. */
@Named("backdating")
@ViewScoped
public class BackdatingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackdatedPaymentQueries backdated;

    private int minDays = 7;
    private String enteredBy;
    private final PagedRows<BackdatedPayment> rows = new PagedRows<>("filters",
            request -> backdated.list(minDays, enteredBy, request));

    public PagedRows<BackdatedPayment> getRows() {
        return rows;
    }

    public int getMinDays() {
        return minDays;
    }

    public void setMinDays(int minDays) {
        this.minDays = minDays;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public void setEnteredBy(String enteredBy) {
        this.enteredBy = enteredBy;
    }
}
