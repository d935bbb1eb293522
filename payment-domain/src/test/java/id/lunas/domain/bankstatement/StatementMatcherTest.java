package id.lunas.domain.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.domain.bankstatement.reading.Direction;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.giro.GiroNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementMatcherTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 8, 10);
    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 8, 15);

    private static MatchCandidate giro(long id, String giroNumber, String amount) {
        return MatchCandidate.giro(id, "PR-" + id, new BigDecimal(amount), giroNumber, EFFECTIVE,
                EFFECTIVE.plusDays(60), "CUST0" + id, "Toko " + id);
    }

    private static StatementEntry credit(String amount, String description) {
        return new StatementEntry(7, VALUE_DATE, VALUE_DATE, Direction.CREDIT, new BigDecimal(amount), description, "");
    }

    private static StatementEntry debit(String amount, String description) {
        return new StatementEntry(9, VALUE_DATE, VALUE_DATE, Direction.DEBIT, new BigDecimal(amount), description, "");
    }

    @Test
    void giroNumbersMatchWhateverSpacesDashesPrefixesAndLeadingZerosTheBankWrites() {
        assertThat(GiroNumbers.normalise("BG-001234")).isEqualTo("1234");
        assertThat(GiroNumbers.in("KLIRING BG 001234 TOKO")).contains("1234");
        assertThat(GiroNumbers.in("KLIRING CA 00 12 34")).contains("1234");
        assertThat(GiroNumbers.in("KLR-0012-34/MASUK")).contains("1234");
        assertThat(GiroNumbers.in("TRANSFER 15000000")).doesNotContain("1234");
    }

    @Test
    void aCreditOfTheAmountNamingTheGiroNumberIsProposedAsSure() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(1, "BG 00 1234", "15000000.00"),
                giro(2, "5678", "15000000.00")));

        Proposal proposal = matcher.propose(credit("15000000.00", "KLIRING MASUK BG-001234 PT TOKO MAKMUR"));

        assertThat(proposal.state()).isEqualTo(LineState.PROPOSED);
        assertThat(proposal.action()).isEqualTo(LineAction.RESOLVE_GIRO);
        assertThat(proposal.only().number()).isEqualTo("PR-1");
        assertThat(proposal.reason().code()).isEqualTo("match.giro");
    }

    @Test
    void aCreditBeforeTheEffectiveDateIsNotAMatchAndSaysWhy() {
        MatchCandidate later = MatchCandidate.giro(1, "PR-1", new BigDecimal("100.00"), "1234", VALUE_DATE.plusDays(1),
                VALUE_DATE.plusDays(60), "C", "Toko");

        Proposal proposal = new StatementMatcher(List.of(later)).propose(credit("100.00", "BG 1234"));

        assertThat(proposal.state()).isEqualTo(LineState.UNMATCHED);
        assertThat(proposal.reason().code()).isEqualTo("match.giroNotClearing");
    }

    @Test
    void twoGirosOfTheSameAmountWithoutANumberInTheLineAreOfferedToChoose() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(1, "1111", "500000.00"), giro(2, "2222", "500000.00")));

        Proposal proposal = matcher.propose(credit("500000.00", "KLIRING MASUK"));

        assertThat(proposal.state()).isEqualTo(LineState.AMBIGUOUS);
        assertThat(proposal.candidates()).extracting(MatchCandidate::number).containsExactly("PR-1", "PR-2");
        assertThat(proposal.reason().code()).isEqualTo("match.amountOnly");
    }

    @Test
    void twoGirosCarryingTheSameNumberAndAmountAreOfferedToChoose() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(1, "BG 1234", "500000.00"),
                giro(2, "CA-01234", "500000.00")));

        Proposal proposal = matcher.propose(credit("500000.00", "KLIRING 1234"));

        assertThat(proposal.state()).isEqualTo(LineState.AMBIGUOUS);
        assertThat(proposal.action()).isEqualTo(LineAction.RESOLVE_GIRO);
        assertThat(proposal.candidates()).hasSize(2);
    }

    @Test
    void aCreditEqualToAnOpenDepositsTotalIsThatDeposit() {
        MatchCandidate deposit = MatchCandidate.deposit(40, "SG-260800001", new BigDecimal("22500000.50"),
                VALUE_DATE.minusDays(1));

        Proposal proposal = new StatementMatcher(List.of(deposit)).propose(credit("22500000.50", "SETORAN KLIRING"));

        assertThat(proposal.state()).isEqualTo(LineState.PROPOSED);
        assertThat(proposal.action()).isEqualTo(LineAction.RESOLVE_DEPOSIT);
        assertThat(proposal.only().number()).isEqualTo("SG-260800001");
    }

    @Test
    void aTransferMatchesByAmountAndTheCustomersCodeOrNameInTheDescription() {
        MatchCandidate transfer = MatchCandidate.transfer(5, "PR-5", new BigDecimal("2250000.00"),
                "CUST02", "CV Sinar Jaya");
        MatchCandidate other = MatchCandidate.transfer(6, "PR-6", new BigDecimal("2250000.00"),
                "CUST09", "Toko Lain");

        Proposal proposal = new StatementMatcher(List.of(transfer, other))
                .propose(credit("2250000.00", "TRSF E-BANKING CR 1508/FTSCY CV SINAR JAYA"));

        assertThat(proposal.state()).isEqualTo(LineState.PROPOSED);
        assertThat(proposal.action()).isEqualTo(LineAction.RESOLVE_TRANSFER);
        assertThat(proposal.only().number()).isEqualTo("PR-5");
    }

    @Test
    void aReturnLineNamingAGiroProposesGiroRejected() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(3, "55120", "2500000.00")));

        Proposal proposal = matcher.propose(debit("2500000.00", "TOLAKAN KLIRING BG 55120 DANA TIDAK CUKUP"));

        assertThat(proposal.state()).isEqualTo(LineState.PROPOSED);
        assertThat(proposal.action()).isEqualTo(LineAction.REJECT_GIRO);
        assertThat(proposal.only().number()).isEqualTo("PR-3");
    }

    @Test
    void aDebitThatIsNoReturnIsLeftUnmatched() {
        Proposal proposal = new StatementMatcher(List.of(giro(3, "55120", "6500.00"))).propose(debit("6500.00",
                "BIAYA ADMINISTRASI"));

        assertThat(proposal.state()).isEqualTo(LineState.UNMATCHED);
        assertThat(proposal.reason().code()).isEqualTo("match.debit");
    }

    @Test
    void aGiroProposedForOneLineIsNotProposedAgainForAnother() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(1, "1234", "100.00")));

        Proposal first = matcher.propose(credit("100.00", "BG 1234"));
        Proposal second = matcher.propose(credit("100.00", "BG 1234"));

        assertThat(first.state()).isEqualTo(LineState.PROPOSED);
        assertThat(second.state()).isEqualTo(LineState.UNMATCHED);
        assertThat(second.reason().code()).isEqualTo("match.none");
    }

    @Test
    void aCreditOfAnAmountNothingOwesIsUnmatched() {
        Proposal proposal = new StatementMatcher(List.of(giro(1, "1234", "100.00"))).propose(credit("99.00", "BG 1234"));

        assertThat(proposal.state()).isEqualTo(LineState.UNMATCHED);
        assertThat(proposal.candidates()).isEmpty();
    }

    @Test
    void aLineOfAnAmountManyGirosCarryThatNamesNoNumberIsLeftForAPerson() {
        StatementMatcher matcher = new StatementMatcher(List.of(giro(1, "1111", "500000.00")),
                java.util.Set.of(new BigDecimal("500000.00")));

        Proposal unnamed = matcher.propose(credit("500000.00", "KLIRING MASUK"));
        Proposal named = matcher.propose(credit("500000.00", "KLIRING BG 1111"));

        assertThat(unnamed.state()).isEqualTo(LineState.UNMATCHED);
        assertThat(unnamed.reason().code()).isEqualTo("match.crowdedAmount");
        assertThat(named.state()).isEqualTo(LineState.PROPOSED);
    }
}
