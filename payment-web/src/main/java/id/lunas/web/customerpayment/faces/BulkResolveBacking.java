package id.lunas.web.customerpayment.faces;

import id.lunas.service.customerpayment.CustomerPaymentService;
import id.lunas.service.customerpayment.PaymentSummary;
import id.lunas.service.platform.BusinessClock;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk resolve on the Customer Payment list: the ticked payments, one Resolved Date, Save. All or
 * nothing; a refusal names every refused payment with its reason above the list.
 */
@Named("bulkResolve")
@ViewScoped
public class BulkResolveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CustomerPaymentService payments;

    @Inject
    transient BusinessClock clock;

    private List<PaymentSummary> selected = new ArrayList<>();
    private LocalDate resolvedDate;

    public void save() {
        List<String> numbers = selected.stream().map(PaymentSummary::number).toList();
        Actions.call("list", field -> "resolvedDate".equals(field) ? "bulkResolvedDate" : "bulkRefusals",
                () -> payments.resolveAll(getResolvedDate(), numbers)).ifPresent(resolved -> {
                    FieldMessages.info("bulk.resolved", resolved.size(), getResolvedDate());
                    selected = new ArrayList<>();
                });
    }

    /** The count the Save button shows. */
    public int getCount() {
        return selected.size();
    }

    public List<PaymentSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<PaymentSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public LocalDate getResolvedDate() {
        return resolvedDate == null ? clock.today() : resolvedDate;
    }

    public void setResolvedDate(LocalDate resolvedDate) {
        this.resolvedDate = resolvedDate;
    }
}
