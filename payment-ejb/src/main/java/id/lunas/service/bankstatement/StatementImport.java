package id.lunas.service.bankstatement;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;

import id.lunas.domain.bankaccount.BankAccount;
import id.lunas.domain.bankstatement.BankStatement;
import id.lunas.domain.bankstatement.BankStatementLine;
import id.lunas.domain.bankstatement.LineKeys;
import id.lunas.domain.bankstatement.StatementMatcher;
import id.lunas.domain.bankstatement.reading.StatementEntry;
import id.lunas.domain.bankstatement.reading.StatementFile;
import id.lunas.domain.bankstatement.reading.StatementFormat;
import id.lunas.domain.bankstatement.reading.StatementReaders;
import id.lunas.domain.customerpayment.EventArguments;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.FieldLabel;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.Texts;
import id.lunas.service.bankaccount.BankAccountService;
import id.lunas.service.platform.Changes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a bank statement file for one company account in one transaction: read it whole (or refuse
 * it), find it if it was imported before, keep only the lines no earlier statement brought, match
 * them and write them. Imports of one account take its row lock, so two uploads of the same file at
 * the same moment give one statement and the second finds it.
 */
@Stateless
@RolesAllowed({ADMIN_NAME, FINANCE_NAME})
public class StatementImport {

    /** A statement of a busy month for a distributor fits; a runaway upload does not. */
    public static final int MAX_LINES = 50_000;
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int ROWS_PER_INSERT = 20;
    private static final int KEYS_PER_QUERY = 1_000;

    /** Whether the file made a new statement, and which statement it is. */
    public record Imported(boolean created, long statementId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    BankAccountService bankAccounts;

    @Inject
    MatchCandidates candidates;

    @Inject
    StatementMappings mappings;

    public Imported importFile(String bankAccountCode, StatementFormat format, byte[] content, String fileName) {
        BankAccount account = bankAccounts.require(Texts.required("bankAccount", bankAccountCode, 50));
        Texts.present("format", format);
        if (content == null || content.length == 0) {
            throw new InvalidInputException("file", "required", FieldLabel.of("file"));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", "statement.tooBig", (long) MAX_BYTES / 1024 / 1024);
        }
        em.find(BankAccount.class, account.getId(), LockModeType.PESSIMISTIC_WRITE);
        StatementFile file = StatementReaders.of(format,
                format == StatementFormat.CSV ? mappings.find(account.getCode()).orElse(null) : null).read(content);
        if (file.entries().size() > MAX_LINES) {
            throw new InvalidInputException("file", "statement.tooManyLines", (long) MAX_LINES,
                    (long) file.entries().size());
        }
        ChangeContext change = changes.current();
        BankStatement statement = BankStatement.of(account, format, file, LineKeys.sha256(content), fileName, change);
        Optional<Long> before = existing(account, statement.getStatementKey());
        if (before.isPresent()) {
            return new Imported(false, before.get());
        }
        List<String> keys = LineKeys.of(file.entries());
        Set<String> known = knownKeys(account, keys);
        if (known.size() == keys.size()) {
            return new Imported(false, statementHolding(account, keys.get(0)));
        }
        List<StatementEntry> fresh = new ArrayList<>();
        List<String> freshKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (!known.contains(keys.get(i))) {
                fresh.add(file.entries().get(i));
                freshKeys.add(keys.get(i));
            }
        }
        statement.counted(fresh.size(), known.size());
        em.persist(statement);
        em.flush();
        StatementMatcher matcher = candidates.matcherFor(account, fresh);
        List<BankStatementLine> lines = new ArrayList<>(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            lines.add(BankStatementLine.of(statement, fresh.get(i), freshKeys.get(i), matcher.propose(fresh.get(i))));
        }
        insert(lines);
        return new Imported(true, statement.getId());
    }

    private Optional<Long> existing(BankAccount account, String key) {
        return em.createQuery("select s.id from BankStatement s where s.bankAccount = :account "
                        + "and s.statementKey = :key", Long.class)
                .setParameter("account", account).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private Set<String> knownKeys(BankAccount account, List<String> keys) {
        Set<String> known = new HashSet<>();
        for (int first = 0; first < keys.size(); first += KEYS_PER_QUERY) {
            known.addAll(em.createQuery("select l.lineKey from BankStatementLine l where l.bankAccount = :account "
                            + "and l.lineKey in :keys", String.class)
                    .setParameter("account", account)
                    .setParameter("keys", keys.subList(first, Math.min(keys.size(), first + KEYS_PER_QUERY)))
                    .getResultList());
        }
        return known;
    }

    private long statementHolding(BankAccount account, String key) {
        return em.createQuery("select l.statement.id from BankStatementLine l where l.bankAccount = :account "
                        + "and l.lineKey = :key", Long.class)
                .setParameter("account", account).setParameter("key", key).getSingleResult();
    }

    /**
     * Multi-row INSERTs of the lines as the entity maps them (see {@code InvoiceImport} for why 20 rows
     * a statement): ten thousand lines persisted one by one would cost two round trips each.
     */
    private void insert(List<BankStatementLine> lines) {
        EventArguments arguments = new EventArguments();
        for (int first = 0; first < lines.size(); first += ROWS_PER_INSERT) {
            List<BankStatementLine> chunk = lines.subList(first, Math.min(lines.size(), first + ROWS_PER_INSERT));
            var insert = em.createNativeQuery("INSERT INTO bank_statement_line (statement_id, bank_account_id, "
                    + "line_number, booking_date, value_date, direction, amount, description, reference, line_key, "
                    + "state, action, proposed_payment_id, proposed_deposit_id, candidates, reason_code, reason_args, "
                    + "version) VALUES " + String.join(", ", Collections.nCopies(chunk.size(),
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")));
            int p = 1;
            for (BankStatementLine line : chunk) {
                insert.setParameter(p++, line.getStatement().getId());
                insert.setParameter(p++, line.getBankAccount().getId());
                insert.setParameter(p++, line.getLineNumber());
                insert.setParameter(p++, line.getBookingDate());
                insert.setParameter(p++, line.getValueDate());
                insert.setParameter(p++, line.getDirection().name());
                insert.setParameter(p++, line.getAmount());
                insert.setParameter(p++, line.getDescription());
                insert.setParameter(p++, line.getReference());
                insert.setParameter(p++, line.getLineKey());
                insert.setParameter(p++, line.getState().name());
                insert.setParameter(p++, line.getAction() == null ? null : line.getAction().name());
                insert.setParameter(p++, line.getProposedPaymentId());
                insert.setParameter(p++, line.getProposedDepositId());
                insert.setParameter(p++, line.getCandidates());
                insert.setParameter(p++, line.getReasonCode());
                insert.setParameter(p++, arguments.convertToDatabaseColumn(line.getReasonArguments()));
            }
            insert.executeUpdate();
        }
    }
}
