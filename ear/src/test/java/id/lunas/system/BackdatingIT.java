package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.put;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Caller;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Month-end control over HTTP: a finance manager sets how far back a payment may be dated without
 * a reason, finance must then give one, the backdating report lists who entered what how far back,
 * and every change of a setting or of a user's access is in the administration history.
 */
class BackdatingIT {

    private static final String PASSWORD = "manager-secret-2026";

    /** The system tests share one database and record 2023 payments: the allowance is off again after each test. */
    @AfterEach
    void allowAnyDateAgain() {
        put("/api/settings/BACKDATING_DAYS", json("{'value':''}"));
        JsonObject books = get("/api/books").object();
        if (books.containsKey("closedThrough") && !books.isNull("closedThrough")) {
            Api.post("/api/books/reopen", json("{'reason':'test finished'}"));
        }
    }

    private static String cashBody(String customer, LocalDate paid, String reason) {
        return json("{'customerCode':'" + customer + "','paymentDate':'" + paid + "','method':'CASH','amount':10"
                + (reason == null ? "" : ",'backdateReason':'" + reason + "'") + "}");
    }

    @Test
    void beyondTheAllowanceFinanceMustGiveAReasonAndTheReportShowsWhoEnteredWhatHowFarBack() {
        String user = Api.newUser("FINANCE_MANAGER", PASSWORD);
        Caller manager = Api.as(user, PASSWORD);
        String customer = Api.Erp.customer("TOKO MUNDUR");
        LocalDate tenDaysAgo = Api.today().minusDays(10);

        assertThat(Api.as("finance").put("/api/settings/BACKDATING_DAYS", json("{'value':'7'}")).status())
                .isEqualTo(403);
        Reply set = manager.put("/api/settings/BACKDATING_DAYS", json("{'value':'7'}"));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.object().getString("value")).isEqualTo("7");
        assertThat(set.object().getString("updatedBy")).isEqualTo(user);
        Reply bad = manager.put("/api/settings/BACKDATING_DAYS", json("{'value':'a week'}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("value");

        Reply refused = manager.post("/api/payments", cashBody(customer, tenDaysAgo, null), "Accept-Language", "id");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("backdateReason");
        assertThat(error.getString("message")).contains("10 hari").contains("7 hari");
        assertThat(manager.get("/api/payments?customerCode=" + customer).object().getInt("totalItems"))
                .as("a refused payment is not saved").isZero();
        Reply withinAllowance = manager.post("/api/payments", cashBody(customer, Api.today().minusDays(7), null));
        assertThat(withinAllowance.status()).as(withinAllowance.toString()).isEqualTo(201);

        Reply recorded = manager.post("/api/payments", cashBody(customer, tenDaysAgo, "kuitansi tertinggal di sales"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String number = recorded.object().getString("number");
        JsonObject payment = get("/api/payments/" + number).object();
        assertThat(payment.getInt("entryLagDays")).isEqualTo(10);
        assertThat(payment.getString("backdateReason")).isEqualTo("kuitansi tertinggal di sales");

        JsonObject report = get("/api/reports/backdating?minDays=8&enteredBy=" + user).object();
        assertThat(report.getInt("totalItems")).isEqualTo(1);
        JsonObject line = report.getJsonArray("items").getJsonObject(0);
        assertThat(line.getString("number")).isEqualTo(number);
        assertThat(line.getInt("lagDays")).isEqualTo(10);
        assertThat(line.getString("enteredBy")).isEqualTo(user);
        assertThat(line.getString("paymentDate")).isEqualTo(tenDaysAgo.toString());
        assertThat(line.getString("reason")).isEqualTo("kuitansi tertinggal di sales");
        assertThat(get("/api/reports/backdating?minDays=7&enteredBy=" + user).object().getInt("totalItems"))
                .isEqualTo(2);
    }

    @Test
    void theBackdatingReportListsTheFurthestBackFirstAndRefusesLessThanADay() {
        JsonArray items = get("/api/reports/backdating?size=20").object().getJsonArray("items");
        assertThat(items).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            assertThat(items.getJsonObject(i).getInt("lagDays")).isGreaterThanOrEqualTo(7);
            if (i > 0) {
                assertThat(items.getJsonObject(i).getInt("lagDays"))
                        .isLessThanOrEqualTo(items.getJsonObject(i - 1).getInt("lagDays"));
            }
        }
        Reply zero = get("/api/reports/backdating?minDays=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("minDays");
        assertThat(Api.as("collector").get("/api/reports/backdating").status()).isEqualTo(403);
    }

    @Test
    void aFinanceManagerClosesTheBooksButOnlyAnAdministratorReopensThem() {
        String user = Api.newUser("FINANCE_MANAGER", PASSWORD);
        Caller manager = Api.as(user, PASSWORD);

        Reply closed = manager.post("/api/books/close", json("{'closedThrough':'2023-08-31'}"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(manager.post("/api/books/reopen", json("{'reason':'late invoice'}")).status()).isEqualTo(403);
        assertThat(Api.as("finance").post("/api/books/close", json("{'closedThrough':'2023-09-30'}")).status())
                .isEqualTo(403);
    }

    @Test
    void changesToUsersAccessSettingsAndTheBooksAreInTheAdministrationHistory() {
        String user = Api.newUser("FINANCE", PASSWORD);
        assertThat(put("/api/users/" + user + "/roles", json("['FINANCE_MANAGER','VIEWER']")).status())
                .isEqualTo(200);
        Caller manager = Api.as(user, PASSWORD);
        manager.put("/api/settings/BACKDATING_DAYS", json("{'value':'30'}"));
        manager.post("/api/books/close", json("{'closedThrough':'2023-08-31'}"));

        JsonArray admin = get("/api/administration-events?user=admin&from=" + Api.today() + "&size=500").object()
                .getJsonArray("items");
        assertThat(admin.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("subject").equals(user)).map(e -> e.getString("action")).toList())
                .containsExactly("ROLES_CHANGED", "USER_CREATED");
        JsonObject roles = admin.stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("subject").equals(user)).findFirst().orElseThrow();
        assertThat(roles.getString("from")).isEqualTo("FINANCE");
        assertThat(roles.getString("to")).isEqualTo("FINANCE_MANAGER, VIEWER");

        JsonObject byManager = get("/api/administration-events?user=" + user).object();
        assertThat(byManager.getInt("totalItems")).isEqualTo(2);
        // both changes may carry the same instant: find each by its action, not by its place
        JsonObject books = byAction(byManager, "CLOSED");
        assertThat(books.getString("subject")).isEqualTo("BOOKS");
        assertThat(books.getString("to")).isEqualTo("2023-08-31");
        JsonObject setting = byAction(byManager, "SETTING_CHANGED");
        assertThat(setting.getString("subject")).isEqualTo("BACKDATING_DAYS");
        assertThat(!setting.containsKey("from") || setting.isNull("from")).as("no value before").isTrue();
        assertThat(setting.getString("to")).isEqualTo("30");
        assertThat(Api.as("collector").get("/api/administration-events").status()).isEqualTo(403);
    }

    private static JsonObject byAction(JsonObject page, String action) {
        return page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals(action)).findFirst().orElseThrow();
    }
}
