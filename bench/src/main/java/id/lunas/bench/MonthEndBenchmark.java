package id.lunas.bench;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Month-end reads at scale, as issue 18 asks: the A/R aging of 5,000 shops over 200,000 invoices
 * and 1,000,000 payments allocated to them (a quarter still clearing as Active giros), and the
 * audit view's first page over 3,000,000 payment events, unfiltered and by user, action and
 * customer. The data is loaded once straight into the database (later runs reuse it); every
 * answer is checked: the aging's grand total against the same sum in SQL, each audit page full and
 * newest first.
 *
 * <p>Environment as for {@link GiroScanBenchmark}. Arguments: measured rounds (default 3).
 */
public final class MonthEndBenchmark {

    private static final int SHOPS = 5_000;
    private static final int INVOICES_PER_SHOP = 40;
    private static final int INVOICES = SHOPS * INVOICES_PER_SHOP;
    private static final int PAYMENTS = 1_000_000;
    private static final int EVENTS_PER_PAYMENT = 3;
    private static final String INVOICE_PREFIX = "MEI-";
    private static final String PAYMENT_PREFIX = "ME-";
    private static final BigDecimal INVOICE_AMOUNT = new BigDecimal("1000000.00");
    private static final BigDecimal PAYMENT_AMOUNT = new BigDecimal("100000.00");
    private static final int AGING_SAMPLES = 10;
    private static final int AUDIT_SAMPLES = 100;
    private static final int BATCH = 5_000;

    private final String dbUrl = Env.require("LUNAS_DB_URL");
    private final LunasClient lunas = new LunasClient(Env.get("LUNAS_BASE_URL", "http://localhost:8080"),
            Env.require("LUNAS_BENCH_USER"), Env.require("LUNAS_BENCH_PASSWORD"));
    private final LocalDate today = LocalDate.now(ZoneId.of(Env.get("LUNAS_ZONE", "Asia/Jakarta")));
    private final Figures figures = new Figures();

    public static void main(String[] args) throws Exception {
        new MonthEndBenchmark().run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    private void run(int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection(dbUrl, Env.require("LUNAS_DB_USER"),
                System.getenv().getOrDefault("LUNAS_DB_PASSWORD", ""))) {
            load(db);
            BigDecimal expectedTotal = outstandingInSql(db);
            System.out.printf(Locale.ROOT, "%nMonth-end benchmark: %,d invoices, %,d allocated payments, %,d events, %s %s%n",
                    BenchDb.count(db, "SELECT COUNT(*) FROM invoice"),
                    BenchDb.count(db, "SELECT COUNT(*) FROM payment_allocation"),
                    BenchDb.count(db, "SELECT COUNT(*) FROM payment_event"),
                    db.getMetaData().getDatabaseProductName(), db.getMetaData().getDatabaseProductVersion());
            for (int round = 0; round <= rounds; round++) {
                boolean measured = round > 0;
                System.out.println(measured ? "round " + round : "warm-up");
                Load.Run aging = Load.run(1, AGING_SAMPLES, i -> checkAging(expectedTotal));
                Load.Run audit = auditPages("");
                Load.Run byUser = auditPages("&user=collector");
                Load.Run byAction = auditPages("&action=RESOLVED");
                Load.Run byCustomer = auditPages("&customerCode=SHOP-17");
                if (measured) {
                    figures.add("A/R aging, 5,000 shops, 1,000,000 payments: p50 ms", "",
                            aging.percentile(50));
                    figures.add("A/R aging: slowest of 10, ms", "< 2,000", aging.percentile(100));
                    figures.add("audit view first page, 3,000,000 events: p50 ms", "", audit.percentile(50));
                    figures.add("audit view first page: p99 ms", "< 100", audit.percentile(99));
                    figures.add("audit view by user: p99 ms", "< 100", byUser.percentile(99));
                    figures.add("audit view by action: p99 ms", "< 100", byAction.percentile(99));
                    figures.add("audit view by customer: p99 ms", "< 100", byCustomer.percentile(99));
                }
            }
        }
        figures.print();
    }

    private void checkAging(BigDecimal expectedTotal) throws Exception {
        JsonObject aging = LunasClient.object(lunas.send("GET", "/api/reports/ar-aging?date=" + today, null, 200));
        BigDecimal total = ((JsonNumber) aging.getJsonObject("totals").get("total")).bigDecimalValue();
        if (total.compareTo(expectedTotal) != 0 || aging.getJsonArray("customers").size() < SHOPS) {
            throw new IllegalStateException("the aging says " + total + " over " + aging.getJsonArray("customers")
                    .size() + " customers; the database says " + expectedTotal + " over at least " + SHOPS);
        }
    }

    private Load.Run auditPages(String filter) throws Exception {
        return Load.run(1, AUDIT_SAMPLES, i -> {
            JsonObject page = LunasClient.object(lunas.send("GET", "/api/payment-events?page=0&size=50" + filter, null,
                    200));
            if (page.getJsonArray("items").size() != 50) {
                throw new IllegalStateException("the audit page " + URLEncoder.encode(filter, StandardCharsets.UTF_8)
                        + " is not full: " + page.getJsonArray("items").size());
            }
        });
    }

    /** What the aging must add up to on the day: every open invoice's amount less what is allocated to it. */
    private BigDecimal outstandingInSql(Connection db) throws SQLException {
        try (PreparedStatement sum = db.prepareStatement("SELECT (SELECT COALESCE(SUM(i.amount), 0) FROM invoice i "
                + "WHERE i.cancelled = FALSE AND i.invoice_date <= ?) - (SELECT COALESCE(SUM(a.amount), 0) "
                + "FROM payment_allocation a JOIN customer_payment p ON p.id = a.payment_id "
                + "JOIN invoice i ON i.id = a.invoice_id WHERE p.status <> 'CANCELLED' AND p.payment_date <= ? "
                + "AND i.cancelled = FALSE AND i.invoice_date <= ?)")) {
            for (int i = 1; i <= 3; i++) {
                sum.setDate(i, Date.valueOf(today));
            }
            try (var row = sum.executeQuery()) {
                row.next();
                return row.getBigDecimal(1).setScale(2);
            }
        }
    }

    /**
     * Once: forty invoices per shop, due from 30 days ahead to 165 days ago (every aging bucket),
     * five payments of a tenth each per invoice, three events per payment.
     */
    private void load(Connection db) throws SQLException {
        if (BenchDb.count(db, "SELECT COUNT(*) FROM customer_payment WHERE number LIKE '" + PAYMENT_PREFIX + "%'")
                >= PAYMENTS) {
            System.out.println("Reusing the month-end data in the database");
            return;
        }
        long started = System.nanoTime();
        long[] shops = BenchDb.shops(db, SHOPS);
        db.setAutoCommit(false);
        try {
            invoices(db, shops);
            payments(db, shops);
            BenchDb.execute(db, "INSERT INTO payment_allocation (payment_id, invoice_id, amount, payment_date, "
                    + "cleared_date, payment_cancelled) SELECT p.id, i.id, " + PAYMENT_AMOUNT + ", p.payment_date, "
                    + "CASE WHEN p.status = 'COMPLETED' THEN p.resolved_date END, FALSE "
                    + "FROM customer_payment p JOIN invoice i ON i.number = CONCAT('"
                    + INVOICE_PREFIX + "', LPAD(MOD(CAST(SUBSTRING(p.number, " + (PAYMENT_PREFIX.length() + 1)
                    + ") AS UNSIGNED), " + INVOICES + "), 9, '0')) WHERE p.number LIKE '" + PAYMENT_PREFIX + "%'");
            db.commit();
            // recorded, then confirmed or deposited, then resolved: by three users, in time order
            String[] actions = {"RECORDED", "CONFIRMED", "RESOLVED"};
            for (int e = 0; e < EVENTS_PER_PAYMENT; e++) {
                BenchDb.execute(db, "INSERT INTO payment_event (payment_id, at, username, action, from_status, "
                        + "to_status) SELECT p.id, TIMESTAMPADD(SECOND, " + e + ", p.created_at), "
                        + "ELT(MOD(p.id, 3) + 1, 'finance', 'collector', 'bench'), '" + actions[e]
                        + "', 'ACTIVE', 'COMPLETED' FROM customer_payment p WHERE p.number LIKE '" + PAYMENT_PREFIX
                        + "%' ORDER BY p.id");
                db.commit();
            }
        } finally {
            db.setAutoCommit(true);
        }
        BenchDb.execute(db, "ANALYZE TABLE invoice, customer_payment, payment_allocation, payment_event");
        System.out.printf(Locale.ROOT, "Loaded the month-end data in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void invoices(Connection db, long[] shops) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO invoice (number, customer_id, invoice_date, "
                + "due_date, amount, cancelled, version, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, ?, ?, ?, ?, FALSE, 1, ?, 'bench', ?, 'bench')")) {
            for (int j = 0; j < INVOICES; j++) {
                LocalDate due = today.plusDays(30).minusDays(5L * (j / SHOPS));
                insert.setString(1, String.format(Locale.ROOT, "%s%09d", INVOICE_PREFIX, j));
                insert.setLong(2, shops[j % SHOPS]);
                insert.setDate(3, Date.valueOf(due.minusDays(30)));
                insert.setDate(4, Date.valueOf(due));
                insert.setBigDecimal(5, INVOICE_AMOUNT);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if ((j + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
    }

    /** Payment {@code i} pays invoice {@code i % INVOICES}, so it is the same shop's: a quarter are Active giros. */
    private void payments(Connection db, long[] shops) throws SQLException {
        try (PaymentRows payments = new PaymentRows(db)) {
            for (int i = 0; i < PAYMENTS; i++) {
                String number = String.format(Locale.ROOT, "%s%09d", PAYMENT_PREFIX, i);
                LocalDate paid = today.minusDays(i % 60);
                long shop = shops[i % SHOPS];
                payments.add(i % 4 == 0
                        ? PaymentRows.Row.activeGiro(number, shop, PAYMENT_AMOUNT, "MEG-" + i, paid, paid.plusDays(i % 15))
                        : PaymentRows.Row.cash(number, shop, PAYMENT_AMOUNT, paid));
                if ((i + 1) % BATCH == 0) {
                    payments.flush();
                    db.commit();
                }
            }
            payments.flush();
        }
        db.commit();
    }
}
