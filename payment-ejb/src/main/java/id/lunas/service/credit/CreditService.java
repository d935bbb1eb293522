package id.lunas.service.credit;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_MANAGER_NAME;

import id.lunas.domain.credit.CreditMode;
import id.lunas.domain.customer.Customer;
import id.lunas.service.customer.CustomerService;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A finance manager's decision on a customer's giros, under the customer's lock and in the history. */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_MANAGER_NAME})
public class CreditService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerService customers;

    @Inject
    GiroChecks giroChecks;

    @Inject
    Changes changes;

    @Inject
    CreditQueries queries;

    /** Sets the giro mode ({@code null}: back to what the risk calls for), with the reason. */
    public CustomerCredit overrideGiroMode(String customerCode, CreditMode mode, String reason) {
        Customer customer = em.find(Customer.class, customers.require(customerCode).getId());
        giroChecks.lock(customer);
        em.persist(customer.overrideGiroMode(mode, reason, changes.current()));
        em.flush();
        return queries.creditOf(customerCode);
    }
}
