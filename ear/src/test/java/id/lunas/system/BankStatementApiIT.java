package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bank statements imported over HTTP, matched to the giros they clear, and confirmed. */
class BankStatementApiIT {

        private static final LocalDate ISSUED = today().minusDays(10);
    private static final LocalDate EFFECTIVE = today().minusDays(3);

    private final String customer = Api.Erp.customer("TOKO REKENING KORAN");
    private final String account = Api.Erp.bankAccount();

    /** A giro with a number of digits only, as printed on the sheet; returns {payment, giro number}. */
    private String[] giro(String amount, LocalDate effective) {
        String giroNumber = Api.Payments.newGiroNumber();
        return new String[] {Api.Payments.giro(customer, account, ISSUED, effective, amount, giroNumber), giroNumber};
    }

    private Reply upload(byte[] file) {
        return Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=MT940&fileName=stmt.sta",
                "application/octet-stream", file);
    }

    private static List<JsonObject> lines(JsonObject details) {
        return details.getJsonObject("lines").getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject line(JsonObject details, int number) {
        return lines(details).stream().filter(l -> l.getInt("line") == number).findFirst().orElseThrow();
    }

    @Test
    void anMt940StatementResolvesThreeGirosAndRejectsOneWithTheLinesValueDates() {
        String[] first = giro("1500001.11", EFFECTIVE);
        String[] second = giro("2500002.22", EFFECTIVE);
        String[] third = giro("3500003.33", EFFECTIVE);
        String[] bounced = giro("4500004.44", EFFECTIVE);
        LocalDate yesterday = today().minusDays(1);
        List<Mt940.Line> statementLines = new ArrayList<>();
        statementLines.add(new Mt940.Line("C", yesterday, "1500001.11", "KLIRING MASUK BG " + first[1]));
        statementLines.add(new Mt940.Line("C", today(), "2500002.22",
                "SETORAN KLIRING BG-00" + second[1] + " TOKO\r\nREKENING KORAN"));
        statementLines.add(new Mt940.Line("C", yesterday, "3500003.33", "KLR " + third[1].substring(0, 4) + " "
                + third[1].substring(4)));
        statementLines.add(new Mt940.Line("D", today(), "4500004.44",
                "TOLAKAN KLIRING BG " + bounced[1] + " DANA TIDAK CUKUP"));
        statementLines.add(new Mt940.Line("D", today(), "6500.00", "BIAYA ADMINISTRASI"));
        byte[] file = Mt940.statement(Api.unique("S"), "100000000.00", statementLines);

        Reply imported = upload(file);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonObject details = imported.object();
        long id = details.getJsonObject("statement").getJsonNumber("id").longValue();
        assertThat(imported.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/bank-statements/" + id));
        assertThat(details.getJsonObject("counts").getInt("PROPOSED")).isEqualTo(4);
        assertThat(details.getJsonObject("counts").getInt("UNMATCHED")).isEqualTo(1);
        assertThat(lines(details)).extracting(l -> l.getString("action", "-"))
                .containsExactly("RESOLVE_GIRO", "RESOLVE_GIRO", "RESOLVE_GIRO", "REJECT_GIRO", "-");
        assertThat(line(details, 6).getJsonArray("candidates").getString(0)).isEqualTo(first[0]);
        assertThat(line(details, 6).getString("reason")).contains(first[1], first[0]);
        assertThat(line(details, 8).getJsonArray("candidates").getString(0)).isEqualTo(second[0]);
        assertThat(line(details, 11).getJsonArray("candidates").getString(0)).isEqualTo(third[0]);
        assertThat(line(details, 13).getJsonArray("candidates").getString(0)).isEqualTo(bounced[0]);

        Reply again = upload(file);

        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.object().getJsonObject("statement").getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(get("/api/bank-statements?bankAccount=" + account).object().getInt("totalItems")).isEqualTo(1);
        assertThat(Api.Payments.status(first[0])).isEqualTo("ACTIVE");

        Reply confirmed = post("/api/bank-statements/" + id + "/confirm", "{}");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.object().getJsonObject("counts").getInt("MATCHED")).isEqualTo(4);
        JsonObject firstPayment = get("/api/payments/" + first[0]).object();
        assertThat(firstPayment.getString("status")).isEqualTo("COMPLETED");
        assertThat(firstPayment.getString("resolvedDate")).isEqualTo(yesterday.toString());
        assertThat(get("/api/payments/" + second[0]).object().getString("resolvedDate")).isEqualTo(today().toString());
        assertThat(get("/api/payments/" + third[0]).object().getString("resolvedDate")).isEqualTo(yesterday.toString());
        JsonObject rejected = get("/api/payments/" + bounced[0]).object();
        assertThat(rejected.getString("status")).isEqualTo("CANCELLED");
        assertThat(rejected.toString()).contains("INSUFFICIENT_FUNDS");
        assertThat(line(confirmed.object(), 6).getString("matchedPayment")).isEqualTo(first[0]);

        Reply twice = post("/api/bank-statements/" + id + "/confirm", "{'lines':[6]}".replace('\'', '"'));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lines[6]");
    }

    @Test
    void aStatementThatDoesNotAddUpOrIsForAnotherAccountIsRefusedAndKeepsNothing() {
        byte[] good = Mt940.statement(Api.unique("S"), "100.00", List.of(new Mt940.Line("C", today(), "10.00",
                "SETORAN")));
        String broken = new String(good, StandardCharsets.UTF_8).replaceFirst(":62F:C(\\d{6})IDR110,00",
                ":62F:C$1IDR999,00");

        Reply unbalanced = Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=MT940",
                "application/octet-stream", broken.getBytes(StandardCharsets.UTF_8), "Accept-Language", "id");

        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.contentType()).startsWith("application/problem+json");
        assertThat(unbalanced.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(unbalanced.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("saldo akhir");
        String otherAccount = new String(good, StandardCharsets.UTF_8).replace(":25:0123-01", ":25:99887766");
        Reply wrongAccount = Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=MT940",
                "application/octet-stream", otherAccount.getBytes(StandardCharsets.UTF_8));
        assertThat(wrongAccount.status()).isEqualTo(400);
        assertThat(wrongAccount.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("bankAccount");
        String badLine = new String(good, StandardCharsets.UTF_8).replaceFirst(":61:\\d{6}C", ":61:26XX01C");
        Reply unreadable = Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=MT940",
                "application/octet-stream", badLine.getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("lines[6]");
        assertThat(get("/api/bank-statements?bankAccount=" + account).object().getInt("totalItems")).isZero();
        assertThat(Api.as("viewer").upload("/api/bank-statements?bankAccount=" + account + "&format=MT940",
                "application/octet-stream", good).status()).isEqualTo(403);
    }

    @Test
    void overlappingStatementsKeepEachLineOnceAndUnmatchedLinesAreMatchedByHandOrIgnored() {
        String[] giro = giro("7700007.77", today().minusDays(1));
        String[] stale = giro("8800008.88", today().minusDays(9));
        Mt940.Line fee = new Mt940.Line("D", today(), "15000.00", "BIAYA ADM");
        Mt940.Line unnamed = new Mt940.Line("C", today(), "7700007.77", "KLIRING MASUK");
        Reply first = upload(Mt940.statement(Api.unique("S"), "1000.00", List.of(fee)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Reply overlapping = upload(Mt940.statement(Api.unique("S"), "1000.00", List.of(fee, unnamed)));

        assertThat(overlapping.status()).as(overlapping.toString()).isEqualTo(201);
        JsonObject details = overlapping.object();
        long id = details.getJsonObject("statement").getJsonNumber("id").longValue();
        assertThat(details.getJsonObject("statement").getInt("lineCount")).isEqualTo(1);
        assertThat(details.getJsonObject("statement").getInt("knownLineCount")).isEqualTo(1);
        JsonObject offered = lines(details).get(0);
        assertThat(offered.getString("state")).isEqualTo("AMBIGUOUS");
        assertThat(offered.getJsonArray("candidates").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains(giro[0]);
        JsonObject reconciliation = get("/api/bank-statements/reconciliation?bankAccount=" + account).object();
        assertThat(reconciliation.getString("lastStatementDate")).isEqualTo(today().toString());
        assertThat(reconciliation.getJsonObject("unmatchedCredits").getInt("totalItems")).isEqualTo(1);
        assertThat(reconciliation.getJsonObject("staleGiros").getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("number")).contains(stale[0]).doesNotContain(giro[0]);

        int lineNumber = offered.getInt("line");
        Reply matched = post("/api/bank-statements/" + id + "/lines/" + lineNumber + "/match",
                json("{'payment':'" + giro[0] + "'}"));

        assertThat(matched.status()).as(matched.toString()).isEqualTo(200);
        assertThat(line(matched.object(), lineNumber).getString("state")).isEqualTo("MATCHED");
        assertThat(get("/api/payments/" + giro[0]).object().getString("resolvedDate")).isEqualTo(today().toString());
        long firstId = first.object().getJsonObject("statement").getJsonNumber("id").longValue();
        int feeLine = lines(first.object()).get(0).getInt("line");
        Reply noReason = post("/api/bank-statements/" + firstId + "/lines/" + feeLine + "/ignore", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        Reply ignored = post("/api/bank-statements/" + firstId + "/lines/" + feeLine + "/ignore",
                json("{'reason':'Biaya administrasi bank'}"));
        assertThat(ignored.status()).as(ignored.toString()).isEqualTo(200);
        assertThat(line(ignored.object(), feeLine).getString("state")).isEqualTo("IGNORED");
        assertThat(get("/api/bank-statements/reconciliation?bankAccount=" + account).object()
                .getJsonObject("unmatchedCredits").getInt("totalItems")).isZero();
    }

    @Test
    void aGenericCsvIsReadThroughTheMappingSavedForTheAccount() {
        Reply missing = Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=CSV", "text/csv",
                "x".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("format");
        Reply saved = Api.ADMIN.put("/api/bank-statements/mapping?bankAccount=" + account, json("{'date':'Tanggal',"
                + "'description':'Uraian','amount':'Nominal','dateFormat':'dd-MM-yyyy','decimals':'COMMA'}"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        String[] giro = giro("9900009.99", EFFECTIVE);
        String csv = "Tanggal;Uraian;Nominal\r\n" + today().format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))
                + ";KLIRING BG " + giro[1] + ";9.900.009,99\r\n";

        Reply imported = Api.ADMIN.upload("/api/bank-statements?bankAccount=" + account + "&format=CSV", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(lines(imported.object()).get(0).getString("state")).isEqualTo("PROPOSED");
        assertThat(get("/api/bank-statements/mapping?bankAccount=" + account).object().getString("decimals"))
                .isEqualTo("COMMA");
    }

    @Test
    void twoPeopleConfirmingTheSameStatementAtOnceSettleEachLineOnce() throws Exception {
        String[] giro = giro("5600005.65", EFFECTIVE);
        Reply imported = upload(Mt940.statement(Api.unique("S"), "0.00", List.of(new Mt940.Line("C", today(),
                "5600005.65", "KLIRING MASUK BG " + giro[1]))));
        long id = imported.object().getJsonObject("statement").getJsonNumber("id").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reply>> both = pool.invokeAll(List.<Callable<Reply>>of(
                    () -> post("/api/bank-statements/" + id + "/confirm", "{}"),
                    () -> Api.as("finance").post("/api/bank-statements/" + id + "/confirm", "{}")));

            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : both) {
                statuses.add(reply.get().status());
            }
            // the second finds the line settled: nothing proposed is left (400), or its giro no longer Active (409)
            assertThat(statuses).containsOnlyOnce(200).hasSize(2);
            assertThat(statuses).anySatisfy(status -> assertThat(status).isIn(400, 409));
        } finally {
            pool.shutdownNow();
        }
        assertThat(get("/api/payments/" + giro[0] + "/history").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("RECORDED", "RESOLVED");
    }
}
