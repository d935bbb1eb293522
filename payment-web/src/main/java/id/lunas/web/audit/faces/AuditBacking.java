package id.lunas.web.audit.faces;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.service.audit.AuditEntry;
import id.lunas.service.audit.EventFilter;
import id.lunas.service.audit.PaymentEventQueries;
import id.lunas.web.platform.faces.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** Sales > Audit trail: every payment's events, newest first, filtered, a page at a time. */
@Named("audit")
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentEventQueries events;

    private String user;
    private PaymentAction action;
    private LocalDate from;
    private LocalDate to;
    private String customerCode;
    private final PagedRows<AuditEntry> rows = new PagedRows<>("filters", request -> events.list(filter(), request));

    private EventFilter filter() {
        return new EventFilter(user, action, from, to, customerCode);
    }

    public PaymentAction[] getActions() {
        return PaymentAction.values();
    }

    public PagedRows<AuditEntry> getRows() {
        return rows;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public PaymentAction getAction() {
        return action;
    }

    public void setAction(PaymentAction action) {
        this.action = action;
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

    public String getCustomerCode() {
        return customerCode;
    }

    public void setCustomerCode(String customerCode) {
        this.customerCode = customerCode;
    }
}
