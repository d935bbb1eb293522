package id.lunas.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * Credit control at scale, as issue 19 asks: on the month-end data (5,000 shops, 1,000,000
 * payments; run MonthEndBenchmark first), a shop's credit (exposure in three sums, "kosong"
 * rejections of the customer and of its drawer accounts) read 50 times, and a page of the
 * customer list with every customer's credit beside it (five grouped queries for up to 200
 * customers) read 20 times. Every answer is checked.
 */
public final class CreditBenchmark {

    private static final int CREDIT_SAMPLES = 50;
    private static final int LIST_SAMPLES = 20;

    private final LunasClient lunas = new LunasClient(Env.get("LUNAS_BASE_URL", "http://localhost:8080"),
            Env.require("LUNAS_BENCH_USER"), Env.require("LUNAS_BENCH_PASSWORD"));
    private final Figures figures = new Figures();

    public static void main(String[] args) throws Exception {
        new CreditBenchmark().run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    private void run(int rounds) throws Exception {
        for (int round = 0; round <= rounds; round++) {
            boolean measured = round > 0;
            System.out.println(measured ? "round " + round : "warm-up");
            Load.Run credit = Load.run(1, CREDIT_SAMPLES, i -> checkCredit("SHOP-" + (17 + i)));
            Load.Run list = Load.run(1, LIST_SAMPLES, i -> checkList());
            if (measured) {
                figures.add("customer credit, 200 payments each of 1,000,000: p99 ms", "< 100", credit.percentile(99));
                figures.add("customer list with credit, 200 customers: p99 ms", "< 500", list.percentile(99));
            }
        }
        figures.print();
    }

    private void checkCredit(String shop) throws Exception {
        JsonObject credit = LunasClient.object(lunas.send("GET", "/api/customers/" + shop + "/credit", null, 200));
        if (credit.getJsonNumber("outstandingInvoices").bigDecimalValue().signum() <= 0) {
            throw new IllegalStateException(shop + " owes nothing: is the month-end data loaded?");
        }
    }

    private void checkList() throws Exception {
        JsonArray customers = Json.createReader(new StringReader(lunas.send("GET", "/api/customers?q=SHOP-", null,
                200))).readArray();
        if (customers.size() != 200 || customers.getJsonObject(199).getJsonObject("credit") == null) {
            throw new IllegalStateException("the list holds " + customers.size() + " customers, each should have its "
                    + "credit");
        }
    }
}
