package id.lunas.service.customer;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DuplicateException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Customers as the ERP pushes them, and the look-ups every other use case needs. */
@Stateless
public class CustomerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    public CustomerView create(String code, CustomerDetails details) {
        Customer customer = Customer.create(code, details, changes.current());
        if (findEntity(customer.getCode()).isPresent()) {
            throw new DuplicateException("code", "Customer " + customer.getCode() + " already exists");
        }
        em.persist(customer);
        return CustomerView.of(customer);
    }

    public CustomerView update(String code, CustomerDetails details) {
        Customer customer = require(code);
        customer.update(details, changes.current());
        return CustomerView.of(customer);
    }

    public Optional<CustomerView> find(String code) {
        return findEntity(code).map(CustomerView::of);
    }

    /** Customers whose code or name contains the text (all when it is empty), by name. */
    public List<CustomerView> search(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return em.createQuery("select c from Customer c where lower(c.code) like :p or lower(c.name) like :p "
                        + "order by c.name", Customer.class)
                .setParameter("p", pattern)
                .setMaxResults(limit)
                .getResultStream().map(CustomerView::of).toList();
    }

    /** The customer with this code, or a 404-kind refusal naming the field it came from. */
    public Customer require(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("customerCode", "Customer code is required");
        }
        return findEntity(code).orElseThrow(() -> NotFoundException.of("Customer", code));
    }

    Optional<Customer> findEntity(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from Customer c where c.code = :code", Customer.class)
                .setParameter("code", code.strip())
                // a single-object query by the cache-indexed code: answered from the shared cache once read
                .setHint("eclipselink.query-type", "ReadObject")
                .getResultStream().findFirst();
    }
}
