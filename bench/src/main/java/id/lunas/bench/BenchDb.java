package id.lunas.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The benchmarks' own reads and master data, straight in the database. */
final class BenchDb {

    private BenchDb() {
    }

    /**
     * The shops the loaded data is spread over, {@code SHOP-1} to {@code SHOP-count}, created when
     * missing; their ids in that order.
     */
    static long[] shops(Connection db, int count) throws SQLException {
        try (PreparedStatement shop = db.prepareStatement("INSERT IGNORE INTO customer (code, name, active, version, "
                + "created_at, created_by, updated_at, updated_by) VALUES (?, ?, TRUE, 1, NOW(6), 'bench', NOW(6), "
                + "'bench')")) {
            for (int i = 1; i <= count; i++) {
                shop.setString(1, "SHOP-" + i);
                shop.setString(2, "TOKO " + i);
                shop.addBatch();
            }
            shop.executeBatch();
        }
        long[] ids = new long[count];
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM customer WHERE code LIKE 'SHOP-%' ORDER BY id")) {
            for (int i = 0; rows.next() && i < count; i++) {
                ids[i] = rows.getLong(1);
            }
        }
        return ids;
    }

    static long id(Connection db, String table, String code) throws SQLException {
        return count(db, "SELECT id FROM " + table + " WHERE code = '" + code + "'");
    }

    /** The first column of the first row of {@code sql}, a count or an id. */
    static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * Statements the database server has been sent so far, by every client: read around a load
     * phase on a database nothing else uses, it counts what each operation costs in round trips.
     */
    static long questions(Connection db) throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rows.next();
            return rows.getLong(2);
        }
    }
}
