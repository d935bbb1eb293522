package id.lunas.bench;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The morning's statement at scale, as issue 16 asks: run it after the month-end benchmark (a million
 * payments, a quarter of a million Active giros). Per round one MT940 statement of 10,000 lines is
 * imported for a company account: 2,000 credits that name an Active giro of the month-end data by its
 * number (each a sure match) and 8,000 fees and other lines nothing matches; then the 2,000 sure
 * matches are confirmed in one request. Figures: the time of each, and the SQL statements each sent
 * (the database's Questions counter), which must stay set-based: far fewer than one per line.
 */
public final class StatementBenchmark {

    private static final int LINES = 10_000;
    private static final int SURE = 2_000;
    private static final String ACCOUNT = "BENCH-ST-BRI";
    private static final String ACCOUNT_NUMBER = "0341-01-000777-30-9";
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private final String baseUrl = Env.get("LUNAS_BASE_URL", "http://localhost:8080");
    private final LunasClient admin = new LunasClient(baseUrl, Env.require("LUNAS_BENCH_USER"),
            Env.require("LUNAS_BENCH_PASSWORD"));
    private final LocalDate today = LocalDate.now(ZoneId.of(Env.get("LUNAS_ZONE", "Asia/Jakarta")));
    private final Figures figures = new Figures();

    public static void main(String[] args) throws Exception {
        new StatementBenchmark().run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    private void run(int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection(Env.require("LUNAS_DB_URL"), Env.require("LUNAS_DB_USER"),
                Env.require("LUNAS_DB_PASSWORD"))) {
            setUp();
            long activeGiros = BenchDb.count(db, "SELECT COUNT(*) FROM customer_payment WHERE status = 'ACTIVE' "
                    + "AND method = 'GIRO'");
            System.out.println("Active giros in the database: " + activeGiros);
            for (int round = 0; round <= rounds; round++) {
                boolean measured = round > 0;
                System.out.println(measured ? "round " + round : "warm-up");
                byte[] statement = statement(dueGiros(db));
                long before = BenchDb.questions(db);
                long started = System.nanoTime();
                JsonObject imported = LunasClient.object(admin.upload("/api/bank-statements?bankAccount=" + ACCOUNT
                        + "&format=MT940", statement, 201));
                double importMillis = (System.nanoTime() - started) / 1e6;
                long importStatements = BenchDb.questions(db) - before;
                long proposed = imported.getJsonObject("counts").getInt("PROPOSED");
                if (proposed != SURE) {
                    throw new IllegalStateException("expected " + SURE + " sure matches, the import proposed " + proposed);
                }
                long id = imported.getJsonObject("statement").getJsonNumber("id").longValue();
                before = BenchDb.questions(db);
                started = System.nanoTime();
                JsonObject confirmed = LunasClient.object(admin.send("POST", "/api/bank-statements/" + id + "/confirm",
                        "{}", 200));
                double confirmMillis = (System.nanoTime() - started) / 1e6;
                long confirmStatements = BenchDb.questions(db) - before;
                if (confirmed.getJsonObject("counts").getInt("MATCHED") != SURE) {
                    throw new IllegalStateException("the confirmation matched " + confirmed.getJsonObject("counts"));
                }
                if (measured) {
                    figures.add("statement import + match, 10,000 lines, ms", "< 3,000", importMillis);
                    figures.add("statement import: SQL statements (10,000 lines)", "set-based", importStatements);
                    figures.add("confirm 2,000 sure matches, ms", "< 3,000", confirmMillis);
                    figures.add("confirm: SQL statements (2,000 giros)", "set-based", confirmStatements);
                }
            }
        }
        figures.print();
    }

    private void setUp() throws Exception {
        try {
            admin.send("GET", "/api/bank-accounts/" + ACCOUNT, null, 200);
        } catch (IllegalStateException notYetThere) {
            admin.send("POST", "/api/bank-accounts", "{\"code\":\"" + ACCOUNT + "\",\"bankName\":\"BRI\","
                    + "\"accountNumber\":\"" + ACCOUNT_NUMBER + "\",\"accountName\":\"PT Lunas\"}", 201);
        }
    }

    /** Giros of the month-end data that can clear today, {@value #SURE} of them, each round others. */
    private List<String[]> dueGiros(Connection db) throws SQLException {
        List<String[]> giros = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT giro_number, amount FROM customer_payment "
                + "WHERE status = 'ACTIVE' AND method = 'GIRO' AND giro_number LIKE 'MEG-%' "
                + "AND giro_effective_date <= ? AND payment_date <= ? LIMIT " + SURE)) {
            query.setObject(1, today);
            query.setObject(2, today);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    giros.add(new String[] {rows.getString(1), rows.getBigDecimal(2).toPlainString()});
                }
            }
        }
        if (giros.size() < SURE) {
            throw new IllegalStateException("only " + giros.size() + " due giros: run MonthEndBenchmark first");
        }
        return giros;
    }

    /** An MT940 statement: the giros' credits first, then fees of amounts nothing else carries. */
    private byte[] statement(List<String[]> giros) {
        String day = today.format(YYMMDD);
        StringBuilder text = new StringBuilder(":20:BENCH").append(UUID.randomUUID().toString(), 0, 8)
                .append("\n:25:").append(ACCOUNT_NUMBER).append("\n:28C:00001/001\n:60F:C").append(day)
                .append("IDR1000000000,00\n");
        BigDecimal balance = new BigDecimal("1000000000.00");
        for (String[] giro : giros) {
            BigDecimal amount = new BigDecimal(giro[1]);
            balance = balance.add(amount);
            text.append(":61:").append(day).append('C').append(amount.toPlainString().replace('.', ','))
                    .append("NCLRNONREF\n:86:KLIRING MASUK BG ").append(giro[0]).append('\n');
        }
        for (int i = giros.size(); i < LINES; i++) {
            BigDecimal fee = new BigDecimal(1000 + i).movePointLeft(2).add(new BigDecimal("0.07"));
            balance = balance.subtract(fee);
            text.append(":61:").append(day).append('D').append(fee.toPlainString().replace('.', ','))
                    .append("NCHGNONREF\n:86:BIAYA ADMINISTRASI\n");
        }
        text.append(":62F:C").append(day).append("IDR").append(balance.toPlainString().replace('.', ','))
                .append("\n-\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
