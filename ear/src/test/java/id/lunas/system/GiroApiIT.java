package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The giros that need attention, and the scan that finds them, over HTTP. */
class GiroApiIT {

    @Test
    void aScanRunOnRequestFlagsAGiroThatShouldHaveClearedAndTheListsShowIt() {
        String customer = Api.Erp.customer("TOKO GIRO LAMA");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "1250.00");

        Reply scan = post("/api/giro-scans", "");

        assertThat(scan.status()).isEqualTo(200);
        assertThat(scan.object().getString("outcome")).isEqualTo("COMPLETED");
        assertThat(scan.object().getString("trigger")).isEqualTo("MANUAL");
        assertThat(scan.object().getInt("newlyFlagged")).isPositive();
        assertThat(scan.object().getInt("statements")).isPositive();

        JsonObject payment = get("/api/payments/" + number).object();
        assertThat(payment.getBoolean("overdue")).isTrue();
        assertThat(payment.getString("overdueSince")).isEqualTo("2023-08-26");
        assertThat(payment.getJsonObject("giro").getString("window")).isEqualTo("EXPIRED");
        assertThat(numbers(get("/api/giros/overdue").array().getValuesAs(JsonObject.class))).contains(number);
        assertThat(numbers(get("/api/giros/expiring").array().getValuesAs(JsonObject.class))).contains(number);
        assertThat(get("/api/payments?overdue=true&customerCode=" + customer).object().getInt("totalItems")).isEqualTo(1);
        assertThat(get("/api/payments/" + number + "/history").array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).containsExactly("RECORDED", "FLAGGED_OVERDUE");

        JsonObject record = get("/api/customers/" + customer + "/giro-record").object();
        assertThat(record.getInt("received")).isEqualTo(1);
        assertThat(record.getInt("currentlyOverdue")).isEqualTo(1);

        post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-25'}"));
        assertThat(numbers(get("/api/giros/overdue").array().getValuesAs(JsonObject.class))).doesNotContain(number);
        assertThat(post("/api/giro-scans", "").object().getInt("newlyFlagged")).isZero();
    }

    @Test
    void recentScansIncludeTheCatchUpAtStartUp() {
        List<JsonObject> scans = get("/api/giro-scans").array().getValuesAs(JsonObject.class);

        assertThat(scans).anySatisfy(scan -> {
            assertThat(scan.getString("trigger")).isEqualTo("CATCH_UP");
            assertThat(scan.getString("outcome")).isIn("COMPLETED", "SKIPPED");
        });
    }

    @Test
    void theMaturityScheduleSumsActiveGirosPerEffectiveDate() {
        String customer = Api.Erp.customer("TOKO JATUH TEMPO");
        Api.Payments.giro(customer, "2023-07-03", "2023-07-05", "100.00");
        Api.Payments.giro(customer, "2023-07-03", "2023-07-05", "0.50");

        List<JsonObject> days = get("/api/giros/maturity?from=2023-07-05&to=2023-07-05").array()
                .getValuesAs(JsonObject.class);

        assertThat(days).singleElement().satisfies(day -> {
            assertThat(day.getString("effectiveDate")).isEqualTo("2023-07-05");
            assertThat(day.getInt("count")).isGreaterThanOrEqualTo(2);
        });
        assertThat(get("/api/giros/maturity?from=2023-07-05&to=2023-07-01").status()).isEqualTo(400);
        assertThat(get("/api/giros/maturity?from=yesterday").status()).isEqualTo(400);
    }

    private static List<String> numbers(List<JsonObject> giros) {
        return giros.stream().map(g -> g.getString("number")).toList();
    }
}
