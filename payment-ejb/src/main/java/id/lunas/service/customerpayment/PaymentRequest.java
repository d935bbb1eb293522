package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A payment as a client enters it, references by code/number. The same shape serves back office and SFA.
 * {@code backdateReason}: why the payment date lies further back than the backdating allowance;
 * {@code collectionListNumber}: the collection list (SC-) a field collection was made against.
 */
public record PaymentRequest(String customerCode, LocalDate paymentDate, PaymentMethod method, String bankAccountCode,
                             String collector, BigDecimal amount, GiroRequest giro,
                             List<AllocationRequest> allocations, String note, boolean awaitClearing,
                             String backdateReason, String collectionListNumber) {

    public PaymentRequest {
        allocations = allocations == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(allocations));
    }

    /** A payment made against no collection list. */
    public PaymentRequest(String customerCode, LocalDate paymentDate, PaymentMethod method, String bankAccountCode,
                          String collector, BigDecimal amount, GiroRequest giro, List<AllocationRequest> allocations,
                          String note, boolean awaitClearing, String backdateReason) {
        this(customerCode, paymentDate, method, bankAccountCode, collector, amount, giro, allocations, note,
                awaitClearing, backdateReason, null);
    }

    public record GiroRequest(String number, String drawerBank, String drawerName, String drawerAccount,
                              LocalDate issueDate, LocalDate effectiveDate) {

        /** A sheet given without its drawer's account. */
        public GiroRequest(String number, String drawerBank, String drawerName, LocalDate issueDate,
                           LocalDate effectiveDate) {
            this(number, drawerBank, drawerName, null, issueDate, effectiveDate);
        }
    }
}
