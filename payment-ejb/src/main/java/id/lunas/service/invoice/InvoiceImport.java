package id.lunas.service.invoice;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ERP's nightly import: a batch of new invoices saved all or nothing. Every line is checked
 * before anything is written, and a refusal lists every bad line ({@code invoices[3].amount}), so
 * the ERP can fix them all in one go. Customers and existing numbers are looked up in one query
 * each, not once per line.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
public class InvoiceImport {

    public static final int MAX_LINES = 1_000;
    private static final int ROWS_PER_INSERT = 20;
    /** The version JPA gives a row it inserts. */
    private static final long FIRST_VERSION = 1;

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    public int importAll(List<InvoiceLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new InvalidInputException("invoices", "import.empty");
        }
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("invoices", "import.tooMany", MAX_LINES, lines.size());
        }
        ChangeContext change = changes.current();
        Map<String, Customer> customers = customersOf(lines);
        Set<String> taken = existingNumbers(lines);
        Set<String> seen = new HashSet<>();
        List<FieldError> errors = new ArrayList<>();
        List<Invoice> invoices = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String at = "invoices[" + i + "].";
            InvoiceLine line = lines.get(i);
            String number = line.number() == null ? null : line.number().strip();
            if (number != null && (taken.contains(number) || !seen.add(number))) {
                errors.add(new FieldError(at + "number", "invoice.duplicate", number));
            }
            if (line.customerCode() == null || line.customerCode().isBlank()) {
                errors.add(new FieldError(at + "customerCode", "required", FieldLabel.of(at + "customerCode")));
                continue;
            }
            Customer customer = customers.get(line.customerCode().strip());
            if (customer == null) {
                errors.add(new FieldError(at + "customerCode", "customer.notFound", line.customerCode()));
                continue;
            }
            try {
                invoices.add(Invoice.issue(line.number(), customer, line.terms(), change));
            } catch (DomainException refused) {
                if (refused.errors().isEmpty()) {
                    errors.add(new FieldError("invoices[" + i + "]", refused.message()));
                }
                refused.errors().forEach(e -> errors.add(new FieldError(at + e.field(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        insert(invoices);
        return invoices.size();
    }

    /**
     * Writes the checked invoices as multi-row INSERTs, the same rows the entity would write.
     * Persisting them one by one costs two round trips each (the insert, then its generated id).
     * Statements stay at {@value #ROWS_PER_INSERT} rows: EclipseLink binds native parameters by a
     * linear search, so a statement's cost grows with the square of its parameters.
     */
    private void insert(List<Invoice> invoices) {
        for (int first = 0; first < invoices.size(); first += ROWS_PER_INSERT) {
            List<Invoice> chunk = invoices.subList(first, Math.min(invoices.size(), first + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("INSERT INTO invoice (number, customer_id, invoice_date, due_date, amount, "
                    + "cancelled, version, created_at, created_by, updated_at, updated_by) VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
            int p = 1;
            for (Invoice invoice : chunk) {
                insert.setParameter(p++, invoice.getNumber());
                insert.setParameter(p++, invoice.getCustomer().getId());
                insert.setParameter(p++, invoice.getInvoiceDate());
                insert.setParameter(p++, invoice.getDueDate());
                insert.setParameter(p++, invoice.getAmount());
                insert.setParameter(p++, invoice.isCancelled());
                insert.setParameter(p++, FIRST_VERSION);
                insert.setParameter(p++, LocalDateTime.ofInstant(invoice.getCreatedAt(), ZoneOffset.UTC));
                insert.setParameter(p++, invoice.getCreatedBy());
                insert.setParameter(p++, LocalDateTime.ofInstant(invoice.getUpdatedAt(), ZoneOffset.UTC));
                insert.setParameter(p++, invoice.getUpdatedBy());
            }
            insert.executeUpdate();
        }
    }

    private Map<String, Customer> customersOf(List<InvoiceLine> lines) {
        Set<String> codes = lines.stream().map(InvoiceLine::customerCode).filter(c -> c != null && !c.isBlank())
                .map(String::strip).collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("select c from Customer c where c.code in :codes", Customer.class)
                .setParameter("codes", codes).getResultStream()
                .collect(Collectors.toMap(Customer::getCode, Function.identity()));
    }

    private Set<String> existingNumbers(List<InvoiceLine> lines) {
        Set<String> numbers = lines.stream().map(InvoiceLine::number).filter(n -> n != null && !n.isBlank())
                .map(String::strip).collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select i.number from Invoice i where i.number in :numbers", String.class)
                .setParameter("numbers", numbers).getResultList());
    }
}
