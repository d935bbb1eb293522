package id.lunas.bench;

import id.lunas.domain.giro.GiroNumbers;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;

/**
 * The one place the benchmarks write payments straight into the database, as Lunas stores them: a
 * migration that changes the payment table changes this class and no loader. Rows go in batches
 * ({@link #add}, {@link #flush}) or one at a time with their new id ({@link #insert}).
 */
final class PaymentRows implements AutoCloseable {

    private static final String INSERT = "INSERT INTO customer_payment (number, customer_id, payment_date, method, "
            + "amount, status, await_clearing, giro_number, giro_drawer_bank, giro_issue_date, giro_effective_date, "
            + "giro_key, resolved_date, overdue, version, created_at, created_by, updated_at, updated_by, "
            + "bank_account_id, giro_match_key) "
            + "VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, FALSE, 1, ?, 'bench', ?, 'bench', ?, ?)";

    /**
     * One payment; the giro fields are null for other methods, {@code resolved} for money that is in,
     * {@code bankAccountId} for money received for no company account (see {@link #receivedFor}).
     */
    record Row(String number, long customerId, LocalDate paid, String method, BigDecimal amount, String status,
               String giroNumber, String drawerBank, LocalDate issued, LocalDate effective, LocalDate resolved,
               Long bankAccountId) {

        static Row activeGiro(String number, long customerId, BigDecimal amount, String giroNumber, LocalDate issued,
                              LocalDate effective) {
            return new Row(number, customerId, issued, "GIRO", amount, "ACTIVE", giroNumber, "BCA", issued, effective,
                    null, null);
        }

        static Row cash(String number, long customerId, BigDecimal amount, LocalDate paid) {
            return new Row(number, customerId, paid, "CASH", amount, "COMPLETED", null, null, null, null, paid, null);
        }

        /** The same payment, received for this company bank account (where a giro is deposited). */
        Row receivedFor(long accountId) {
            return new Row(number, customerId, paid, method, amount, status, giroNumber, drawerBank, issued, effective,
                    resolved, accountId);
        }
    }

    private final PreparedStatement insert;

    PaymentRows(Connection db) throws SQLException {
        insert = db.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
    }

    void add(Row row) throws SQLException {
        bind(row);
        insert.addBatch();
    }

    void flush() throws SQLException {
        insert.executeBatch();
    }

    /** Inserts one row now and answers its id. */
    long insert(Row row) throws SQLException {
        bind(row);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            return key.getLong(1);
        }
    }

    private void bind(Row row) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        insert.setString(1, row.number());
        insert.setLong(2, row.customerId());
        insert.setDate(3, Date.valueOf(row.paid()));
        insert.setString(4, row.method());
        insert.setBigDecimal(5, row.amount());
        insert.setString(6, row.status());
        insert.setString(7, row.giroNumber());
        insert.setString(8, row.drawerBank());
        insert.setDate(9, row.issued() == null ? null : Date.valueOf(row.issued()));
        insert.setDate(10, row.effective() == null ? null : Date.valueOf(row.effective()));
        // the giro's identity, as Giro.identity() writes it: one sheet of one bank is on one live payment
        insert.setString(11, row.giroNumber() == null ? null : (row.drawerBank() + "|" + row.giroNumber()).toUpperCase());
        insert.setDate(12, row.resolved() == null ? null : Date.valueOf(row.resolved()));
        insert.setTimestamp(13, now);
        insert.setTimestamp(14, now);
        if (row.bankAccountId() == null) {
            insert.setNull(15, Types.BIGINT);
        } else {
            insert.setLong(15, row.bankAccountId());
        }
        String matchKey = row.giroNumber() == null ? "" : GiroNumbers.normalise(row.giroNumber());
        insert.setString(16, matchKey.isEmpty() ? null : matchKey);
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
