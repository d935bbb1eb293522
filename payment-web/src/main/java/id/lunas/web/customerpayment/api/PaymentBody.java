package id.lunas.web.customerpayment.api;

import id.lunas.domain.customerpayment.PaymentMethod;
import id.lunas.service.customerpayment.AllocationRequest;
import id.lunas.service.customerpayment.PaymentRequest.GiroRequest;
import id.lunas.service.customerpayment.PaymentRequest;
import id.lunas.web.platform.api.Fields;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The JSON of {@code POST /api/payments} and {@code POST /api/collections}. */
public record PaymentBody(String customerCode, String paymentDate, String method, String bankAccountCode,
                          String collector, BigDecimal amount, GiroBody giro, List<AllocationBody> allocations,
                          String note, Boolean awaitClearing, String backdateReason, String collectionListNumber) {

    public record GiroBody(String number, String drawerBank, String drawerName, String drawerAccount,
                           String issueDate, String effectiveDate) {
    }

    public record AllocationBody(String invoiceNumber, BigDecimal amount) {
    }

    PaymentRequest toRequest() {
        Fields fields = new Fields();
        PaymentMethod paymentMethod = fields.choice("method", PaymentMethod.class, method);
        GiroRequest giroRequest = giro == null ? null : new GiroRequest(giro.number(), giro.drawerBank(),
                giro.drawerName(), giro.drawerAccount(), fields.date("giro.issueDate", giro.issueDate()),
                fields.date("giro.effectiveDate", giro.effectiveDate()));
        PaymentRequest request = new PaymentRequest(customerCode,
                fields.date("paymentDate", paymentDate), paymentMethod, bankAccountCode,
                collector, amount, giroRequest, allocationRequests(allocations), note, Boolean.TRUE.equals(awaitClearing),
                backdateReason, collectionListNumber);
        fields.check();
        return request;
    }

    static List<AllocationRequest> allocationRequests(List<AllocationBody> bodies) {
        List<AllocationRequest> requests = new ArrayList<>();
        if (bodies != null) {
            for (AllocationBody body : bodies) {
                requests.add(body == null ? null : new AllocationRequest(body.invoiceNumber(), body.amount()));
            }
        }
        return requests;
    }
}
