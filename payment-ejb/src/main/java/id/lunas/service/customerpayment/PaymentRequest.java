package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A payment as a client enters it, references by code/number. The same shape serves back office and SFA.
 * {@code backdateReason}: why the payment date lies further back than the backdating allowance.
 */
public record PaymentRequest(String customerCode, LocalDate paymentDate, PaymentMethod method, String bankAccountCode,
                             String collector, BigDecimal amount, GiroRequest giro,
                             List<AllocationRequest> allocations, String note, boolean awaitClearing,
                             String backdateReason) {

    public PaymentRequest {
        allocations = allocations == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(allocations));
    }

    public record GiroRequest(String number, String drawerBank, String drawerName, LocalDate issueDate,
                              LocalDate effectiveDate) {
    }
}
