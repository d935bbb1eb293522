package id.lunas.domain.bankstatement;

import id.lunas.domain.bankstatement.MatchCandidate.Kind;
import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.giro.GiroNumbers;
import id.lunas.domain.shared.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The matching rules, line by line over the candidates of one statement:
 * <ul>
 * <li>a credit is an Active giro's money when the amounts are equal, the giro number appears in the
 * description or reference ({@link GiroNumbers}) and the value date lies from the effective date to
 * the end of the giro's window;</li>
 * <li>otherwise a credit equal to an open deposit's total is that deposit, and a credit equal to an
 * Active transfer awaiting clearing whose customer's code or name the description carries is that
 * transfer;</li>
 * <li>a line with the words of a return (TOLAKAN, RETUR, DITOLAK...) that names an Active giro of its
 * amount proposes Giro rejected for it;</li>
 * <li>one fitting candidate is proposed as sure, several are offered to choose; a credit that fits no
 * rule but equals Active giros or transfers in amount offers those to choose, never as sure.</li>
 * </ul>
 * A candidate proposed for one line of the statement is not proposed again for a later one: the
 * same money does not clear twice.
 */
public final class StatementMatcher {

    private static final Pattern RETURN_WORDS = Pattern.compile(
            "\\b(TOLAKAN|TOLAK|DITOLAK|RETUR|RETURN|RETURNED|REJECT|REJECTED|KOSONG)\\b");

    private final Map<String, List<MatchCandidate>> girosByNumber = new HashMap<>();
    private final Map<BigDecimal, List<MatchCandidate>> girosByAmount = new HashMap<>();
    private final Map<BigDecimal, List<MatchCandidate>> othersByAmount = new HashMap<>();
    private final Set<BigDecimal> crowdedAmounts;
    private final Set<MatchCandidate> taken = new HashSet<>();

    /** Matching over these candidates, where the line needs only to name a number or a customer. */
    public StatementMatcher(List<MatchCandidate> candidates) {
        this(candidates, Set.of());
    }

    /**
     * {@code crowdedAmounts} are amounts more Active giros carry than a person can choose from: a line of
     * such an amount that names no giro number is left unmatched instead of offering a few of them.
     */
    public StatementMatcher(List<MatchCandidate> candidates, Set<BigDecimal> crowdedAmounts) {
        this.crowdedAmounts = Set.copyOf(crowdedAmounts);
        for (MatchCandidate candidate : candidates) {
            BigDecimal amount = candidate.amount().setScale(2);
            if (candidate.kind() == Kind.GIRO) {
                girosByNumber.computeIfAbsent(amount + "|" + GiroNumbers.normalise(candidate.giroNumber()),
                        k -> new ArrayList<>()).add(candidate);
                girosByAmount.computeIfAbsent(amount, a -> new ArrayList<>()).add(candidate);
            } else {
                othersByAmount.computeIfAbsent(amount, a -> new ArrayList<>()).add(candidate);
            }
        }
    }

    /** Whether a description reads as a return of a giro rather than as money in. */
    public static boolean isReturn(String text) {
        return text != null && RETURN_WORDS.matcher(text.toUpperCase(Locale.ROOT)).find();
    }

    public Proposal propose(StatementEntry line) {
        String text = line.description() + " " + line.reference();
        BigDecimal amount = line.amount().setScale(2);
        Set<MatchCandidate> found = new LinkedHashSet<>();
        for (String number : GiroNumbers.in(text)) {
            found.addAll(girosByNumber.getOrDefault(amount + "|" + number, List.of()));
        }
        List<MatchCandidate> named = found.stream().filter(c -> !taken.contains(c)).toList();
        Proposal proposal = isReturn(text) ? rejection(line, named)
                : line.direction() == Direction.DEBIT ? Proposal.none(Message.of("match.debit"))
                : credit(line, text, named);
        if (proposal.state() == LineState.PROPOSED) {
            taken.add(proposal.only());
        }
        return proposal;
    }

    private static Proposal rejection(StatementEntry line, List<MatchCandidate> named) {
        if (named.size() == 1) {
            return Proposal.sure(LineAction.REJECT_GIRO, named.get(0), Message.of("match.rejection",
                    named.get(0).giroNumber(), named.get(0).number()));
        }
        if (named.size() > 1) {
            return Proposal.choose(LineAction.REJECT_GIRO, named, Message.of("match.rejectionSeveral",
                    (long) named.size()));
        }
        return Proposal.none(Message.of("match.returnUnknown", line.amount()));
    }

    private Proposal credit(StatementEntry line, String text, List<MatchCandidate> named) {
        BigDecimal amount = line.amount().setScale(2);
        List<MatchCandidate> clearing = named.stream().filter(c -> c.clearsOn(line.valueDate())).toList();
        if (clearing.size() == 1) {
            MatchCandidate giro = clearing.get(0);
            return Proposal.sure(LineAction.RESOLVE_GIRO, giro, Message.of("match.giro", giro.giroNumber(),
                    giro.number(), giro.effectiveDate()));
        }
        if (clearing.size() > 1) {
            return Proposal.choose(LineAction.RESOLVE_GIRO, clearing, Message.of("match.giroSeveral",
                    (long) clearing.size(), clearing.get(0).giroNumber()));
        }
        if (!named.isEmpty()) {
            MatchCandidate giro = named.get(0);
            return Proposal.none(Message.of("match.giroNotClearing", giro.giroNumber(), giro.number(),
                    line.valueDate(), giro.effectiveDate(), giro.lastPresentationDate()));
        }
        List<MatchCandidate> others = othersByAmount.getOrDefault(amount, List.of()).stream()
                .filter(c -> !taken.contains(c)).toList();
        List<MatchCandidate> deposits = others.stream()
                .filter(c -> c.kind() == Kind.DEPOSIT && !line.valueDate().isBefore(c.depositDate())).toList();
        String upper = text.toUpperCase(Locale.ROOT);
        List<MatchCandidate> transfers = others.stream()
                .filter(c -> c.kind() == Kind.TRANSFER && names(upper, c)).toList();
        if (deposits.size() + transfers.size() == 1) {
            return deposits.isEmpty()
                    ? Proposal.sure(LineAction.RESOLVE_TRANSFER, transfers.get(0), Message.of("match.transfer",
                            transfers.get(0).number(), transfers.get(0).customerName()))
                    : Proposal.sure(LineAction.RESOLVE_DEPOSIT, deposits.get(0), Message.of("match.deposit",
                            deposits.get(0).number()));
        }
        if (!deposits.isEmpty() && transfers.isEmpty()) {
            return Proposal.choose(LineAction.RESOLVE_DEPOSIT, deposits, Message.of("match.depositSeveral",
                    (long) deposits.size()));
        }
        if (!transfers.isEmpty() && deposits.isEmpty()) {
            return Proposal.choose(LineAction.RESOLVE_TRANSFER, transfers, Message.of("match.transferSeveral",
                    (long) transfers.size()));
        }
        if (crowdedAmounts.contains(amount)) {
            return Proposal.none(Message.of("match.crowdedAmount", line.amount()));
        }
        List<MatchCandidate> byAmountOnly = new ArrayList<>(transfers.isEmpty() ? others.stream()
                .filter(c -> c.kind() == Kind.TRANSFER).toList() : List.of());
        if (byAmountOnly.isEmpty()) {
            girosByAmount.getOrDefault(amount, List.of()).stream()
                    .filter(c -> !taken.contains(c) && c.clearsOn(line.valueDate())).forEach(byAmountOnly::add);
        }
        if (!byAmountOnly.isEmpty()) {
            LineAction action = byAmountOnly.get(0).kind() == Kind.GIRO ? LineAction.RESOLVE_GIRO
                    : LineAction.RESOLVE_TRANSFER;
            return Proposal.choose(action, byAmountOnly, Message.of("match.amountOnly", (long) byAmountOnly.size()));
        }
        return Proposal.none(Message.of("match.none", line.amount()));
    }

    /** The customer's code, or their name, stands in the description as words of their own. */
    private static boolean names(String upperText, MatchCandidate transfer) {
        return contains(upperText, transfer.customerCode()) || contains(upperText, transfer.customerName());
    }

    private static boolean contains(String upperText, String words) {
        if (words == null || words.isBlank()) {
            return false;
        }
        String wanted = words.toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        String spaced = " " + upperText.replaceAll("[^A-Z0-9]+", " ") + " ";
        return spaced.contains(" " + wanted.replaceAll("[^A-Z0-9]+", " ").strip() + " ");
    }
}
