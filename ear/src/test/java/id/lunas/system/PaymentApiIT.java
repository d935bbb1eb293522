package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every payment endpoint and every error status, over HTTP. */
class PaymentApiIT {

    private String customer;
    private String bank;

    @BeforeEach
    void masterData() {
        customer = Api.Erp.customer("TOKO SUMBER REJEKI");
        bank = Api.Erp.bankAccount();
    }

    @Test
    void aPaymentAnswersWithEveryFieldAndAnETagFromItsVersion() {
        String invoice = Api.Erp.invoice(customer, "1000.00");
        String number = recordGiro("600.00", "{'invoiceNumber':'" + invoice + "','amount':400}");

        Reply reply = get("/api/payments/" + number);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).hasValue("\"1\"");
        JsonObject payment = reply.object();
        assertThat(payment.getString("customerCode")).isEqualTo(customer);
        assertThat(payment.getString("customerName")).isEqualTo("TOKO SUMBER REJEKI");
        assertThat(payment.getJsonNumber("allocatedAmount").toString()).isEqualTo("400.00");
        assertThat(payment.getJsonNumber("unappliedAmount").toString()).isEqualTo("200.00");
        assertThat(payment.getJsonObject("giro").getString("effectiveDate")).isEqualTo("2023-08-22");
        assertThat(payment.getJsonArray("allocations").getJsonObject(0).getString("invoiceNumber")).isEqualTo(invoice);
        assertThat(payment.getString("createdBy")).isNotBlank();
        assertThat(payment.getBoolean("overdue")).isFalse();
    }

    @Test
    void aClientThatPrefersAMinimalAnswerGetsTheOutcomeAndTheNewETagWithoutABody() {
        Reply recorded = post("/api/payments", cashBody("250.00"), "Prefer", "return=minimal");

        assertThat(recorded.status()).isEqualTo(201);
        assertThat(recorded.body()).isEmpty();
        assertThat(recorded.header("Preference-Applied")).hasValue("return=minimal");
        assertThat(recorded.header("ETag")).hasValue("\"1\"");
        String cash = recorded.header("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(Api.Payments.status(cash)).isEqualTo("COMPLETED");
        String giro = recordGiro("600.00");

        Reply resolved = post("/api/payments/" + giro + "/resolve", json("{'resolvedDate':'2023-08-22'}"),
                "Prefer", "respond-async, return=minimal", "If-Match", "\"1\"");

        assertThat(resolved.status()).isEqualTo(204);
        assertThat(resolved.body()).isEmpty();
        assertThat(resolved.header("ETag")).hasValue("\"2\"");
        Reply read = get("/api/payments/" + giro);
        assertThat(read.object().getString("status")).isEqualTo("COMPLETED");
        assertThat(read.header("ETag")).isEqualTo(resolved.header("ETag"));
        Reply full = post("/api/payments/" + giro + "/cancel", json("{'reason':'Dicatat dua kali'}"),
                "Prefer", "return=representation");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.object().getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void cashIsCompletedAtOnceUnlessItAwaitsClearing() {
        var cash = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'CASH','amount':50}"));
        var transfer = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'BANK_TRANSFER','bankAccountCode':'" + bank + "','amount':50,'awaitClearing':true}"));

        assertThat(cash.object().getString("status")).isEqualTo("COMPLETED");
        assertThat(transfer.object().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aCollectionIsPendingUntilConfirmedAndItsHistorySaysSo() {
        String key = Api.unique("sfa");
        Reply received = post("/api/collections", cashBody("75.00"), "Idempotency-Key", key);
        assertThat(received.status()).isEqualTo(201);
        String number = received.object().getString("number");
        assertThat(received.object().getString("status")).isEqualTo("PENDING");

        Reply confirmed = post("/api/payments/" + number + "/confirm", "");

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.object().getString("status")).isEqualTo("COMPLETED");
        List<JsonObject> history = get("/api/payments/" + number + "/history").array().getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("action")).containsExactly("COLLECTED", "CONFIRMED");
        assertThat(history.get(1).getString("from")).isEqualTo("PENDING");
        assertThat(history.get(1).getString("to")).isEqualTo("COMPLETED");
        assertThat(history.get(1).getString("at")).isNotBlank();
        assertThat(history.get(1).getString("user")).isNotBlank();
    }

    @Test
    void aReplayedCollectionReturnsTheFirstPaymentAndAReusedKeyWithAnotherBodyIsRefused() {
        String key = Api.unique("sfa");
        String first = post("/api/collections", cashBody("75.00"), "Idempotency-Key", key).object().getString("number");

        Reply replay = post("/api/collections", cashBody("75.00"), "Idempotency-Key", key);
        Reply changed = post("/api/collections", cashBody("76.00"), "Idempotency-Key", key);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.object().getString("number")).isEqualTo(first);
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(post("/api/collections", cashBody("75.00")).status()).isEqualTo(400);
    }

    @Test
    void tenParallelReplaysOfACollectionCreateOnePayment() throws Exception {
        String key = Api.unique("sfa");

        List<Reply> replies = parallel(10, () -> post("/api/collections", cashBody("75.00"), "Idempotency-Key", key));

        assertThat(replies).extracting(Reply::status).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(replies).extracting(r -> r.object().getString("number")).containsOnly(
                replies.get(0).object().getString("number"));
        assertThat(get("/api/payments?customerCode=" + customer).object().getInt("totalItems")).isEqualTo(1);
    }

    @Test
    void twentyParallelResolvesOfOnePaymentSucceedOnce() throws Exception {
        String number = recordGiro("100.00");

        List<Reply> replies = parallel(20, () -> post("/api/payments/" + number + "/resolve",
                json("{'resolvedDate':'2023-08-22'}")));

        assertThat(replies).extracting(Reply::status).containsOnly(200, 409).containsOnlyOnce(200);
    }

    @Test
    void twentyParallelPaymentsForAnInvoicesWholeOutstandingSucceedOnce() throws Exception {
        String invoice = Api.Erp.invoice(customer, "500.00");

        List<Reply> replies = parallel(20, () -> post("/api/payments", json("{'customerCode':'" + customer
                + "','paymentDate':'2023-08-21','method':'CASH','amount':500,'allocations':[{'invoiceNumber':'"
                + invoice + "','amount':500}]}")));

        assertThat(replies).extracting(Reply::status).containsOnly(201, 409).containsOnlyOnce(201);
        JsonObject figures = get("/api/invoices/" + invoice).object();
        assertThat(figures.getJsonNumber("allocated").bigDecimalValue()).isEqualByComparingTo("500.00");
    }

    @Test
    void aCancelReleasesTheInvoiceAndKeepsTheReason() {
        String invoice = Api.Erp.invoice(customer, "300.00");
        String number = recordGiro("300.00", "{'invoiceNumber':'" + invoice + "','amount':300}");

        Reply cancelled = post("/api/payments/" + number + "/cancel", json("{'reason':'Entered twice'}"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.object().getString("cancelReason")).isEqualTo("Entered twice");
        assertThat(get("/api/invoices/" + invoice).object().getString("status")).isEqualTo("OPEN");
        assertThat(post("/api/payments/" + number + "/cancel", json("{'reason':''}")).status()).isEqualTo(400);
    }

    @Test
    void aRejectedGiroKeepsTheRejectionAndReopensTheInvoice() {
        String invoice = Api.Erp.invoice(customer, "300.00");
        String number = recordGiro("300.00", "{'invoiceNumber':'" + invoice + "','amount':300}");

        Reply rejected = post("/api/payments/" + number + "/reject",
                json("{'rejectedDate':'2023-08-23','reasonCode':'INSUFFICIENT_FUNDS','note':'kosong'}"));

        assertThat(rejected.status()).isEqualTo(200);
        JsonObject rejection = rejected.object().getJsonObject("rejection");
        assertThat(rejection.getString("date")).isEqualTo("2023-08-23");
        assertThat(rejection.getString("reasonCode")).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(get("/api/invoices/" + invoice).object().getJsonNumber("outstanding").bigDecimalValue())
                .isEqualByComparingTo("300.00");
        Reply unknownReason = post("/api/payments/" + recordGiro("10.00") + "/reject",
                json("{'rejectedDate':'2023-08-23','reasonCode':'LOST_IN_MAIL'}"));
        assertThat(unknownReason.status()).isEqualTo(400);
    }

    @Test
    void anUnappliedRemainderIsAllocatedLaterWithinThePayment() {
        String invoice = Api.Erp.invoice(customer, "1000.00");
        String number = recordGiro("600.00");

        Reply allocated = post("/api/payments/" + number + "/allocations",
                json("[{'invoiceNumber':'" + invoice + "','amount':600}]"), "If-Match", "\"1\"");
        Reply tooMuch = post("/api/payments/" + number + "/allocations",
                json("[{'invoiceNumber':'" + invoice + "','amount':0.01}]"));

        assertThat(allocated.status()).isEqualTo(200);
        assertThat(allocated.header("ETag")).hasValue("\"2\"");
        assertThat(allocated.object().getJsonNumber("unappliedAmount").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(tooMuch.status()).isEqualTo(409);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        String number = recordGiro("100.00");

        Reply stale = post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-22'}"),
                "If-Match", "\"5\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(get("/api/payments/" + number).object().getString("status")).isEqualTo("ACTIVE");
        assertThat(post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-22'}"),
                "If-Match", "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void aRuleRefusalIs409WithTheFieldAndAMessageFinanceUnderstands() {
        String number = recordGiro("100.00");

        Reply refused = post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-20'}"));

        assertThat(refused.status()).isEqualTo(409);
        JsonObject problem = refused.object();
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getInt("status")).isEqualTo(409);
        assertThat(problem.getString("detail")).isEqualTo("Resolved date 20 Aug 2023 is before the payment date 21 Aug 2023");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("resolvedDate");
        assertThat(get("/api/payments/" + number + "/history").array()).hasSize(1);
    }

    @Test
    void aRefusalAnswersInTheLanguageTheRequestAsksFor() {
        String number = recordGiro("100.00");

        Reply indonesian = post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-20'}"),
                "Accept-Language", "id-ID,id;q=0.9");
        Reply missing = post("/api/payments", json("{'customerCode':'" + customer + "'}"), "Accept-Language", "id");

        assertThat(indonesian.status()).isEqualTo(409);
        assertThat(indonesian.object().getString("detail"))
                .isEqualTo("Tanggal penyelesaian 20 Agu 2023 sebelum tanggal pembayaran 21 Agu 2023");
        assertThat(indonesian.object().getString("code")).isEqualTo("resolve.beforePaymentDate");
        assertThat(missing.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("message")).allMatch(message -> message.contains("wajib diisi"));
        assertThat(post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-20'}"),
                "Accept-Language", "fr").object().getString("detail")).startsWith("Resolved date 20 Aug 2023");
    }

    @Test
    void historyReadsInTheLanguageOfTheReaderNotOfTheWriter() {
        String number = recordGiro("100.00");
        post("/api/payments/" + number + "/reject",
                json("{'rejectedDate':'2023-08-23','reasonCode':'INSUFFICIENT_FUNDS','note':'kosong'}"),
                "Accept-Language", "en");

        JsonObject rejection = Api.ADMIN.get("/api/payments/" + number + "/history", "Accept-Language", "id").array()
                .getValuesAs(JsonObject.class).get(1);

        assertThat(rejection.getString("action")).isEqualTo("GIRO_REJECTED");
        assertThat(rejection.getString("detail")).isEqualTo("Ditolak bank: Saldo tidak cukup (kosong) – kosong");
        assertThat(rejection.getString("detailCode")).isEqualTo("event.giroRejected");
        assertThat(rejection.getString("note")).isEqualTo("kosong");
    }

    @Test
    void oneSearchFindsAPaymentByGiroNumberDrawerBankAmountOrItsNumberWithoutPrefix() {
        String giroNumber = Api.unique("BG");
        String drawerBank = Api.unique("BANK UJI");
        String amount = "7" + (System.nanoTime() % 1_000_000) + ".37";
        Reply recorded = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + bank + "','amount':" + amount + ","
                + "'giro':{'number':'" + giroNumber + "','drawerBank':'" + drawerBank + "','issueDate':'2023-08-21',"
                + "'effectiveDate':'2023-08-22'}}"));
        String number = recorded.object().getString("number");
        BigDecimal money = new BigDecimal(amount);
        String english = String.format(Locale.ENGLISH, "%,.2f", money);
        String indonesian = String.format(Locale.forLanguageTag("id"), "%,.2f", money);

        for (String typed : List.of(giroNumber, giroNumber.substring(0, giroNumber.length() - 2), drawerBank, amount,
                english, indonesian, number.substring(3))) {
            JsonObject page = get("/api/payments?q=" + URLEncoder.encode(typed,
                    StandardCharsets.UTF_8)).object();
            assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                    .as("searching %s", typed).extracting(i -> i.getString("number")).contains(number);
        }
        assertThat(get("/api/payments?q=" + Api.unique("BG")).object().getInt("totalItems")).isZero();
    }

    @Test
    void malformedJsonWrongTypesAndMissingFieldsAre400WithoutSavingAnything() {
        Reply malformed = post("/api/payments", "{\"customerCode\": ");
        Reply wrongType = post("/api/payments", json("{'customerCode':'" + customer + "','amount':'lots'}"));
        Reply missing = post("/api/payments", json("{'customerCode':'" + customer + "'}"));
        Reply badGiro = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + bank + "','amount':10,'giro':{'number':'X1',"
                + "'drawerBank':'BCA','issueDate':'2023-08-21','effectiveDate':'2023-11-30'}}"));
        Reply tooPrecise = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'CASH','amount':10.001}"));

        assertThat(List.of(malformed, wrongType, missing, badGiro, tooPrecise)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        });
        assertThat(missing.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains("method", "paymentDate");
        assertThat(badGiro.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("giro.effectiveDate");
        assertThat(get("/api/payments?customerCode=" + customer).object().getInt("totalItems")).isZero();
    }

    @Test
    void unknownReferencesAre404Problems() {
        assertThat(get("/api/payments/PR-000000000").status()).isEqualTo(404);
        assertThat(post("/api/payments/PR-000000000/resolve", json("{'resolvedDate':'2023-08-22'}")).status())
                .isEqualTo(404);
        assertThat(get("/api/payments/PR-000000000/history").status()).isEqualTo(404);
        Reply unknownCustomer = post("/api/payments", json("{'customerCode':'NOPE','paymentDate':'2023-08-21',"
                + "'method':'CASH','amount':10}"));
        Reply unknownInvoice = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'CASH','amount':10,'allocations':[{'invoiceNumber':'NOPE','amount':10}]}"));
        Reply unknownBank = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'BANK_TRANSFER','bankAccountCode':'NOPE','amount':10}"));

        assertThat(List.of(unknownCustomer, unknownInvoice, unknownBank)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.object().getString("detail")).contains("NOPE");
        });
    }

    @Test
    void theListPagesFiltersAndSorts() {
        for (String amount : List.of("10.00", "30.00", "20.00")) {
            post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21','method':'CASH',"
                    + "'amount':" + amount + "}"));
        }

        JsonObject page = get("/api/payments?customerCode=" + customer + "&status=COMPLETED&method=CASH"
                + "&from=2023-08-01&to=2023-08-31&sort=amount,desc&page=0&size=2").object();

        assertThat(page.getInt("totalItems")).isEqualTo(3);
        assertThat(page.getBoolean("totalExact")).isTrue();
        assertThat(page.getJsonNumber("totalAmount").bigDecimalValue()).as("every matching row, not just this page")
                .isEqualByComparingTo("60.00");
        assertThat(page.getInt("size")).isEqualTo(2);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getJsonNumber("amount").toString()).containsExactly("30.00", "20.00");
        assertThat(get("/api/payments?status=NOT_A_STATUS").status()).isEqualTo(400);
        assertThat(get("/api/payments?sort=colour").status()).isEqualTo(400);
        assertThat(get("/api/payments?size=100000").status()).isEqualTo(400);
    }

    private String recordGiro(String amount, String... allocations) {
        Reply reply = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + bank + "','amount':" + amount + ","
                + "'giro':{'number':'" + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'2023-08-21',"
                + "'effectiveDate':'2023-08-22'},'allocations':[" + String.join(",", allocations) + "]}"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getString("number");
    }

    private String cashBody(String amount) {
        return json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21','method':'CASH','amount':" + amount + "}");
    }

    private static List<Reply> parallel(int count, Callable<Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> future : futures) {
            replies.add(future.get(120, TimeUnit.SECONDS));
        }
        pool.shutdownNow();
        return replies;
    }
}
