package id.lunas.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Measures the overdue-giro scan of a running Lunas on MySQL: loads 100,000 Active giros (10,000
 * of them overdue) straight into its database, then asks the server for a scan several times,
 * clearing the flags in between, and prints the time and the SQL statements each scan issued.
 * Every round is checked against the database: exactly the overdue giros flagged, one event each.
 *
 * <p>Environment: LUNAS_DB_URL / LUNAS_DB_USER / LUNAS_DB_PASSWORD (the server's database),
 * LUNAS_BASE_URL (default http://localhost:8080), LUNAS_BENCH_USER / LUNAS_BENCH_PASSWORD if the
 * API asks for sign-in. Arguments: total giros, overdue giros, measured rounds.
 */
public final class GiroScanBenchmark {

    private static final String PREFIX = "PR-99";
    private static final String BENCH_CUSTOMER = "BENCH-GIRO";
    private static final int BATCH = 2_000;

    private final String baseUrl = Env.get("LUNAS_BASE_URL", "http://localhost:8080");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final LocalDate today = LocalDate.now(ZoneId.of(Env.get("LUNAS_ZONE", "Asia/Jakarta")));

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int overdue = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        new GiroScanBenchmark().run(total, overdue, rounds);
    }

    private void run(int total, int overdue, int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection(Env.require("LUNAS_DB_URL"),
                Env.require("LUNAS_DB_USER"),
                System.getenv().getOrDefault("LUNAS_DB_PASSWORD", ""))) {
            db.setAutoCommit(false);
            load(db, total, overdue);
            System.out.printf(Locale.ROOT, "%nOverdue-giro scan: %,d Active giros, %,d overdue, %s%n", total, overdue,
                    db.getMetaData().getDatabaseProductName() + " " + db.getMetaData().getDatabaseProductVersion());
            reset(db);
            Round warmUp = scan(db, overdue);
            System.out.printf(Locale.ROOT, "warm-up   %8.3f s  %2d statements%n", warmUp.seconds(), warmUp.statements());
            List<Round> measured = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                reset(db);
                Round round = scan(db, overdue);
                measured.add(round);
                System.out.printf(Locale.ROOT, "round %-3d %8.3f s  %2d statements%n", i, round.seconds(),
                        round.statements());
            }
            List<Double> seconds = measured.stream().map(Round::seconds).sorted().toList();
            System.out.printf(Locale.ROOT, "%n| figure | median | min | max |%n|---|---|---|---|%n");
            System.out.printf(Locale.ROOT, "| scan seconds (%,d giros, %,d overdue) | %.3f | %.3f | %.3f |%n", total,
                    overdue, seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1));
            System.out.printf(Locale.ROOT, "| SQL statements per scan | %d | | |%n", measured.get(0).statements());
        }
    }

    /** Asks the server to scan and checks that it flagged exactly the overdue giros, once each. */
    private Round scan(Connection db, int overdue) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/giro-scans"))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody());
        String user = System.getenv("LUNAS_BENCH_USER");
        if (user != null) {
            String token = user + ":" + System.getenv().getOrDefault("LUNAS_BENCH_PASSWORD", "");
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The scan answered " + response.statusCode() + ": " + response.body());
        }
        JsonObject result = Json.createReader(new StringReader(response.body())).readObject();
        if (!"COMPLETED".equals(result.getString("outcome")) || result.getInt("newlyFlagged") != overdue) {
            throw new IllegalStateException("Expected " + overdue + " giros flagged, the scan answered " + result);
        }
        long flagged = count(db, "SELECT COUNT(*) FROM customer_payment WHERE number LIKE '" + PREFIX + "%' AND overdue");
        long events = count(db, "SELECT COUNT(*) FROM payment_event e JOIN customer_payment p ON p.id = e.payment_id "
                + "WHERE p.number LIKE '" + PREFIX + "%' AND e.action = 'FLAGGED_OVERDUE'");
        if (flagged != overdue || events != overdue) {
            throw new IllegalStateException("The database holds " + flagged + " flagged giros and " + events
                    + " overdue events; expected " + overdue + " of each");
        }
        return new Round(seconds, result.getInt("statements"));
    }

    /** Clears the flags and events of the benchmark's giros so the next round flags them afresh. */
    private void reset(Connection db) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE e FROM payment_event e JOIN customer_payment p ON p.id = e.payment_id "
                    + "WHERE p.number LIKE '" + PREFIX + "%' AND e.action = 'FLAGGED_OVERDUE'");
            sql.executeUpdate("UPDATE customer_payment SET overdue = FALSE, overdue_since = NULL "
                    + "WHERE number LIKE '" + PREFIX + "%'");
        }
        db.commit();
        long others = count(db, "SELECT COUNT(*) FROM customer_payment WHERE status = 'ACTIVE' AND method = 'GIRO' "
                + "AND NOT overdue AND number NOT LIKE '" + PREFIX + "%' AND giro_effective_date < '"
                + today.minusDays(3) + "'");
        if (others > 0) {
            throw new IllegalStateException(others + " other overdue giros would be flagged too; use a database of "
                    + "its own for the benchmark");
        }
    }

    private void load(Connection db, int total, int overdue) throws SQLException {
        if (count(db, "SELECT COUNT(*) FROM customer_payment WHERE number LIKE '" + PREFIX + "%'") == total) {
            System.out.printf(Locale.ROOT, "Reusing the %,d benchmark giros already loaded%n", total);
            return;
        }
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE e FROM payment_event e JOIN customer_payment p ON p.id = e.payment_id "
                    + "WHERE p.number LIKE '" + PREFIX + "%'");
            sql.executeUpdate("DELETE FROM customer_payment WHERE number LIKE '" + PREFIX + "%'");
            sql.executeUpdate("DELETE FROM customer WHERE code = '" + BENCH_CUSTOMER + "'");
            sql.executeUpdate("INSERT INTO customer (code, name, active, version, created_at, created_by, updated_at, "
                    + "updated_by) VALUES ('" + BENCH_CUSTOMER + "', 'TOKO BENCHMARK', TRUE, 1, NOW(6), 'bench', "
                    + "NOW(6), 'bench')");
        }
        long customer = count(db, "SELECT id FROM customer WHERE code = '" + BENCH_CUSTOMER + "'");
        long started = System.nanoTime();
        BigDecimal amount = new BigDecimal("1250000.00");
        try (PaymentRows payments = new PaymentRows(db)) {
            for (int i = 0; i < total; i++) {
                // The first `overdue` giros fell due 4 to 33 days ago; the rest fall due in the next 60 days.
                LocalDate effective = i < overdue ? today.minusDays(4 + i % 30) : today.plusDays(1 + i % 60);
                payments.add(PaymentRows.Row.activeGiro(String.format(Locale.ROOT, "%s%02d%05d", PREFIX, 1 + i / 99_999,
                        1 + i % 99_999), customer, amount, "BENCH-" + i, effective.minusDays(2), effective));
                if ((i + 1) % BATCH == 0 || i == total - 1) {
                    payments.flush();
                    db.commit();
                }
            }
        }
        System.out.printf(Locale.ROOT, "Loaded %,d giros in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            long value = rows.getLong(1);
            db.commit();
            return value;
        }
    }



    private record Round(double seconds, int statements) {
    }
}
