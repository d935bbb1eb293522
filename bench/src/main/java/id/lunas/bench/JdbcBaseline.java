package id.lunas.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The physical limit Lunas is judged against: the same SQL work a record or a resolve does (number
 * sequence, invoice locks in id order, allocation sums, inserts, the history event) in one
 * transaction per operation, by plain JDBC with no application server in between.
 */
final class JdbcBaseline implements AutoCloseable {

    private static final String SEQUENCE = "JDBC";

    private final BlockingQueue<Connection> connections;
    private final long customerId;

    JdbcBaseline(String url, String user, String password, int size, long customerId) throws SQLException {
        connections = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connections.add(connection);
        }
        this.customerId = customerId;
        try (Connection db = DriverManager.getConnection(url, user, password); Statement sql = db.createStatement()) {
            sql.executeUpdate("INSERT IGNORE INTO document_number_sequence (series, period, last_value) VALUES ('PR', '"
                    + SEQUENCE + "', 0)");
        }
    }

    /** Invoices of the baseline's own, written untimed before a round; returns their ids. */
    List<Long> invoices(String prefix, int count, LocalDate date) throws Exception {
        Connection db = connections.take();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO invoice (number, customer_id, invoice_date, "
                + "due_date, amount, cancelled, version, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, 1000.00, FALSE, 1, NOW(6), 'bench', NOW(6), 'bench')",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, prefix + i);
                insert.setLong(2, customerId);
                insert.setDate(3, Date.valueOf(date));
                insert.setDate(4, Date.valueOf(date.plusDays(30)));
                insert.addBatch();
            }
            insert.executeBatch();
            List<Long> ids = new ArrayList<>(count);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            db.commit();
            return ids;
        } finally {
            connections.put(db);
        }
    }

    /** Records one giro payment allocated over two invoices; returns its number. */
    String record(String giroNumber, long firstInvoice, long secondInvoice, LocalDate today) throws Exception {
        Connection db = connections.take();
        try {
            int sequence;
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("UPDATE document_number_sequence SET last_value = last_value + 1 "
                        + "WHERE series = 'PR' AND period = '" + SEQUENCE + "'");
                try (ResultSet value = sql.executeQuery("SELECT last_value FROM document_number_sequence "
                        + "WHERE series = 'PR' AND period = '" + SEQUENCE + "'")) {
                    value.next();
                    sequence = value.getInt(1);
                }
            }
            try (PreparedStatement lock = db.prepareStatement("SELECT id, amount FROM invoice WHERE id IN (?, ?) "
                    + "ORDER BY id FOR UPDATE")) {
                lock.setLong(1, Math.min(firstInvoice, secondInvoice));
                lock.setLong(2, Math.max(firstInvoice, secondInvoice));
                drain(lock.executeQuery());
            }
            try (PreparedStatement allocated = db.prepareStatement("SELECT a.invoice_id, COALESCE(SUM(a.amount), 0) "
                    + "FROM payment_allocation a JOIN customer_payment p ON p.id = a.payment_id "
                    + "WHERE a.invoice_id IN (?, ?) AND p.status <> 'CANCELLED' GROUP BY a.invoice_id")) {
                allocated.setLong(1, firstInvoice);
                allocated.setLong(2, secondInvoice);
                drain(allocated.executeQuery());
            }
            String number = String.format("PJ-%09d", sequence);
            long paymentId;
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PaymentRows payments = new PaymentRows(db)) {
                paymentId = payments.insert(PaymentRows.Row.activeGiro(number, customerId, new BigDecimal("1000.00"),
                        giroNumber, today, today));
            }
            try (PreparedStatement allocation = db.prepareStatement("INSERT INTO payment_allocation (payment_id, "
                    + "invoice_id, amount, payment_date, payment_cancelled) VALUES (?, ?, ?, ?, FALSE)")) {
                for (long invoice : new long[] {firstInvoice, secondInvoice}) {
                    allocation.setLong(1, paymentId);
                    allocation.setLong(2, invoice);
                    allocation.setBigDecimal(3, new BigDecimal("500.00"));
                    allocation.setDate(4, Date.valueOf(today));
                    allocation.addBatch();
                }
                allocation.executeBatch();
            }
            event(db, paymentId, now, "RECORDED", null, "ACTIVE");
            db.commit();
            return number;
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            connections.put(db);
        }
    }

    /** Resolves one Active payment by its number, locking its row first as the service does. */
    void resolve(String number, LocalDate resolvedDate) throws Exception {
        Connection db = connections.take();
        try {
            long id;
            try (PreparedStatement lock = db.prepareStatement("SELECT id, status, version FROM customer_payment "
                    + "WHERE number = ? FOR UPDATE")) {
                lock.setString(1, number);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next() || !"ACTIVE".equals(row.getString(2))) {
                        throw new IllegalStateException(number + " is not an Active payment");
                    }
                    id = row.getLong(1);
                }
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement update = db.prepareStatement("UPDATE customer_payment SET status = 'COMPLETED', "
                    + "resolved_date = ?, overdue = FALSE, overdue_since = NULL, version = version + 1, updated_at = ?, "
                    + "updated_by = 'bench' WHERE id = ?")) {
                update.setDate(1, Date.valueOf(resolvedDate));
                update.setTimestamp(2, now);
                update.setLong(3, id);
                update.executeUpdate();
            }
            try (PreparedStatement cleared = db.prepareStatement("UPDATE payment_allocation SET cleared_date = ? "
                    + "WHERE payment_id = ?")) {
                cleared.setDate(1, Date.valueOf(resolvedDate));
                cleared.setLong(2, id);
                cleared.executeUpdate();
            }
            event(db, id, now, "RESOLVED", "ACTIVE", "COMPLETED");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            connections.put(db);
        }
    }

    /** The floor: reads one customer by its code, as {@code GET /api/customers/{code}} does. */
    void customer(String code) throws Exception {
        Connection db = connections.take();
        try (PreparedStatement select = db.prepareStatement("SELECT id, code, name, address, phone, active, version "
                + "FROM customer WHERE code = ?")) {
            select.setString(1, code);
            try (ResultSet rows = select.executeQuery()) {
                drain(rows);
            }
            db.commit();
        } finally {
            connections.put(db);
        }
    }

    private static void event(Connection db, long paymentId, Timestamp at, String action, String from, String to)
            throws SQLException {
        try (PreparedStatement event = db.prepareStatement("INSERT INTO payment_event (payment_id, at, username, "
                + "action, from_status, to_status) VALUES (?, ?, 'bench', ?, ?, ?)")) {
            event.setLong(1, paymentId);
            event.setTimestamp(2, at);
            event.setString(3, action);
            event.setString(4, from);
            event.setString(5, to);
            event.executeUpdate();
        }
    }

    private static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            while (rows.next()) {
                rows.getObject(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
