package id.lunas.domain.customerpayment;

import id.lunas.domain.girodeposit.GiroDeposit;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import java.time.LocalDate;
import java.util.List;

/**
 * A deposit's giros together: taken to the bank, credited by it, or brought back to the safe. Each
 * step takes all of the deposit's giros or none, and a refusal names every giro that stopped it.
 */
public final class GiroDepositing {

    private GiroDepositing() {
    }

    /** Puts every chosen giro on the (new) deposit, or none of them. */
    public static void deposit(GiroDeposit deposit, List<CustomerPayment> giros, ChangeContext change) {
        if (giros.isEmpty()) {
            throw new InvalidInputException("payments", "deposit.noGiros");
        }
        Refusals.refuseAny(giros, giro -> giro.depositRefusal(deposit));
        giros.forEach(giro -> giro.depositOn(deposit, change));
    }

    /**
     * The bank credited the deposit on {@code creditDate}: every giro still Active on it is resolved
     * on that date (each by its own rules), or none is; the deposit is then closed.
     */
    public static void resolve(GiroDeposit deposit, List<CustomerPayment> giros, LocalDate creditDate,
                               ChangeContext change) {
        deposit.requireOpen();
        LocalDate date = change.dates().check("resolvedDate", Texts.present("resolvedDate", creditDate));
        if (date.isBefore(deposit.getDepositDate())) {
            throw new RuleViolationException("resolvedDate", "deposit.creditBeforeDeposit", date,
                    deposit.getDepositDate());
        }
        change.books().requireOpen("resolvedDate", date);
        List<CustomerPayment> waiting = active(giros);
        Refusals.refuseAny(waiting, giro -> giro.resolveRefusal(date, change));
        waiting.forEach(giro -> giro.resolve(date, change));
        deposit.close(change);
    }

    /** Closes the deposit once the bank has answered (credited or returned) every giro on it. */
    public static void closeIfSettled(GiroDeposit deposit, List<CustomerPayment> giros, ChangeContext change) {
        if (deposit.isOpen() && active(giros).isEmpty()) {
            deposit.close(change);
        }
    }

    /** A deposit never taken to the bank: its giros go back to the safe, to be deposited again. */
    public static void cancel(GiroDeposit deposit, List<CustomerPayment> giros, ChangeContext change) {
        deposit.requireOpen();
        giros.stream().filter(giro -> giro.getStatus() != PaymentStatus.ACTIVE).findFirst().ifPresent(settled -> {
            throw new RuleViolationException(null, "deposit.cancelSettled", deposit.getNumber(), settled.getNumber(),
                    settled.getStatus());
        });
        giros.forEach(giro -> giro.returnToHand(change));
        deposit.cancel(change);
    }

    private static List<CustomerPayment> active(List<CustomerPayment> giros) {
        return giros.stream().filter(giro -> giro.getStatus() == PaymentStatus.ACTIVE).toList();
    }
}
