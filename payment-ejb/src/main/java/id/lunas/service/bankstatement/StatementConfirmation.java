package id.lunas.service.bankstatement;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.bankstatement.BankStatement;
import id.lunas.domain.bankstatement.BankStatementLine;
import id.lunas.domain.bankstatement.LineAction;
import id.lunas.domain.bankstatement.LineState;
import id.lunas.domain.bankstatement.StatementClearing;
import id.lunas.domain.bankstatement.StatementClearing.Settlement;
import id.lunas.domain.customerpayment.CustomerPayment;
import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import id.lunas.service.credit.GiroChecks;
import id.lunas.service.customerpayment.DepositLocks;
import id.lunas.service.customerpayment.LockedPayments;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settling payments from statement lines, each command in one transaction: the proposed lines of a
 * statement confirmed together, one line matched by hand, one line ignored. The lines are locked
 * first, then (in {@link DepositLocks} order) the deposits and payments they settle, so two people
 * confirming the same statement at once settle each line once.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class StatementConfirmation {

    /** One confirmation settles at most as many lines as one command takes payments: a busy day fits. */
    public static final int MAX_LINES = LockedPayments.MAX_PAYMENTS;

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    Statements statements;

    @Inject
    DepositLocks depositLocks;

    @Inject
    LockedPayments lockedPayments;

    @Inject
    GiroChecks giroChecks;

    /** Confirms the named proposed lines, or every proposed line of the statement when none are named. */
    public int confirm(long statementId, List<Integer> lineNumbers) {
        BankStatement statement = statements.require(statementId);
        List<BankStatementLine> lines = lockLines(statement, lineNumbers);
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "statementLine.noneProposed");
        }
        List<FieldError> refused = new ArrayList<>();
        lines.forEach(line -> line.confirmRefusal().ifPresent(refused::add));
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        Map<Long, CustomerPayment> payments = lockPayments(lines.stream().map(BankStatementLine::getProposedPaymentId)
                .filter(id -> id != null).toList());
        List<Settlement> settlements = new ArrayList<>();
        for (BankStatementLine line : lines) {
            if (line.getProposedDepositId() != null) {
                settlements.add(depositSettlement(line, em.find(GiroDeposit.class, line.getProposedDepositId())
                        .getNumber()));
            } else {
                settlements.add(Settlement.ofPayment(line, line.getAction(), payments.get(line.getProposedPaymentId())));
            }
        }
        settle(settlements);
        return settlements.size();
    }

    /** Settles one line with the payment or the deposit a person chose for it. */
    public void match(long statementId, int lineNumber, String paymentNumber, String depositNumber) {
        String payment = Texts.optional("payment", paymentNumber, 20);
        String deposit = Texts.optional("deposit", depositNumber, 20);
        if ((payment == null) == (deposit == null)) {
            throw new InvalidInputException("payment", "statementLine.pickOne");
        }
        BankStatement statement = statements.require(statementId);
        BankStatementLine line = lockLines(statement, List.of(lineNumber)).get(0);
        line.requireOpen();
        if (deposit != null) {
            settle(List.of(depositSettlement(line, deposit)));
            return;
        }
        CustomerPayment chosen = lockedPayments.lock(List.of(payment)).get(0);
        settle(List.of(Settlement.ofPayment(line, line.actionFor(chosen.getMethod()), chosen)));
    }

    /** Not customer money: a fee, a transfer between own accounts. */
    public void ignore(long statementId, int lineNumber, String reason) {
        BankStatement statement = statements.require(statementId);
        lockLines(statement, List.of(lineNumber)).get(0).ignore(reason, changes.current());
        em.flush();
    }

    private void settle(List<Settlement> settlements) {
        ChangeContext change = changes.current();
        Set<Long> customers = new HashSet<>();
        settlements.stream().filter(s -> s.action() == LineAction.REJECT_GIRO).map(Settlement::payment)
                .sorted(Comparator.comparing(p -> p.getCustomer().getId()))
                .filter(p -> customers.add(p.getCustomer().getId()))
                .forEach(p -> giroChecks.lock(p.getCustomer()));
        StatementClearing.settle(settlements, change);
        depositLocks.closeSettled(settlements.stream().map(Settlement::payment).filter(p -> p != null).toList(),
                change);
        em.flush();
    }

    private Settlement depositSettlement(BankStatementLine line, String depositNumber) {
        GiroDeposit locked = depositLocks.lockDeposit(depositNumber);
        return Settlement.ofDeposit(line, locked, depositLocks.lockGirosOn(locked));
    }

    private List<BankStatementLine> lockLines(BankStatement statement, List<Integer> lineNumbers) {
        boolean all = lineNumbers == null || lineNumbers.isEmpty();
        if (!all && lineNumbers.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "refused.tooMany", (long) MAX_LINES, (long) lineNumbers.size());
        }
        Set<Integer> named = all ? Set.of() : new LinkedHashSet<>(lineNumbers);
        var query = em.createQuery("select l from BankStatementLine l where l.statement = :statement and "
                        + (all ? "l.state = :proposed" : "l.lineNumber in :numbers") + " order by l.id",
                        BankStatementLine.class)
                .setParameter("statement", statement)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(MAX_LINES + 1);
        if (all) {
            query.setParameter("proposed", LineState.PROPOSED);
        } else {
            query.setParameter("numbers", named);
        }
        List<BankStatementLine> lines = query.getResultList();
        if (lines.size() > MAX_LINES) {
            throw new InvalidInputException("lines", "statementLine.tooManyProposed", (long) MAX_LINES);
        }
        if (!all) {
            Set<Integer> found = lines.stream().map(BankStatementLine::getLineNumber).collect(Collectors.toSet());
            List<FieldError> unknown = named.stream().filter(n -> !found.contains(n))
                    .map(n -> new FieldError("lines[" + n + "]", "statementLine.notFound", (long) n, statement.getId()))
                    .toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
        }
        return lines;
    }

    /**
     * The proposed payments, locked as every command on several payments locks them ({@link LockedPayments}):
     * their open deposits first, then the payments in id order.
     */
    private Map<Long, CustomerPayment> lockPayments(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<String> numbers = em.createQuery("select p.number from CustomerPayment p where p.id in :ids", String.class)
                .setParameter("ids", ids).getResultList();
        return lockedPayments.lock(numbers).stream().collect(Collectors.toMap(CustomerPayment::getId, p -> p));
    }
}
