package id.lunas.service.giro;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.customerpayment.PaymentEvent;
import id.lunas.domain.giro.GiroWatch;
import id.lunas.domain.shared.Message;
import id.lunas.service.platform.Changes;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** What the domain's own rule says of a payment today, worked out on a detached copy that is never saved. */
@Stateless
public class OverdueVerdicts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    public Verdict of(String number, GiroWatch watch) {
        CustomerPayment payment = em.createQuery("select p from CustomerPayment p where p.number = :number",
                CustomerPayment.class).setParameter("number", number).getSingleResult();
        payment.getEvents().size();
        em.detach(payment);
        boolean flagged = payment.flagOverdue(watch, changes.current());
        List<PaymentEvent> events = payment.getEvents();
        return new Verdict(flagged, payment.getOverdueSince(), flagged ? events.get(events.size() - 1).getDetail() : null);
    }

    public record Verdict(boolean flagged, LocalDate overdueSince, Message detail) {
    }
}
