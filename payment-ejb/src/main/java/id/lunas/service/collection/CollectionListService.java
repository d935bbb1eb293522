package id.lunas.service.collection;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.collection.CollectionList;
import id.lunas.domain.invoice.Invoice;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.DocumentSeries;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import id.lunas.service.invoice.InvoiceFiguresQuery;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DocumentNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Making collection lists for collectors and closing them, each in one transaction. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class CollectionListService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    CollectorAccounts collectors;

    @Inject
    InvoiceFiguresQuery figures;

    @Inject
    DocumentNumbers numbers;

    @Inject
    CollectionListFigures listFigures;

    /** A new list of the named invoices, each with what it owes now. */
    public CollectionListDetails create(CollectionListRequest request) {
        ChangeContext change = changes.current();
        FieldChecks checks = new FieldChecks();
        String collector = checks.check(() -> collectors.require("collector", request.collector()));
        List<String> named = request.invoiceNumbers();
        for (int i = 0; i < named.size(); i++) {
            String field = "invoices[" + i + "]";
            String number = named.get(i);
            checks.check(() -> Texts.required(field, number, 30));
        }
        if (named.isEmpty()) {
            checks.add(new FieldError("invoices", "collectionList.noInvoices"));
        }
        checks.refuseIfAny();
        CollectionList list = CollectionList.open(collector, request.listDate(), change);
        Map<String, Invoice> invoices = em.createQuery("select i from Invoice i join fetch i.customer "
                        + "where i.number in :numbers", Invoice.class)
                .setParameter("numbers", named.stream().map(String::strip).toList())
                .getResultStream().collect(Collectors.toMap(Invoice::getNumber, Function.identity()));
        var owed = figures.of(invoices.values());
        for (int i = 0; i < named.size(); i++) {
            String field = "invoices[" + i + "]";
            Invoice invoice = invoices.get(named.get(i).strip());
            if (invoice == null) {
                throw new InvalidInputException(field, "invoice.notFound", named.get(i).strip());
            }
            list.add(invoice, owed.get(invoice.getId()).outstanding(), field);
        }
        list.numbered(numbers.next(DocumentSeries.COLLECTION_LIST, YearMonth.from(list.getListDate())));
        em.persist(list);
        em.flush();
        return listFigures.details(list);
    }

    /** The list has been worked: it takes no more collections. */
    public CollectionListDetails complete(String number) {
        CollectionList list = em.createQuery("select l from CollectionList l where l.number = :number",
                        CollectionList.class)
                .setParameter("number", number)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> CollectionListQueries.notFound(number));
        list.complete(changes.current());
        em.flush();
        return listFigures.details(list);
    }
}
