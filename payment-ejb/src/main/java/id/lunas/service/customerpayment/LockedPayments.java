package id.lunas.service.customerpayment;

import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.shared.FieldChecks;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
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
 * Several payments named by the client, row-locked for one command on all of them. Locks are taken
 * in id order (after the open deposits they are on), so two commands over overlapping payments
 * wait for each other instead of deadlocking; the payments come back in the order the client named
 * them, so a refusal of {@code payments[i]} points at the client's own list.
 */
@ApplicationScoped
public class LockedPayments {

    /** One command takes at most this many payments: a deposit of a busy day fits, a runaway client does not. */
    public static final int MAX_PAYMENTS = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DepositLocks depositLocks;

    public List<CustomerPayment> lock(List<String> requested) {
        List<String> numbers = named(requested == null ? List.of() : requested);
        if (numbers.isEmpty()) {
            return List.of();
        }
        depositLocks.lockDepositsOf(numbers);
        // locked by primary key, which the database walks in ascending order: by number it would lock
        // in the order of the number index, and two commands could each hold what the other waits for
        List<Long> ids = em.createQuery("select p.id from CustomerPayment p where p.number in :numbers", Long.class)
                .setParameter("numbers", numbers)
                .getResultList();
        Map<String, CustomerPayment> found = ids.isEmpty() ? Map.of() : em.createQuery("select p from CustomerPayment p "
                        + "where p.id in :ids order by p.id", CustomerPayment.class)
                .setParameter("ids", ids.stream().sorted().toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // a join would lock the customers' rows too; their names come in one unlocked query, and
                // the allocations a resolve or a rejection moves come in one more, not one per payment
                .setHint("eclipselink.batch", "p.customer")
                .setHint("eclipselink.batch", "p.allocations")
                .getResultStream()
                .collect(Collectors.toMap(CustomerPayment::getNumber, Function.identity()));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (!found.containsKey(numbers.get(i))) {
                unknown.add(new FieldError("payments[" + i + "]", "payment.notFound", numbers.get(i)));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        return numbers.stream().map(found::get).toList();
    }

    private static List<String> named(List<String> requested) {
        if (requested.size() > MAX_PAYMENTS) {
            throw new InvalidInputException("payments", "refused.tooMany", (long) MAX_PAYMENTS,
                    (long) requested.size());
        }
        FieldChecks checks = new FieldChecks();
        Set<String> seen = new HashSet<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "payments[" + i + "]";
            String given = requested.get(i);
            String number = checks.check(() -> Texts.required(field, given, 20));
            if (number != null && !seen.add(number)) {
                checks.add(new FieldError(field, "refused.namedTwice", number));
            }
            numbers.add(number);
        }
        checks.refuseIfAny();
        return numbers;
    }
}
