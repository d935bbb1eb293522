package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The audit trail: every payment's events in one list, filtered, over HTTP and on its screen. */
class AuditIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    private static List<JsonObject> events(String query, String... headers) {
        return Api.ADMIN.get("/api/payment-events?" + query, headers).object().getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    @Test
    void theEventsOfEveryPaymentAreFilteredByCustomerActionUserAndDay() {
        String customer = Api.Erp.customer("TOKO AUDIT");
        String giro = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "100.00");
        String cash = Api.Payments.cash(customer, "50.00");
        post("/api/payments/" + giro + "/resolve", json("{'resolvedDate':'2023-08-23'}"));

        List<JsonObject> all = events("customerCode=" + customer, "Accept-Language", "id");
        assertThat(all).extracting(e -> e.getString("paymentNumber") + " " + e.getString("action"))
                .containsExactly(giro + " RESOLVED", cash + " RECORDED", giro + " RECORDED");
        assertThat(all.get(0).getString("detail")).contains("23 Agu 2023");
        assertThat(all.get(0).getString("user")).isEqualTo("admin");
        assertThat(events("customerCode=" + customer + "&action=RESOLVED")).singleElement()
                .satisfies(e -> assertThat(e.getString("paymentNumber")).isEqualTo(giro));
        assertThat(events("customerCode=" + customer + "&user=finance")).isEmpty();
        assertThat(events("customerCode=" + customer + "&from=" + Api.today() + "&to=" + Api.today())).hasSize(3);
        assertThat(events("customerCode=" + customer + "&to=" + Api.today().minusDays(1))).isEmpty();
        JsonObject page = Api.ADMIN.get("/api/payment-events?customerCode=" + customer + "&size=2").object();
        assertThat(page.getInt("totalItems")).isEqualTo(3);
        assertThat(page.getJsonArray("items")).hasSize(2);
        assertThat(get("/api/payment-events?action=SHOUTED").status()).isEqualTo(400);
        assertThat(Api.as("collector").get("/api/payment-events").status()).isEqualTo(403);

        browser.open("/audit.xhtml");
        browser.type("filters:customerCode", customer);
        browser.click(browser.driver().findElement(By.id("filters:apply")));
        // the unfiltered first page may already show this customer's newest events: wait for the filter
        browser.waiter().until(d -> d.findElements(By.cssSelector("#events\\:list_data tr")).size() == 3);
        browser.waitForText(By.id("events:list_data"), giro);
    }
}
