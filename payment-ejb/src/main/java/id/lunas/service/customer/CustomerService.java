package id.lunas.service.customer;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.customer.CustomerDetails;
import id.lunas.domain.shared.Texts;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.Likes;
import id.lunas.service.platform.MasterRecords;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Customers as the ERP pushes them, and the look-ups every other use case needs. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
public class CustomerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    private MasterRecords<Customer, CustomerDetails> customers;

    @PostConstruct
    void init() {
        customers = new MasterRecords<>(em, Customer.class, "customer");
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public CustomerView create(String code, CustomerDetails details) {
        return CustomerView.of(customers.add(Customer.create(code, details, changes.current())));
    }

    @RolesAllowed({ADMIN_NAME, INTEGRATION_NAME})
    public CustomerView update(String code, CustomerDetails details) {
        return CustomerView.of(customers.update(code, details, changes.current()));
    }

    public Optional<CustomerView> find(String code) {
        return customers.find(code).map(CustomerView::of);
    }

    /** Customers whose code or name contains the text (all when it is empty), by name. */
    public List<CustomerView> search(String text, int limit) {
        return em.createQuery("select c from Customer c where lower(c.code) like :p" + Likes.ESCAPE
                        + " or lower(c.name) like :p" + Likes.ESCAPE + " order by c.name", Customer.class)
                .setParameter("p", Likes.containing(text))
                .setMaxResults(limit)
                .getResultStream().map(CustomerView::of).toList();
    }

    /** The customer a request names in {@code customerCode}, or a refusal: missing (400) or unknown (404). */
    public Customer require(String code) {
        Texts.present("customerCode", code == null || code.isBlank() ? null : code);
        return customers.require(code);
    }
}
