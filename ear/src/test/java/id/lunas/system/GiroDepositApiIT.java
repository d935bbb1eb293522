package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Document;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Giros taken to the bank with a slip, and the bank's answer, over HTTP. */
class GiroDepositApiIT {

    private static final LocalDate ISSUED = today().minusDays(10);
    private static final LocalDate EFFECTIVE = today().minusDays(2);

    private final String customer = Api.Erp.customer("TOKO SETORAN");
    private final String account = Api.Erp.bankAccount();

    private String giro(String amount) {
        return Api.Payments.giro(customer, account, ISSUED, EFFECTIVE, amount);
    }

    private static String deposit(String account, String... payments) {
        Reply created = post("/api/giro-deposits", depositBody(account, today(), payments));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.object().getString("number");
    }

    private static String depositBody(String account, LocalDate date, String... payments) {
        return json("{'bankAccountCode':'" + account + "','depositDate':'" + date + "','payments':['"
                + String.join("','", payments) + "']}");
    }

    private static String pdfText(Document pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void dueGirosAreDepositedWithASlipAndClearTogetherOnTheCreditDate() throws IOException {
        String first = giro("30878568.81");
        String second = giro("1000000.00");

        JsonObject candidates = get("/api/giro-deposits/candidates?bankAccount=" + account + "&date=" + today())
                .object();
        assertThat(candidates.getJsonArray("accounts").getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("bankAccountCode").equals(account)).singleElement().satisfies(a -> {
                    assertThat(a.getInt("giroCount")).isEqualTo(2);
                    assertThat(a.getJsonNumber("totalAmount").bigDecimalValue()).isEqualByComparingTo("31878568.81");
                });
        assertThat(candidates.getJsonObject("giros").getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("paymentNumber")).containsExactlyInAnyOrder(first, second);

        Reply created = post("/api/giro-deposits", depositBody(account, today(), first, second));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.object().getString("number");
        assertThat(number).matches("SG-\\d{9}");
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/giro-deposits/" + number));
        assertThat(created.object().getInt("giroCount")).isEqualTo(2);
        assertThat(created.object().getString("status")).isEqualTo("OPEN");
        JsonObject giro = get("/api/payments/" + first).object().getJsonObject("giro");
        assertThat(giro.getString("place")).isEqualTo("DEPOSITED");
        assertThat(giro.getString("depositNumber")).isEqualTo(number);
        assertThat(get("/api/giro-deposits/candidates?bankAccount=" + account).object().getJsonObject("giros")
                .getInt("totalItems")).isZero();

        Document slip = Api.ADMIN.document("/api/giro-deposits/" + number + "/slip.pdf", "Accept", "application/pdf",
                "Accept-Language", "en");
        assertThat(slip.status()).isEqualTo(200);
        assertThat(slip.contentType()).startsWith("application/pdf");
        String text = pdfText(slip);
        assertThat(text).contains(number, "31,878,568.81", "30,878,568.81", "0123-01", "PT Lunas",
                "tiga puluh satu juta delapan ratus tujuh puluh delapan ribu lima ratus enam puluh delapan rupiah "
                        + "delapan puluh satu sen",
                "thirty-one million eight hundred seventy-eight thousand five hundred sixty-eight rupiah and "
                        + "eighty-one sen");
        String halfSlip = pdfText(Api.ADMIN.document("/api/giro-deposits/" + number + "/slip.pdf?format=HALF_A4",
                "Accept", "application/pdf", "Accept-Language", "id"));
        assertThat(halfSlip).contains("Slip Setoran Kliring Giro", "31.878.568,81", "Terbilang")
                .doesNotContain("thirty-one");

        Reply resolved = post("/api/giro-deposits/" + number + "/resolve", json("{'resolvedDate':'" + today() + "'}"));

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.object().getString("status")).isEqualTo("CLOSED");
        assertThat(resolved.object().getJsonArray("giros").getValuesAs(JsonObject.class)).allSatisfy(g -> {
            assertThat(g.getString("status")).isEqualTo("COMPLETED");
            assertThat(g.getString("resolvedDate")).isEqualTo(today().toString());
        });
        assertThat(Api.Payments.status(second)).isEqualTo("COMPLETED");
        assertThat(get("/api/payments/" + second + "/history").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("RECORDED", "DEPOSITED", "RESOLVED");
        assertThat(get("/api/giro-deposits?status=CLOSED").object().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("number")).contains(number);
    }

    @Test
    void aRefusedDepositNamesEveryRefusedGiroAndSavesNothing() {
        String due = giro("100.00");
        String notYet = Api.Payments.giro(customer, account, ISSUED, today().plusDays(3), "200.00");
        String cash = Api.Payments.cash(customer, "300.00");

        Reply refused = post("/api/giro-deposits", depositBody(account, today(), due, notYet, cash),
                "Accept-Language", "id");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("payments[1]", "payments[2]");
        assertThat(refused.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .startsWith(notYet + ": ").contains("baru efektif");
        assertThat(get("/api/payments/" + due).object().getJsonObject("giro").getString("place")).isEqualTo("IN_HAND");

        Reply future = post("/api/giro-deposits", depositBody(account, today().plusDays(1), due));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("depositDate");
        Reply unknown = post("/api/giro-deposits", depositBody(account, today(), "PR-000000000"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("payments[0]");
    }

    @Test
    void aCancelledDepositPutsItsGirosBackInHand() {
        String number = deposit(account, giro("100.00"));
        String payment = get("/api/giro-deposits/" + number).object().getJsonArray("giros").getJsonObject(0)
                .getString("paymentNumber");

        Reply cancelled = post("/api/giro-deposits/" + number + "/cancel", "");

        assertThat(cancelled.object().getString("status")).isEqualTo("CANCELLED");
        assertThat(get("/api/payments/" + payment).object().getJsonObject("giro").getString("place"))
                .isEqualTo("IN_HAND");
        assertThat(get("/api/payments/" + payment + "/history").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("RECORDED", "DEPOSITED", "RETURNED_TO_HAND");
        assertThat(post("/api/giro-deposits/" + number + "/resolve", json("{'resolvedDate':'" + today() + "'}"))
                .status()).isEqualTo(409);
    }

    @Test
    void rejectingTheLastGiroOfADepositClosesIt() {
        String cleared = giro("100.00");
        String bounced = giro("200.00");
        String number = deposit(account, cleared, bounced);
        post("/api/payments/" + cleared + "/resolve", json("{'resolvedDate':'" + today() + "'}"));

        Reply rejected = post("/api/payments/" + bounced + "/reject",
                json("{'rejectedDate':'" + today() + "','reasonCode':'INSUFFICIENT_FUNDS'}"));

        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        assertThat(get("/api/giro-deposits/" + number).object().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void bulkResolveIsAllOrNothingAndNamesEveryRefusedPayment() {
        String first = giro("100.00");
        String second = giro("200.00");
        String done = Api.Payments.cash(customer, "300.00");
        String body = "{'resolvedDate':'" + today() + "','payments':['%s']}";

        Reply refused = post("/api/payments/resolve", json(body.formatted(String.join("','", first, second, done))));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactly("payments[2]");
        assertThat(Api.Payments.status(first)).isEqualTo("ACTIVE");

        Reply resolved = post("/api/payments/resolve", json(body.formatted(String.join("','", first, second))));

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.array().getValuesAs(JsonObject.class)).extracting(p -> p.getString("status"))
                .containsExactly("COMPLETED", "COMPLETED");
        assertThat(get("/api/payments/" + second).object().getString("resolvedDate")).isEqualTo(today().toString());
    }

    @Test
    void aViewerReadsDepositsButCannotMakeOne() {
        String payment = giro("100.00");

        assertThat(Api.as("viewer").get("/api/giro-deposits/candidates?bankAccount=" + account).status())
                .isEqualTo(200);
        assertThat(Api.as("viewer").post("/api/giro-deposits", depositBody(account, today(), payment)).status())
                .isEqualTo(403);
        assertThat(Api.as("viewer").post("/api/payments/resolve",
                json("{'resolvedDate':'" + today() + "','payments':['" + payment + "']}")).status()).isEqualTo(403);
        assertThat(List.of(Api.Payments.status(payment))).containsExactly("ACTIVE");
    }
}
