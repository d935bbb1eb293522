package id.lunas.service.credit;

import id.lunas.domain.customer.Customer;
import id.lunas.domain.customerpayment.RejectionReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rejected dates of "kosong" giros since a day, by customer or by drawer account, from their indexes. */
@ApplicationScoped
public class KosongRejections {

    @PersistenceContext
    EntityManager em;

    public List<LocalDate> of(Customer customer, LocalDate since) {
        return em.createQuery("select p.rejection.date from CustomerPayment p where p.customer = :customer "
                        + "and p.rejection.reason = :kosong and p.rejection.date >= :since", LocalDate.class)
                .setParameter("customer", customer)
                .setParameter("kosong", RejectionReason.INSUFFICIENT_FUNDS)
                .setParameter("since", since)
                .getResultList();
    }

    /** Per account (as its digits), whoever's giros they were. */
    public Map<String, List<LocalDate>> byAccount(Collection<String> accounts, LocalDate since) {
        Map<String, List<LocalDate>> rejected = new HashMap<>();
        if (accounts.isEmpty()) {
            return rejected;
        }
        for (Object[] row : em.createQuery("select p.giro.drawerAccount, p.rejection.date from CustomerPayment p "
                        + "where p.giro.drawerAccount in :accounts and p.rejection.reason = :kosong "
                        + "and p.rejection.date >= :since", Object[].class)
                .setParameter("accounts", accounts)
                .setParameter("kosong", RejectionReason.INSUFFICIENT_FUNDS)
                .setParameter("since", since)
                .getResultList()) {
            rejected.computeIfAbsent((String) row[0], account -> new ArrayList<>()).add((LocalDate) row[1]);
        }
        return rejected;
    }
}
