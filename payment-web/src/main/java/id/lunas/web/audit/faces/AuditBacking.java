package id.lunas.web.audit.faces;

import id.lunas.domain.customerpayment.PaymentAction;
import id.lunas.service.audit.AuditEntry;
import id.lunas.service.audit.EventFilter;
import id.lunas.service.audit.PaymentEventQueries;
import id.lunas.service.platform.Page;
import id.lunas.service.platform.PageRequest;
import id.lunas.web.platform.faces.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private Page<AuditEntry> last;

    private final LazyDataModel<AuditEntry> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return last == null ? 0 : Math.toIntExact(last.totalItems());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            last = Actions.call("filters", field -> field, () -> events.list(filter(),
                    new PageRequest(first / pageSize, pageSize))).orElse(null);
            if (last != null) {
                setRowCount(Math.toIntExact(last.totalItems()));
            }
            return last == null ? List.of() : last.items();
        }
    };

    private EventFilter filter() {
        return new EventFilter(user, action, from, to, customerCode);
    }

    public PaymentAction[] getActions() {
        return PaymentAction.values();
    }

    public LazyDataModel<AuditEntry> getRows() {
        return rows;
    }

    /** "1–50 of 1,234", or "more than" once the count stops. */
    public boolean isCountExact() {
        return last == null || last.totalExact();
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
