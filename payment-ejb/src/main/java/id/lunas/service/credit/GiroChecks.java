package id.lunas.service.credit;

import id.lunas.domain.credit.GiroCheck;
import id.lunas.domain.credit.GiroRisk;
import id.lunas.domain.credit.RiskThresholds;
import id.lunas.domain.customer.Customer;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.giro.Giro;
import id.lunas.service.platform.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The giro mode a customer's next giro meets: the override a finance manager set, or what the
 * "kosong" rejections of the customer and of the giro's drawer account call for (the riskier).
 * A giro's entry and a giro's rejection both lock the customer's row first, so an entry never
 * reads the count while a rejection that would change it is being saved.
 */
@ApplicationScoped
public class GiroChecks {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessClock clock;

    @Inject
    RiskSettings settings;

    @Inject
    KosongRejections rejections;

    /** For a new giro of this customer, drawn on this account (as typed; none if not given). */
    public GiroCheck forEntry(Customer customer, String drawerAccount) {
        lock(customer);
        return check(customer, drawerAccount == null ? null : Giro.account(drawerAccount));
    }

    /**
     * For confirming an existing payment: the mode now, for its customer and its giro's account.
     * Only a payment entered held or to verify is ruled by it, so no other one costs a query.
     */
    public GiroCheck now(CustomerPayment payment) {
        if (!payment.isCreditHold() && !payment.isVerificationRequired()) {
            return GiroCheck.ALLOW;
        }
        return check(payment.getCustomer(), payment.getGiro() == null ? null : payment.getGiro().getDrawerAccount());
    }

    /** Taken before a rejection is saved, in the same transaction. */
    public void lock(Customer customer) {
        em.lock(em.contains(customer) ? customer : em.find(Customer.class, customer.getId()),
                LockModeType.PESSIMISTIC_WRITE);
    }

    private GiroCheck check(Customer customer, String account) {
        LocalDate today = clock.today();
        LocalDate since = GiroRisk.windowStart(today);
        RiskThresholds thresholds = settings.thresholds();
        GiroRisk ofCustomer = GiroRisk.of(today, rejections.of(customer, since), thresholds);
        GiroRisk risk = ofCustomer;
        if (account != null) {
            List<LocalDate> ofAccount = rejections.byAccount(Set.of(account), since).getOrDefault(account, List.of());
            GiroRisk accountRisk = GiroRisk.of(today, new ArrayList<>(ofAccount), thresholds);
            if (accountRisk.level().compareTo(risk.level()) > 0) {
                risk = accountRisk;
            }
        }
        return GiroCheck.of(risk, customer.getGiroMode());
    }
}
