package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.invoice.InvoiceFigures;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.shared.Share;
import id.lunas.service.invoice.InvoiceFiguresQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Locks the invoices a payment is about to pay (always in invoice-number order, so two payments
 * never wait on each other crosswise), reads their outstanding amounts under that lock, and lets
 * the payment apply its allocations. Nobody else can allocate those invoices until the transaction ends.
 */
@ApplicationScoped
public class InvoiceAllocations {

    @PersistenceContext
    EntityManager em;

    @Inject
    InvoiceFiguresQuery figures;

    public Reservation reserve(List<AllocationRequest> requests) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            AllocationRequest request = requests.get(i);
            String field = "allocations[" + i + "]";
            if (request == null || request.invoiceNumber() == null || request.invoiceNumber().isBlank()) {
                errors.add(new FieldError(field + ".invoiceNumber", "required", FieldLabel.of(field + ".invoiceNumber")));
            } else if (!seen.add(request.invoiceNumber().strip())) {
                errors.add(new FieldError(field + ".invoiceNumber", "allocation.listedTwice",
                        request.invoiceNumber().strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (requests.isEmpty()) {
            return new Reservation(requests, Map.of(), Map.of());
        }
        List<Invoice> locked = em.createQuery("select i from Invoice i where i.number in :numbers order by i.number",
                        Invoice.class)
                .setParameter("numbers", List.copyOf(seen))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<String, Invoice> byNumber = locked.stream().collect(Collectors.toMap(Invoice::getNumber, Function.identity()));
        for (int i = 0; i < requests.size(); i++) {
            String number = requests.get(i).invoiceNumber().strip();
            if (!byNumber.containsKey(number)) {
                throw new NotFoundException("allocations[" + i + "].invoiceNumber", "invoice.notFound", number);
            }
        }
        return new Reservation(requests, byNumber, figures.of(locked));
    }

    /** Invoices locked for one payment, with their outstanding amounts as read under the lock. */
    public static final class Reservation {

        private final List<AllocationRequest> requests;
        private final Map<String, Invoice> invoices;
        private final Map<Long, InvoiceFigures> figures;

        Reservation(List<AllocationRequest> requests, Map<String, Invoice> invoices, Map<Long, InvoiceFigures> figures) {
            this.requests = requests;
            this.invoices = invoices;
            this.figures = figures;
        }

        public void applyTo(CustomerPayment payment) {
            for (int i = 0; i < requests.size(); i++) {
                AllocationRequest request = requests.get(i);
                Invoice invoice = invoices.get(request.invoiceNumber().strip());
                payment.allocate(invoice, figures.get(invoice.getId()).outstanding(), request.amount(),
                        "allocations[" + i + "]");
            }
        }

        /** Which invoice got how much, for the payment's history. */
        public List<Share> shares() {
            return requests.stream().map(r -> new Share(r.invoiceNumber().strip(), r.amount())).toList();
        }
    }
}
