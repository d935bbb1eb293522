package id.lunas.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Measures a running Lunas on MySQL against the database's own limit, as issue 7 asks: recording
 * and resolving payments at 16 concurrent clients next to plain JDBC doing the same SQL work, the
 * payment list (REST and the JSF page) with a million payments in the database, the ERP's batch
 * invoice import, giro deposits (what is to deposit among a quarter of a million Active giros, and a
 * deposit of 1,000 giros made and resolved), start-up time and the server's memory. A floor (one customer read by code, over
 * HTTP and by JDBC) shows what any authenticated request costs on the same machine before it does
 * any work of its own. Every figure is checked against the
 * database (counts of what was sent) and every response's status is checked, so errors fail the
 * run instead of looking fast.
 *
 * <p>Environment as for {@link GiroScanBenchmark}; LUNAS_BENCH_ROWS (default 1,000,000) sets the
 * list's size; LUNAS_BENCH_WARMUP_ROUNDS (default 5) the unmeasured rounds first, which the JIT
 * needs on a freshly started server (a warm server answers several times faster than a cold one);
 * LUNAS_ASADMIN and LUNAS_DOMAIN (default domain1) let it restart the server to time start-up.
 * Arguments: payments per round, measured rounds, clients.
 */
public final class ApiBenchmark {

    private static final String CUSTOMER = "BENCH-API";
    private static final String BANK = "BENCH-BRI";
    /** The company accounts the loaded giros were received for, so there is something to deposit to each. */
    private static final List<String> DEPOSIT_ACCOUNTS = List.of(BANK, "BENCH-BCA", "BENCH-MANDIRI", "BENCH-BNI");
    private static final int DEPOSIT_GIROS = 1_000;
    private static final String LIST_PREFIX = "PL-";
    private static final int LIST_SAMPLES = 100;
    private static final int IMPORT_BATCH = 1_000;
    private static final int SHOPS = 5_000;

    private final String dbUrl = Env.require("LUNAS_DB_URL");
    private final String dbUser = Env.require("LUNAS_DB_USER");
    private final String dbPassword = System.getenv().getOrDefault("LUNAS_DB_PASSWORD", "");
    private final LunasClient lunas = new LunasClient(Env.get("LUNAS_BASE_URL", "http://localhost:8080"),
            Env.require("LUNAS_BENCH_USER"), Env.require("LUNAS_BENCH_PASSWORD"));
    private final LocalDate today = LocalDate.now(ZoneId.of(Env.get("LUNAS_ZONE", "Asia/Jakarta")));
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    private final Figures figures = new Figures();
    private List<String> searches;

    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        new ApiBenchmark().run(perRound, rounds, clients);
    }

    private void run(int perRound, int rounds, int clients) throws Exception {
        masterData();
        try (Connection db = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             JdbcBaseline jdbc = new JdbcBaseline(dbUrl, dbUser, dbPassword, clients, BenchDb.id(db, "customer", CUSTOMER))) {
            int rows = Integer.parseInt(Env.get("LUNAS_BENCH_ROWS", "1000000"));
            loadList(db, rows);
            searches = searchTexts(rows);
            for (String text : searches) {
                int found = LunasClient.object(lunas.send("GET", "/api/payments?q=" + query(text) + "&size=1", null,
                        200)).getInt("totalItems");
                if (found == 0) {
                    throw new IllegalStateException("the search for " + text + " finds nothing");
                }
            }
            System.out.printf(Locale.ROOT, "%nLunas benchmark %s: %,d payments per round, %d clients, %s %s%n", run,
                    perRound, clients, db.getMetaData().getDatabaseProductName(),
                    db.getMetaData().getDatabaseProductVersion());
            String session = lunas.signInToBackOffice(Env.require("LUNAS_BENCH_USER"),
                    Env.require("LUNAS_BENCH_PASSWORD"));
            int warmUps = Integer.parseInt(Env.get("LUNAS_BENCH_WARMUP_ROUNDS", "5"));
            for (int round = 1 - warmUps; round <= rounds; round++) {
                boolean measured = round > 0;
                System.out.printf(Locale.ROOT, "%s%n", measured ? "round " + round : "warm-up");
                round(db, jdbc, session, round, measured, perRound, clients);
            }
        }
        memory();
        startUp();
        figures.print();
    }

    private void round(Connection db, JdbcBaseline jdbc, String session, int round, boolean measured, int perRound,
                       int clients) throws Exception {
        String tag = run + (measured ? "R" : "W") + Math.abs(round);
        List<String> invoices = importInvoices(db, tag, 2 * perRound, measured);

        List<String> payments = Collections.synchronizedList(new ArrayList<>());
        Counted record = counted(db, clients, perRound, i -> payments.add(LunasClient.object(lunas.send("POST",
                "/api/payments", paymentJson(tag, i, invoices.get(2 * i), invoices.get(2 * i + 1)), 201))
                .getString("number")));
        expect(db, "SELECT COUNT(*) FROM customer_payment WHERE giro_number LIKE 'BG" + tag + "-%'", perRound);
        expect(db, "SELECT COUNT(*) FROM payment_allocation a JOIN customer_payment p ON p.id = a.payment_id "
                + "WHERE p.giro_number LIKE 'BG" + tag + "-%'", 2L * perRound);

        List<Long> own = jdbc.invoices("JI" + tag + "-", 2 * perRound, today);
        List<String> baselinePayments = Collections.synchronizedList(new ArrayList<>());
        Counted recordJdbc = counted(db, clients, perRound, i -> baselinePayments.add(jdbc.record("JG" + tag + "-"
                + i, own.get(2 * i), own.get(2 * i + 1), today)));
        expect(db, "SELECT COUNT(*) FROM customer_payment WHERE giro_number LIKE 'JG" + tag + "-%'", perRound);

        // half answered with the whole payment, half with Prefer: return=minimal (204, the ETag only)
        int half = perRound / 2;
        Counted resolve = counted(db, clients, half, i -> lunas.send("POST", "/api/payments/" + payments.get(i)
                + "/resolve", "{\"resolvedDate\":\"" + today + "\"}", 200));
        Counted resolveMinimal = counted(db, clients, perRound - half, i -> lunas.send("POST", "/api/payments/"
                + payments.get(half + i) + "/resolve", "{\"resolvedDate\":\"" + today + "\"}", 204,
                "Prefer", "return=minimal"));
        expect(db, "SELECT COUNT(*) FROM customer_payment WHERE giro_number LIKE 'BG" + tag
                + "-%' AND status = 'COMPLETED'", perRound);
        Counted resolveJdbc = counted(db, clients, perRound, i -> jdbc.resolve(baselinePayments.get(i), today));
        expect(db, "SELECT COUNT(*) FROM customer_payment WHERE giro_number LIKE 'JG" + tag
                + "-%' AND status = 'COMPLETED'", perRound);

        Load.Run floor = Load.run(clients, perRound, i -> lunas.send("GET", "/api/customers/" + CUSTOMER, null, 200));
        Load.Run floorJdbc = Load.run(clients, perRound, i -> jdbc.customer(CUSTOMER));

        Load.Run list = Load.run(1, LIST_SAMPLES, i -> lunas.send("GET",
                "/api/payments?status=ACTIVE&method=GIRO&page=0&size=50", null, 200));
        Load.Run page = Load.run(1, LIST_SAMPLES, i -> lunas.page("/payments.xhtml?status=ACTIVE&method=GIRO",
                session, "list:payments_data"));
        Load.Run search = Load.run(1, LIST_SAMPLES, i -> lunas.send("GET", "/api/payments?q="
                + query(searches.get(i)) + "&page=0&size=50", null, 200));
        Load.Run searchPage = Load.run(1, LIST_SAMPLES, i -> lunas.page("/payments.xhtml?q=" + query(searches.get(i)),
                session, "list:payments_data"));

        Load.Run candidates = Load.run(1, LIST_SAMPLES, i -> lunas.send("GET", "/api/giro-deposits/candidates?"
                + "bankAccount=" + DEPOSIT_ACCOUNTS.get(i % DEPOSIT_ACCOUNTS.size()) + "&size=50", null, 200));
        Deposit deposit = deposit(db, tag);
        System.out.printf(Locale.ROOT, "  deposit candidates p99 %.1f ms  deposit of %,d giros: created %.0f ms, "
                + "resolved %.0f ms%n", candidates.percentile(99), DEPOSIT_GIROS, deposit.createdMillis(),
                deposit.resolvedMillis());
        System.out.printf(Locale.ROOT, "  record %.0f/s (JDBC %.0f/s)  resolve %.0f/s (JDBC %.0f/s)  floor %.0f/s "
                        + "(JDBC %.0f/s)  list p99 %.1f ms  page p99 %.1f ms  search p99 %.1f ms%n",
                record.run().perSecond(),
                recordJdbc.run().perSecond(), resolve.run().perSecond(), resolveJdbc.run().perSecond(),
                floor.perSecond(),
                floorJdbc.perSecond(), list.percentile(99), page.percentile(99), search.percentile(99));
        if (measured) {
            figures.add("record: payments/s (16 clients)", "", record.run().perSecond());
            figures.add("record: p50 ms", "", record.run().percentile(50));
            figures.add("record: p99 ms", "", record.run().percentile(99));
            figures.add("record: JDBC baseline payments/s", "", recordJdbc.run().perSecond());
            figures.add("record: ratio to JDBC", ">= 0.5", record.run().perSecond() / recordJdbc.run().perSecond());
            figures.add("record: SQL statements per payment", "", record.statementsEach());
            figures.add("record: JDBC baseline SQL statements per payment", "", recordJdbc.statementsEach());
            figures.add("resolve: resolves/s (16 clients)", "", resolve.run().perSecond());
            figures.add("resolve: p99 ms", "", resolve.run().percentile(99));
            figures.add("resolve: JDBC baseline resolves/s", "", resolveJdbc.run().perSecond());
            figures.add("resolve: ratio to JDBC", ">= 0.5", resolve.run().perSecond() / resolveJdbc.run().perSecond());
            figures.add("resolve: SQL statements per payment", "", resolve.statementsEach());
            figures.add("resolve, Prefer: return=minimal: resolves/s", "", resolveMinimal.run().perSecond());
            figures.add("resolve, Prefer: return=minimal: ratio to JDBC", ">= 0.5",
                    resolveMinimal.run().perSecond() / resolveJdbc.run().perSecond());
            figures.add("resolve, Prefer: return=minimal: SQL statements per payment", "",
                    resolveMinimal.statementsEach());
            figures.add("resolve: JDBC baseline SQL statements per payment", "", resolveJdbc.statementsEach());
            figures.add("floor: GET one customer/s (16 clients)", "", floor.perSecond());
            figures.add("floor: JDBC baseline reads/s", "", floorJdbc.perSecond());
            figures.add("floor: ratio to JDBC", "", floor.perSecond() / floorJdbc.perSecond());
            figures.add("list REST: p50 ms", "", list.percentile(50));
            figures.add("list REST: p99 ms", "< 50", list.percentile(99));
            figures.add("list JSF page: p50 ms", "", page.percentile(50));
            figures.add("list JSF page: p99 ms", "< 200", page.percentile(99));
            figures.add("search REST (giro no., amount, PR no., shop): p50 ms", "", search.percentile(50));
            figures.add("search REST (giro no., amount, PR no., shop): p99 ms", "< 50", search.percentile(99));
            figures.add("search JSF page, same texts: p50 ms", "", searchPage.percentile(50));
            figures.add("search JSF page, same texts: p99 ms", "< 200", searchPage.percentile(99));
            figures.add("deposit candidates REST (250,000 Active giros): p50 ms", "", candidates.percentile(50));
            figures.add("deposit candidates REST (250,000 Active giros): p99 ms", "< 100", candidates.percentile(99));
            figures.add("deposit of 1,000 giros: created ms", "< 2,000", deposit.createdMillis());
            figures.add("deposit of 1,000 giros: resolved ms", "< 2,000", deposit.resolvedMillis());
        }
    }

    private record Deposit(double createdMillis, double resolvedMillis) {
    }

    /**
     * {@value #DEPOSIT_GIROS} Active giros due today, put on one deposit and resolved with it over
     * REST; both steps are timed and checked against the database.
     */
    private Deposit deposit(Connection db, String tag) throws Exception {
        long customer = BenchDb.id(db, "customer", CUSTOMER);
        long account = BenchDb.id(db, "bank_account", BANK);
        JsonArrayBuilder numbers = Json.createArrayBuilder();
        try (PaymentRows rows = new PaymentRows(db)) {
            for (int i = 0; i < DEPOSIT_GIROS; i++) {
                // a payment number has 12 characters: D, the round's tag (8) and the giro's index
                String number = String.format(Locale.ROOT, "D%s%03d", tag, i);
                numbers.add(number);
                rows.add(PaymentRows.Row.activeGiro(number, customer, new BigDecimal("1000.00"), "PDG" + tag + "-" + i,
                        today, today).receivedFor(account));
            }
            rows.flush();
        }
        String body = Json.createObjectBuilder().add("bankAccountCode", BANK).add("depositDate", today.toString())
                .add("payments", numbers).build().toString();
        long started = System.nanoTime();
        String number = LunasClient.object(lunas.send("POST", "/api/giro-deposits", body, 201)).getString("number");
        double created = (System.nanoTime() - started) / 1e6;
        String onIt = "SELECT COUNT(*) FROM customer_payment p JOIN giro_deposit d ON d.id = p.giro_deposit_id "
                + "WHERE d.number = '" + number + "'";
        expect(db, onIt, DEPOSIT_GIROS);
        started = System.nanoTime();
        lunas.send("POST", "/api/giro-deposits/" + number + "/resolve", "{\"resolvedDate\":\"" + today + "\"}", 200);
        double resolved = (System.nanoTime() - started) / 1e6;
        expect(db, onIt + " AND p.status = 'COMPLETED' AND d.status = 'CLOSED'", DEPOSIT_GIROS);
        return new Deposit(created, resolved);
    }

    /** The ERP import of this round's invoices, 1,000 per request; measured as invoices per second. */
    private List<String> importInvoices(Connection db, String tag, int count, boolean measured) throws Exception {
        List<String> numbers = new ArrayList<>(count);
        long started = System.nanoTime();
        for (int first = 0; first < count; first += IMPORT_BATCH) {
            JsonArrayBuilder batch = Json.createArrayBuilder();
            for (int i = first; i < Math.min(count, first + IMPORT_BATCH); i++) {
                String number = "BI" + tag + "-" + i;
                numbers.add(number);
                batch.add(Json.createObjectBuilder().add("number", number).add("customerCode", CUSTOMER)
                        .add("invoiceDate", today.toString()).add("dueDate", today.plusDays(30).toString())
                        .add("amount", 1000));
            }
            lunas.send("POST", "/api/invoices/batch", batch.build().toString(), 201);
        }
        double perSecond = count / ((System.nanoTime() - started) / 1e9);
        expect(db, "SELECT COUNT(*) FROM invoice WHERE number LIKE 'BI" + tag + "-%'", count);
        System.out.printf(Locale.ROOT, "  import %,d invoices: %.0f/s%n", count, perSecond);
        if (measured) {
            figures.add("ERP import: invoices/s (1,000 per request)", ">= 5,000", perSecond);
        }
        return numbers;
    }

    private String paymentJson(String tag, int i, String firstInvoice, String secondInvoice) {
        return "{\"customerCode\":\"" + CUSTOMER + "\",\"paymentDate\":\"" + today + "\",\"method\":\"GIRO\","
                + "\"bankAccountCode\":\"" + BANK + "\",\"amount\":1000.00,\"giro\":{\"number\":\"BG" + tag + "-" + i
                + "\",\"drawerBank\":\"BCA\",\"issueDate\":\"" + today + "\",\"effectiveDate\":\"" + today + "\"},"
                + "\"allocations\":[{\"invoiceNumber\":\"" + firstInvoice + "\",\"amount\":500.00},"
                + "{\"invoiceNumber\":\"" + secondInvoice + "\",\"amount\":500.00}]}";
    }

    private void masterData() throws Exception {
        try {
            lunas.send("GET", "/api/customers/" + CUSTOMER, null, 200);
            return;
        } catch (IllegalStateException notYetThere) {
            System.out.println("Creating the benchmark's customer and bank account");
        }
        lunas.send("POST", "/api/customers", "{\"code\":\"" + CUSTOMER + "\",\"name\":\"TOKO BENCHMARK API\"}", 201);
        for (String account : DEPOSIT_ACCOUNTS) {
            lunas.send("POST", "/api/bank-accounts", "{\"code\":\"" + account + "\",\"bankName\":\""
                    + account.substring(account.indexOf('-') + 1) + "\",\"accountNumber\":\"0000-01\","
                    + "\"accountName\":\"PT Lunas\"}", 201);
        }
    }

    /**
     * Fills the payment table up to {@code rows}, once (later runs reuse it): a quarter of them
     * Active giros, spread over {@value #SHOPS} shops as a distributor's are.
     */
    private void loadList(Connection db, int rows) throws SQLException {
        // its own rows only: the month-end benchmark's payments share the table but not the shapes searched here
        long present = BenchDb.count(db, "SELECT COUNT(*) FROM customer_payment WHERE number LIKE '" + LIST_PREFIX
                + "%'");
        if (present >= rows) {
            System.out.printf(Locale.ROOT, "Reusing the %,d payments in the database%n", present);
            return;
        }
        long[] shops = BenchDb.shops(db, SHOPS);
        long[] accounts = new long[DEPOSIT_ACCOUNTS.size()];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = BenchDb.id(db, "bank_account", DEPOSIT_ACCOUNTS.get(a));
        }
        long start = BenchDb.count(db, "SELECT COUNT(*) FROM customer_payment WHERE number LIKE '" + LIST_PREFIX + "%'");
        long started = System.nanoTime();
        db.setAutoCommit(false);
        try (PaymentRows payments = new PaymentRows(db)) {
            for (long i = start; i < start + rows - present; i++) {
                String number = listNumber(i);
                long shop = shops[(int) (i % SHOPS)];
                BigDecimal amount = listAmount(i);
                // Active giros received over the last 60 days, each due 0 to 14 days after it was written:
                // most are due by now, some are not yet, none has expired
                LocalDate issued = today.minusDays(i % 60);
                payments.add(i % 4 == 0
                        ? PaymentRows.Row.activeGiro(number, shop, amount, "PLG-" + i, issued, issued.plusDays(i % 15))
                                .receivedFor(accounts[(int) (i / 4 % accounts.length)])
                        : PaymentRows.Row.cash(number, shop, amount, today.minusDays(i % 1_000)));
                if ((i + 1) % 5_000 == 0) {
                    payments.flush();
                    db.commit();
                }
            }
            payments.flush();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("ANALYZE TABLE customer, customer_payment");
        }
        System.out.printf(Locale.ROOT, "Loaded payments up to %,d in %.0f s%n", BenchDb.count(db,
                "SELECT COUNT(*) FROM customer_payment"), (System.nanoTime() - started) / 1e9);
    }

    private static String listNumber(long i) {
        return String.format(Locale.ROOT, "%s%09d", LIST_PREFIX, i);
    }

    /** Amounts as shops pay them, rarely the same twice, so a search by amount finds a handful. */
    private static BigDecimal listAmount(long i) {
        return BigDecimal.valueOf(10_000_000L + (i * 7_919L) % 3_000_000_000L, 2);
    }

    /**
     * What the finance team types into the list's one search box: a giro number, an amount as
     * written in English, a PR number without its prefix's zeros, a shop's name.
     */
    private static List<String> searchTexts(long rows) {
        List<String> typed = new ArrayList<>();
        for (long i = 0; i < LIST_SAMPLES; i++) {
            long row = (i * 9_973L * 4) % rows;
            typed.add(switch ((int) (i % 4)) {
                case 0 -> "PLG-" + row;
                case 1 -> String.format(Locale.ENGLISH, "%,.2f", listAmount(row));
                case 2 -> listNumber(row);
                default -> "TOKO " + (1 + row % SHOPS);
            });
        }
        return typed;
    }

    private static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Restarts the server (when asadmin is given) and times start-domain until /health/ready is UP. */
    private void startUp() throws Exception {
        Optional<String> asadmin = Optional.ofNullable(System.getenv("LUNAS_ASADMIN"));
        if (asadmin.isEmpty()) {
            System.out.println("LUNAS_ASADMIN is not set: start-up not measured");
            return;
        }
        String domain = Env.get("LUNAS_DOMAIN", "domain1");
        new ProcessBuilder(asadmin.get(), "stop-domain", domain).inheritIO().start().waitFor();
        long started = System.nanoTime();
        new ProcessBuilder(asadmin.get(), "start-domain", domain).inheritIO().start().waitFor();
        // the server answers UP before Lunas is deployed: ready means Lunas' own check is UP and it serves the API
        while (true) {
            try {
                String health = lunas.send("GET", "/health/ready", null, 200);
                if (health.contains("lunas-database") && health.contains("\"UP\"")) {
                    lunas.send("GET", "/api/payments?status=ACTIVE&method=GIRO&page=0&size=50", null, 200);
                    break;
                }
            } catch (Exception notYet) {
                if (System.nanoTime() - started > 300e9) {
                    throw new IllegalStateException("Lunas was not ready 5 minutes after start-domain", notYet);
                }
                Thread.sleep(200);
            }
        }
        figures.add("start-up: start-domain to /health/ready UP and the API answering, s", "< 25",
                (System.nanoTime() - started) / 1e9);
    }

    /** Resident memory of the Payara server process, from /proc. */
    private void memory() throws Exception {
        Optional<ProcessHandle> server = ProcessHandle.allProcesses().filter(ApiBenchmark::isPayara).findFirst();
        if (server.isEmpty()) {
            System.out.println("No Payara server process found on this machine: memory not measured");
            return;
        }
        for (String line : Files.readAllLines(Path.of("/proc/" + server.get().pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                figures.add("memory: server resident after the run, MB", "< 1,024", kilobytes / 1024.0);
            }
        }
    }

    private static boolean isPayara(ProcessHandle process) {
        try {
            return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline")).contains("glassfish.jar");
        } catch (java.io.IOException gone) {
            return false;
        }
    }

    private static void expect(Connection db, String sql, long expected) throws SQLException {
        long actual = BenchDb.count(db, sql);
        if (actual != expected) {
            throw new IllegalStateException("The database holds " + actual + " where " + expected
                    + " were sent: " + sql);
        }
    }

    /** A load phase with the SQL statements each of its operations sent. */
    private record Counted(Load.Run run, double statementsEach) {
    }

    private static Counted counted(Connection db, int clients, int operations, Load.Operation operation)
            throws Exception {
        long before = BenchDb.questions(db);
        Load.Run run = Load.run(clients, operations, operation);
        return new Counted(run, (BenchDb.questions(db) - before) / (double) operations);
    }
}
