package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Caller;
import id.lunas.system.Api.Document;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The collector's day over HTTP: a collection list, three collections against it from the field,
 * and the handover that receives two of them and counts the cash short.
 */
class HandoverIT {

    private static final String PASSWORD = "collector-pass-2026";

    private static BigDecimal amount(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    private static String collect(Caller collector, String body) {
        Reply reply = collector.post("/api/collections", json(body), "Idempotency-Key", Api.unique("k"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getString("number");
    }

    @Test
    void twoOfThreeCollectionsAreHandedOverWithTheCashShortAndTheGiroSheetLeftInTheCarStaysPendingAndFlagged()
            throws IOException {
        String andi = Api.newUser("COLLECTOR", PASSWORD);
        String budi = Api.newUser("COLLECTOR", PASSWORD);
        Caller collector = Api.as(andi, PASSWORD);
        String customer = Api.Erp.customer("TOKO SERAH TERIMA");
        String account = Api.Erp.bankAccount();
        String cashInvoice = Api.Erp.invoice(customer, "1500000.00");
        String giroInvoice = Api.Erp.invoice(customer, "4000000.00");
        String transferInvoice = Api.Erp.invoice(customer, "700000.00");

        Reply made = post("/api/collection-lists", json("{'collector':'" + andi + "','listDate':'" + today()
                + "','invoices':['" + cashInvoice + "','" + giroInvoice + "','" + transferInvoice + "']}"));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String list = made.object().getString("number");
        assertThat(list).matches("SC-\\d{9}");
        assertThat(made.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/collection-lists/" + list));

        JsonObject mine = collector.get("/api/collection-lists?date=" + today()).object();
        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("number")).containsExactly(list);
        Caller other = Api.as(budi, PASSWORD);
        assertThat(other.get("/api/collection-lists?date=" + today()).object().getJsonArray("items")).isEmpty();
        assertThat(other.get("/api/collection-lists/" + list).status()).isEqualTo(404);
        assertThat(other.get("/api/collection-lists?collector=" + andi).object().getJsonArray("items")).isEmpty();

        String cash = collect(collector, "{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'CASH','amount':1500000,'allocations':[{'invoiceNumber':'" + cashInvoice
                + "','amount':1500000}],'collectionListNumber':'" + list + "'}");
        String giroNumber = Api.unique("BG");
        String giro = collect(collector, "{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'GIRO','bankAccountCode':'" + account + "','amount':4000000,'giro':{'number':'"
                + giroNumber + "','drawerBank':'BCA','issueDate':'" + today() + "','effectiveDate':'"
                + today().plusDays(14) + "'},'allocations':[{'invoiceNumber':'" + giroInvoice
                + "','amount':4000000}],'collectionListNumber':'" + list + "'}");
        String transfer = collect(collector, "{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'BANK_TRANSFER','bankAccountCode':'" + account + "','amount':700000,"
                + "'allocations':[{'invoiceNumber':'" + transferInvoice + "','amount':500000}],"
                + "'collectionListNumber':'" + list + "'}");
        Reply notOnList = collector.post("/api/collections", json("{'customerCode':'" + customer + "','paymentDate':'"
                + today() + "','method':'CASH','amount':10,'allocations':[{'invoiceNumber':'" + Api.Erp.invoice(customer,
                "10.00") + "','amount':10}],'collectionListNumber':'" + list + "'}"), "Idempotency-Key", Api.unique("k"));
        assertThat(notOnList.status()).isEqualTo(409);
        assertThat(notOnList.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("collectionListNumber");

        List<JsonObject> lines = collector.get("/api/collection-lists/" + list).object().getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        assertThat(lines).extracting(l -> amount(l, "collected")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1500000"), new BigDecimal("4000000"), new BigDecimal("500000"));
        assertThat(lines).extracting(l -> amount(l, "remain")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("200000"));

        JsonObject expected = get("/api/handovers/expected?collector=" + andi).object();
        assertThat(amount(expected, "cashExpected")).isEqualByComparingTo("1500000");
        assertThat(expected.getJsonArray("collections").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("paymentNumber")).containsExactlyInAnyOrder(cash, giro, transfer);
        assertThat(collector.get("/api/handovers/expected?collector=" + andi).status()).isEqualTo(403);

        Reply future = post("/api/handovers", json("{'collector':'" + andi + "','handoverDate':'"
                + today().plusDays(1) + "','cashCounted':1500000,'payments':['" + cash + "']}"));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("handoverDate");
        Reply noReason = post("/api/handovers", json("{'collector':'" + andi + "','handoverDate':'" + today()
                + "','cashCounted':1450000,'payments':['" + cash + "','" + giro + "','" + transfer + "'],"
                + "'received':['" + transfer + "']}"));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("differenceReason");
        assertThat(Api.Payments.status(cash)).isEqualTo("PENDING");

        Reply saved = post("/api/handovers", json("{'collector':'" + andi + "','handoverDate':'" + today()
                + "','cashCounted':1450000,'differenceReason':'Collector paid for fuel','payments':['" + cash + "','"
                + giro + "','" + transfer + "'],'received':['" + transfer + "']}"));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        JsonObject handover = saved.object();
        String number = handover.getString("number");
        assertThat(number).matches("ST-\\d{9}");
        assertThat(amount(handover, "cashDifference")).isEqualByComparingTo("-50000");
        assertThat(handover.getInt("receivedCount")).isEqualTo(2);
        assertThat(handover.getInt("missingCount")).isEqualTo(1);
        assertThat(Api.Payments.status(cash)).isEqualTo("COMPLETED");
        assertThat(Api.Payments.status(transfer)).isEqualTo("COMPLETED");
        assertThat(Api.Payments.status(giro)).isEqualTo("PENDING");
        assertThat(post("/api/handovers", json("{'collector':'" + andi + "','handoverDate':'" + today()
                + "','cashCounted':1500000,'payments':['" + cash + "']}")).status())
                .as("a collection handed over once is in no second handover").isEqualTo(409);

        JsonObject left = get("/api/handovers/expected?collector=" + andi).object().getJsonArray("collections")
                .getJsonObject(0);
        assertThat(left.getString("paymentNumber")).isEqualTo(giro);
        assertThat(left.getString("missedOn")).isEqualTo(today().toString());
        assertThat(get("/api/payments/" + giro + "/history").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("NOT_HANDED_OVER");

        JsonObject balance = collector.get("/api/collector-balances/" + budi).object();
        assertThat(balance.getString("collector")).as("a collector reads their own balance").isEqualTo(andi);
        assertThat(balance.getInt("pendingCount")).isEqualTo(1);
        assertThat(amount(balance, "pendingAmount")).isEqualByComparingTo("4000000");
        assertThat(amount(balance, "shortageAmount")).isEqualByComparingTo("50000");
        assertThat(collector.get("/api/collector-balances").array()).hasSize(1);

        JsonObject report = get("/api/reports/collector-payments?from=" + today() + "&to=" + today()).object();
        JsonObject row = report.getJsonArray("collectors").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("collector").equals(andi)).findFirst().orElseThrow();
        assertThat(amount(row.getJsonObject("amounts"), "CASH")).isEqualByComparingTo("1500000");
        assertThat(amount(row.getJsonObject("amounts"), "BANK_TRANSFER")).isEqualByComparingTo("700000");
        assertThat(amount(row.getJsonObject("amounts"), "GIRO")).isEqualByComparingTo("0");
        assertThat(amount(row, "shortage")).isEqualByComparingTo("50000");

        Document receipt = Api.ADMIN.document("/api/handovers/" + number + "/receipt.pdf", "Accept-Language", "id");
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.contentType()).startsWith("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(receipt.bytes())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains(number,
                    "Tanda terima serah terima setoran", "Collector paid for fuel", "-Rp50.000,00", giroNumber,
                    "Seharusnya ada dan tidak diserahkan");
        }

        String settled = post("/api/handovers/" + number + "/settle-shortage", json("{'note':'Paid back in cash'}"))
                .object().getString("shortageSettledDate");
        assertThat(settled).isEqualTo(today().toString());
        assertThat(amount(collector.get("/api/collector-balances/" + andi).object(), "shortageAmount"))
                .isEqualByComparingTo("0");
    }
}
