package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Month-end over HTTP: with the books closed through 31 August 2023, every write dated on or before
 * it is refused with 409, and only an administrator moves the date, with a reason to move it back.
 */
class ClosedBooksIT {

    private static final String CLOSED_THROUGH = "2023-08-31";

    /** The system tests share one database: whatever a test closed is open again for the next. */
    @AfterEach
    void reopenEverything() {
        if (!get("/api/books").object().isNull("closedThrough")) {
            post("/api/books/reopen", json("{'reason':'test finished'}"));
        }
    }

    private static void refusedAsClosed(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(409);
        assertThat(reply.object().getString("code")).isEqualTo("period.closed");
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }

    @Test
    void everyWriteDatedInTheClosedPeriodIsRefusedAndLaterDatesAreTaken() {
        String customer = Api.Erp.customer("TOKO TUTUP BUKU");
        String account = Api.Erp.bankAccount();
        String invoice = Api.Erp.invoice(customer, "5000.00");
        String giro = Api.Payments.giro(customer, account, "2023-08-21", "2023-08-22", "100.00");
        String toReject = Api.Payments.giro(customer, account, "2023-08-21", "2023-08-22", "200.00");
        String cash = Api.Payments.cash(customer, "300.00");
        String collection = Api.Payments.collection(customer, "400.00");
        String depositable = Api.Payments.giro(customer, account, "2023-08-21", "2023-08-22", "500.00");

        Reply closed = post("/api/books/close", json("{'closedThrough':'" + CLOSED_THROUGH + "'}"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.object().getString("closedThrough")).isEqualTo(CLOSED_THROUGH);

        Map<String, Reply> refusals = Map.of(
                "paymentDate", post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-31',"
                        + "'method':'CASH','amount':10}")),
                "resolvedDate", post("/api/payments/" + giro + "/resolve", json("{'resolvedDate':'2023-08-25'}")),
                "rejectedDate", post("/api/payments/" + toReject + "/reject",
                        json("{'rejectedDate':'2023-08-25','reasonCode':'INSUFFICIENT_FUNDS'}")));
        refusals.forEach((field, reply) -> refusedAsClosed(reply, field));
        refusedAsClosed(post("/api/payments/" + cash + "/allocations",
                json("[{'invoiceNumber':'" + invoice + "','amount':300}]")), "paymentDate");
        refusedAsClosed(post("/api/payments/" + collection + "/confirm", ""), "paymentDate");
        refusedAsClosed(post("/api/giro-deposits", json("{'bankAccountCode':'" + account
                + "','depositDate':'2023-08-25','payments':['" + depositable + "']}")), "depositDate");
        refusedAsClosed(post("/api/handovers", json("{'collector':'collector','handoverDate':'2023-08-25',"
                + "'cashCounted':400,'payments':['" + collection + "']}")), "handoverDate");
        assertThat(Api.Payments.status(collection)).isEqualTo("PENDING");
        Reply bulk = post("/api/payments/resolve", json("{'resolvedDate':'2023-08-25','payments':['" + giro + "']}"));
        assertThat(bulk.status()).isEqualTo(409);
        assertThat(bulk.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("closed through 31 Aug 2023");
        assertThat(Api.Payments.status(giro)).isEqualTo("ACTIVE");

        assertThat(post("/api/payments/" + giro + "/resolve", json("{'resolvedDate':'2023-09-01'}")).status())
                .isEqualTo(200);
        assertThat(post("/api/payments/" + cash + "/cancel", json("{'reason':'entered twice'}")).status())
                .as("a cancellation is dated today").isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorMovesTheDateAndAReopeningNeedsAReasonAndIsKept() {
        assertThat(Api.as("finance").post("/api/books/close", json("{'closedThrough':'" + CLOSED_THROUGH + "'}"))
                .status()).isEqualTo(403);
        assertThat(Api.as("viewer").get("/api/books").status()).isEqualTo(200);
        post("/api/books/close", json("{'closedThrough':'" + CLOSED_THROUGH + "'}"));

        Reply noReason = post("/api/books/reopen", json("{'closedThrough':'2023-07-31'}"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(Api.as("finance").post("/api/books/reopen",
                json("{'closedThrough':'2023-07-31','reason':'late invoice'}")).status()).isEqualTo(403);

        Reply reopened = post("/api/books/reopen", json("{'closedThrough':'2023-07-31','reason':'late invoice'}"));

        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.object().getString("closedThrough")).isEqualTo("2023-07-31");
        JsonObject last = reopened.object().getJsonArray("history").getJsonObject(0);
        assertThat(last.getString("action")).isEqualTo("REOPENED");
        assertThat(last.getString("user")).isEqualTo("admin");
        assertThat(last.getString("from")).isEqualTo(CLOSED_THROUGH);
        assertThat(last.getString("to")).isEqualTo("2023-07-31");
        assertThat(last.getString("reason")).isEqualTo("late invoice");
        assertThat(reopened.object().getJsonArray("history").getJsonObject(1).getString("action")).isEqualTo("CLOSED");
        Reply future = post("/api/books/close", json("{'closedThrough':'" + Api.today() + "'}"));
        assertThat(future.status()).isEqualTo(409);
        assertThat(future.object().getString("code")).isEqualTo("books.closeNotEnded");
    }
}
