package id.lunas.web.customerpayment;

import id.lunas.customerpayment.CustomerPaymentService;
import id.lunas.customerpayment.PaymentFilter;
import id.lunas.customerpayment.PaymentMethod;
import id.lunas.customerpayment.PaymentQueries;
import id.lunas.customerpayment.PaymentSort;
import id.lunas.customerpayment.PaymentStatus;
import id.lunas.customerpayment.PaymentSummary;
import id.lunas.platform.BusinessClock;
import id.lunas.platform.PageRequest;
import id.lunas.shared.DomainException;
import id.lunas.web.faces.FieldMessages;
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

/**
 * The Customer Payment list: filters that live in the URL (so a filtered view can be bookmarked),
 * one page of rows at a time from the database, and the Resolve dialog.
 */
@Named("paymentList")
@ViewScoped
public class PaymentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PaymentQueries queries;

    @Inject
    transient CustomerPaymentService payments;

    @Inject
    transient BusinessClock clock;

    private PaymentStatus status;
    private PaymentMethod method;
    private String search;

    private String resolving;
    private LocalDate resolvedDate;

    private final LazyDataModel<PaymentSummary> rows = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) queries.list(filter(), PaymentSort.NEWEST_FIRST, new PageRequest(0, 1)).totalItems();
        }

        @Override
        public List<PaymentSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return queries.list(filter(), PaymentSort.NEWEST_FIRST, new PageRequest(first / pageSize, pageSize)).items();
        }

        @Override
        public String getRowKey(PaymentSummary payment) {
            return payment.number();
        }
    };

    private PaymentFilter filter() {
        return new PaymentFilter(status, method, null, null, null, search, null);
    }

    public void prepareResolve(String number) {
        resolving = number;
        resolvedDate = clock.today();
    }

    public void resolve() {
        try {
            payments.resolve(resolving, resolvedDate, null);
            FieldMessages.info("Payment " + resolving + " is Completed, resolved on " + resolvedDate);
        } catch (DomainException refusal) {
            FieldMessages.show(refusal, "resolveForm");
        }
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
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

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getResolving() {
        return resolving;
    }

    public LocalDate getResolvedDate() {
        return resolvedDate;
    }

    public void setResolvedDate(LocalDate resolvedDate) {
        this.resolvedDate = resolvedDate;
    }
}
