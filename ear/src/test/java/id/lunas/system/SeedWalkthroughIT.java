package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The product brief's walkthrough, over HTTP against the deployed EAR. */
class SeedWalkthroughIT {

    /** Resolving it is the browser test's part (SeedWalkthroughBrowserIT). */
    @Test
    void theDemoDataHasTheSeedGiroActiveAtFirstStart() {
        JsonObject page = get("/api/payments?method=GIRO&q=PR-230800811").object();

        assertThat(page.getJsonNumber("totalItems").longValue()).isEqualTo(1);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("number")).isEqualTo("PR-230800811");
        assertThat(row.getString("customerName")).isEqualTo("1188 MINI MARKET");
        assertThat(row.getJsonNumber("amount").toString()).isEqualTo("30878568.81");
        assertThat(row.getString("paymentDate")).isEqualTo("2023-08-21");
        assertThat(row.getString("bankAccountCode")).isEqualTo("BRI-01");
    }

    @Test
    void aGiroRecordedOverRestIsFoundFilteredResolvedAndClearsItsInvoice() {
        String customer = Api.Erp.customer("1188 MINI MARKET");
        String bank = Api.Erp.bankAccount();
        String invoice = Api.Erp.invoice(customer, "30878568.81");

        var created = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + bank + "','amount':30878568.81,"
                + "'giro':{'number':'" + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'2023-08-21',"
                + "'effectiveDate':'2023-08-22'},'allocations':[{'invoiceNumber':'" + invoice
                + "','amount':30878568.81}]}"));
        assertThat(created.status()).isEqualTo(201);
        String number = created.object().getString("number");
        assertThat(created.header("Location")).hasValue("/api/payments/" + number);
        assertThat(created.object().getString("status")).isEqualTo("ACTIVE");

        var found = get("/api/payments?status=ACTIVE&method=GIRO&customerCode=" + customer).object();
        assertThat(found.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(item -> item.getString("number")).containsExactly(number);

        assertThat(post("/api/payments/" + number + "/resolve", json("{'resolvedDate':'2023-08-22'}")).status())
                .isEqualTo(200);

        JsonObject payment = get("/api/payments/" + number).object();
        assertThat(payment.getString("status")).isEqualTo("COMPLETED");
        assertThat(payment.getString("resolvedDate")).isEqualTo("2023-08-22");
        JsonObject cleared = get("/api/invoices/" + invoice).object();
        assertThat(cleared.getJsonNumber("cleared").bigDecimalValue()).isEqualByComparingTo("30878568.81");
        assertThat(cleared.getJsonNumber("outstanding").bigDecimalValue()).isEqualByComparingTo("0");
        assertThat(cleared.getString("status")).isEqualTo("PAID");
    }
}
