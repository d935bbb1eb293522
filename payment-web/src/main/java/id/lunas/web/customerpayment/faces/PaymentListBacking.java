package id.lunas.web.customerpayment.faces;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.domain.customerpayment.PaymentStatus;
import id.lunas.service.customer.CustomerView;
import id.lunas.service.customerpayment.PaymentFilter;
import id.lunas.service.customerpayment.PaymentQueries;
import id.lunas.service.customerpayment.PaymentSort;
import id.lunas.service.customerpayment.PaymentSummary;
import id.lunas.service.platform.BusinessClock;
import id.lunas.service.platform.ListTotal;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import id.lunas.web.platform.faces.Formats;
import id.lunas.web.platform.faces.Messages;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The Customer Payment list: filters that live in the URL (so a filtered view can be bookmarked),
 * one page of rows at a time from the database, sorted there by the clicked column.
 */
@Named("paymentList")
@ViewScoped
public class PaymentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentQueries queries;

    @Inject
    transient Formats formats;

    @Inject
    transient BusinessClock clock;

    private PaymentStatus status;
    private PaymentMethod method;
    private CustomerView customer;
    private LocalDate from;
    private LocalDate to;
    private boolean overdueOnly;
    private LocalDate clearedFrom;
    private LocalDate clearedTo;
    private String search;

    private List<PaymentSummary> shown = List.of();
    private PaymentSort sort = PaymentSort.NEWEST_FIRST;
    private String changed;
    private ListTotal total = ListTotal.exactly(0);

    private final LazyDataModel<PaymentSummary> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (changed == null) {
                total = filter().map(f -> queries.countUpTo(f, ListTotal.EXACT_COUNT_LIMIT))
                        .orElse(ListTotal.exactly(0));
            }
            return Math.toIntExact(total.atLeast());
        }

        @Override
        public List<PaymentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            if (changed != null) {
                shown = shown.stream().map(row -> row.number().equals(changed)
                        ? queries.summary(changed).orElse(row) : row).toList();
                changed = null;
            } else {
                sort = sort(sortBy);
                shown = filter().map(f -> queries.rows(f, sort, first, pageSize)).orElse(List.of());
            }
            return shown;
        }

        @Override
        public String getRowKey(PaymentSummary payment) {
            return payment.number();
        }

        /** A ticked row (bulk resolve) is one of the page on screen; a number from elsewhere ticks nothing. */
        @Override
        public PaymentSummary getRowData(String rowKey) {
            return shown.stream().filter(row -> row.number().equals(rowKey)).findFirst().orElse(null);
        }
    };

    /**
     * A dialog changed a row: show it changed in place (Resolve turns it Completed) rather than let
     * it vanish from an Active filter under the user's eyes; the filter applies again on the next page.
     */
    void showInPlace(@Observes(notifyObserver = Reception.IF_EXISTS) PaymentChanged change) {
        changed = change.number();
    }

    /** The filters as the service reads them; empty, with the refusal next to the filter, when they contradict each other. */
    Optional<PaymentFilter> filter() {
        return Actions.call("filters", FieldMessages::componentId, () -> new PaymentFilter(status, method,
                customer == null ? null : customer.code(), from, to, search, overdueOnly ? Boolean.TRUE : null)
                .clearedBetween(clearedFrom, clearedTo));
    }

    /** The money of every payment the filters match: exact up to the count's limit, "at least" beyond. */
    public String getTotalAmount() {
        String amount = formats.amount(total.amount());
        return total.exact() ? amount : Messages.text("payment.atLeast", amount);
    }

    /**
     * The pager's "1–50 of 1,234"; past {@value ListTotal#EXACT_COUNT_LIMIT} payments it says
     * "more than" rather than count a quarter of a million Active giros on every page.
     */
    public String getPageReport() {
        return total.exact() ? Messages.text("payment.pageReport")
                : Messages.text("payment.pageReportMore", ListTotal.EXACT_COUNT_LIMIT);
    }

    /** The order the user last sorted the table in, for the export. */
    PaymentSort currentSort() {
        return sort;
    }

    static PaymentSort sort(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream().filter(meta -> meta.getOrder() != SortOrder.UNSORTED).findFirst()
                .map(meta -> PaymentSort.parse(meta.getField() + (meta.getOrder() == SortOrder.DESCENDING
                        ? ",desc" : ",asc")))
                .orElse(PaymentSort.NEWEST_FIRST);
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    /** The business day the rows' giro places are read for. */
    public LocalDate getToday() {
        return clock.today();
    }

    public LazyDataModel<PaymentSummary> getRows() {
        return rows;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public CustomerView getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerView customer) {
        this.customer = customer;
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

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getClearedFrom() {
        return clearedFrom;
    }

    public void setClearedFrom(LocalDate clearedFrom) {
        this.clearedFrom = clearedFrom;
    }

    public LocalDate getClearedTo() {
        return clearedTo;
    }

    public void setClearedTo(LocalDate clearedTo) {
        this.clearedTo = clearedTo;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
