package id.lunas.bench;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The collector's handover at the end of a busy day, as issue 17 asks: a collector with 200 Pending
 * collections (cash and giro sheets) on whatever the database already holds (run it after the
 * month-end benchmark: a million payments). Per round it reads what is expected and the collector
 * balances (which every back-office page's bell reads too) 20 times each, saves the handover of
 * all 200 once and prints its receipt once. Every answer is checked: the expected collections are
 * all there, the handover received every one.
 */
public final class HandoverBenchmark {

    private static final int COLLECTIONS = 200;
    private static final int SAMPLES = 20;
    private static final String COLLECTOR = "bench-collector";
    private static final String PASSWORD = "bench-collector-2026";
    private static final String CUSTOMER = "BENCH-HO";
    private static final String ACCOUNT = "BENCH-HO-BRI";

    private final String baseUrl = Env.get("LUNAS_BASE_URL", "http://localhost:8080");
    private final LunasClient admin = new LunasClient(baseUrl, Env.require("LUNAS_BENCH_USER"),
            Env.require("LUNAS_BENCH_PASSWORD"));
    private final LunasClient collector = new LunasClient(baseUrl, COLLECTOR, PASSWORD);
    private final LocalDate today = LocalDate.now(ZoneId.of(Env.get("LUNAS_ZONE", "Asia/Jakarta")));
    private final Figures figures = new Figures();

    public static void main(String[] args) throws Exception {
        new HandoverBenchmark().run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    private void run(int rounds) throws Exception {
        String customer = setUp();
        for (int round = 0; round <= rounds; round++) {
            boolean measured = round > 0;
            System.out.println(measured ? "round " + round : "warm-up");
            List<String> numbers = collect(customer);
            Load.Run expected = Load.run(1, SAMPLES, i -> checkExpected(numbers));
            Load.Run balances = Load.run(1, SAMPLES, i -> admin.send("GET", "/api/collector-balances", null, 200));
            String[] handover = new String[1];
            Load.Run saved = Load.run(1, 1, i -> handover[0] = handOver(numbers));
            Load.Run receipt = Load.run(1, 1, i -> admin.send("GET", "/api/handovers/" + handover[0] + "/receipt.pdf",
                    null, 200));
            if (measured) {
                figures.add("handover expected, 200 collections: p99 ms", "< 200", expected.percentile(99));
                figures.add("collector balances (dashboard, bell): p99 ms", "< 100", balances.percentile(99));
                figures.add("handover of 200 collections saved, ms", "< 3,000", saved.percentile(100));
                figures.add("handover receipt PDF, 200 lines, ms", "< 1,000", receipt.percentile(100));
            }
        }
        figures.print();
    }

    /** The bench collector, a shop to collect from and an account for its giros, made once. */
    private String setUp() throws Exception {
        if (!admin.send("GET", "/api/users", null, 200).contains("\"" + COLLECTOR + "\"")) {
            admin.send("POST", "/api/users", "{\"username\":\"" + COLLECTOR + "\",\"displayName\":\"Bench collector\","
                    + "\"password\":\"" + PASSWORD + "\",\"roles\":[\"COLLECTOR\"]}", 201);
        }
        try {
            admin.send("GET", "/api/customers/" + CUSTOMER, null, 200);
        } catch (IllegalStateException notYetThere) {
            admin.send("POST", "/api/customers", "{\"code\":\"" + CUSTOMER + "\",\"name\":\"TOKO HANDOVER BENCH\"}",
                    201);
            admin.send("POST", "/api/bank-accounts", "{\"code\":\"" + ACCOUNT + "\",\"bankName\":\"BRI\","
                    + "\"accountNumber\":\"0001\",\"accountName\":\"PT Lunas\"}", 201);
        }
        return CUSTOMER;
    }

    /** A day's collections from the field: three in four cash, the rest giro sheets. */
    private List<String> collect(String customer) throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < COLLECTIONS; i++) {
            String body = i % 4 == 3
                    ? "{\"customerCode\":\"" + customer + "\",\"paymentDate\":\"" + today + "\",\"method\":\"GIRO\","
                    + "\"bankAccountCode\":\"" + ACCOUNT + "\",\"amount\":250000,\"giro\":{\"number\":\"HO-"
                    + UUID.randomUUID() + "\",\"drawerBank\":\"BCA\",\"issueDate\":\"" + today + "\","
                    + "\"effectiveDate\":\"" + today.plusDays(7) + "\"}}"
                    : "{\"customerCode\":\"" + customer + "\",\"paymentDate\":\"" + today + "\",\"method\":\"CASH\","
                    + "\"amount\":100000}";
            numbers.add(LunasClient.object(collector.send("POST", "/api/collections", body, 201,
                    "Idempotency-Key", UUID.randomUUID().toString())).getString("number"));
        }
        return numbers;
    }

    private void checkExpected(List<String> numbers) throws Exception {
        JsonObject expected = LunasClient.object(admin.send("GET", "/api/handovers/expected?collector=" + COLLECTOR,
                null, 200));
        if (expected.getJsonArray("collections").size() != numbers.size()) {
            throw new IllegalStateException("expected " + numbers.size() + " collections, the handover shows "
                    + expected.getJsonArray("collections").size());
        }
    }

    private String handOver(List<String> numbers) throws Exception {
        List<String> giros = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (i % 4 == 3) {
                giros.add(numbers.get(i));
            }
        }
        long cash = (numbers.size() - giros.size()) * 100_000L;
        JsonObject saved = LunasClient.object(admin.send("POST", "/api/handovers", "{\"collector\":\"" + COLLECTOR
                + "\",\"handoverDate\":\"" + today + "\",\"cashCounted\":" + cash + ",\"payments\":" + array(numbers)
                + ",\"received\":" + array(giros) + "}", 201));
        if (saved.getInt("receivedCount") != numbers.size()) {
            throw new IllegalStateException("the handover received " + saved.getInt("receivedCount") + " of "
                    + numbers.size());
        }
        return saved.getString("number");
    }

    private static String array(List<String> numbers) {
        return "[\"" + String.join("\",\"", numbers) + "\"]";
    }
}
