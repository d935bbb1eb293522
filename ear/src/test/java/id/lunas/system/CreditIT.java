package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.put;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Credit control over HTTP: a customer's exposure against the limit the ERP set, and the "kosong"
 * rejections of the last six months, of the customer and of the account its giros are drawn on.
 */
class CreditIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    @AfterEach
    void standardThresholds() {
        for (String name : List.of("GIRO_RISK_WARN", "GIRO_RISK_VERIFY", "GIRO_RISK_BLOCK",
                "GIRO_DRAWER_ACCOUNT_REQUIRED")) {
            put("/api/settings/" + name, json("{'value':''}"));
        }
    }

    private static String giro(String customer, String account, LocalDate paid, String drawerAccount, String amount,
                               String invoice) {
        String allocation = invoice == null ? "" : ",'allocations':[{'invoiceNumber':'" + invoice + "','amount':"
                + amount + "}]";
        Reply reply = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + paid
                + "','method':'GIRO','bankAccountCode':'" + account + "','amount':" + amount + ",'giro':{'number':'"
                + Api.unique("BG") + "','drawerBank':'BCA','drawerAccount':'" + drawerAccount + "','issueDate':'"
                + paid + "','effectiveDate':'" + paid + "'}" + allocation + ",'backdateReason':'old sheet'}"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.object().getString("number");
    }

    private static void kosong(String payment, LocalDate rejected) {
        Reply reply = post("/api/payments/" + payment + "/reject", json("{'rejectedDate':'" + rejected
                + "','reasonCode':'INSUFFICIENT_FUNDS'}"));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    @Test
    void exposureCountsWhatIsOwedGirosNotClearedAndCollectionsNotConfirmedAgainstTheLimit() {
        String customer = Api.unique("CR");
        assertThat(post("/api/customers", json("{'code':'" + customer + "','name':'TOKO BATAS KREDIT',"
                + "'creditLimit':5500000}")).status()).isEqualTo(201);
        assertThat(get("/api/customers/" + customer).object().getJsonNumber("creditLimit").bigDecimalValue())
                .isEqualByComparingTo("5500000");
        String account = Api.Erp.bankAccount();
        String invoice = Api.Erp.invoice(customer, "6000000.00");
        post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'CASH','amount':1000000,'allocations':[{'invoiceNumber':'" + invoice
                + "','amount':1000000}]}"));
        giro(customer, account, today(), "123-456-7890", "3000000", invoice);
        Api.Payments.collection(customer, "500000");

        JsonObject credit = get("/api/customers/" + customer + "/credit").object();

        assertThat(credit.getJsonNumber("outstandingInvoices").bigDecimalValue()).isEqualByComparingTo("2000000");
        assertThat(credit.getJsonNumber("activeGiros").bigDecimalValue()).isEqualByComparingTo("3000000");
        assertThat(credit.getJsonNumber("pendingCollections").bigDecimalValue()).isEqualByComparingTo("500000");
        assertThat(credit.getJsonNumber("exposure").bigDecimalValue()).isEqualByComparingTo("5500000");
        assertThat(credit.getBoolean("overLimit")).as("at the limit is not over it").isFalse();

        Api.Payments.collection(customer, "0.01");
        JsonObject over = get("/api/customers/" + customer + "/credit").object();
        assertThat(over.getBoolean("overLimit")).isTrue();
        JsonObject listed = get("/api/customers?q=" + customer).array().getJsonObject(0).getJsonObject("credit");
        assertThat(listed.getBoolean("overLimit")).as("the list says it too").isTrue();
        assertThat(listed.getJsonNumber("exposure").bigDecimalValue()).isEqualByComparingTo("5500000.01");
        assertThat(listed.getString("mode")).isEqualTo("ALLOW");
        assertThat(over.getJsonNumber("headroom").bigDecimalValue()).isEqualByComparingTo("-0.01");
        assertThat(over.getString("riskLevel")).isEqualTo("NONE");
    }

    @Test
    void kosongRejectionsOfTheLastSixMonthsRaiseTheRiskOfTheCustomerAndOfTheDrawerAccount() {
        String customer = Api.Erp.customer("TOKO GIRO KOSONG");
        String other = Api.Erp.customer("TOKO LAIN SAMA REKENING");
        String account = Api.Erp.bankAccount();
        String drawer = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        LocalDate old = today().minusMonths(6).minusDays(1);
        // every giro is taken before the first rejection: a rising risk would hold the later ones
        String outOfWindow = giro(customer, account, old, drawer, "100", null);
        String fortyDaysAgo = giro(customer, account, today().minusDays(40), drawer, "200", null);
        String othersGiro = giro(other, account, today().minusDays(5), drawer + "-", "300", null);
        String yesterday = giro(customer, account, today().minusDays(2), drawer, "400", null);
        String otherAccount = giro(customer, account, today().minusDays(2), "7777777", "500", null);
        kosong(outOfWindow, old);
        kosong(fortyDaysAgo, today().minusDays(40));
        kosong(othersGiro, today().minusDays(5));

        JsonObject credit = get("/api/customers/" + customer + "/credit").object();
        assertThat(credit.getInt("kosongInWindow")).as("the one 6 months and a day old no longer counts").isEqualTo(1);
        assertThat(credit.getString("riskLevel")).isEqualTo("WARN");
        JsonObject drawn = credit.getJsonArray("drawerAccounts").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("drawerAccount").equals(drawer)).findFirst().orElseThrow();
        assertThat(drawn.getInt("kosongInWindow")).as("the account bounced for another customer too").isEqualTo(2);
        assertThat(drawn.getString("riskLevel")).isEqualTo("VERIFY");
        assertThat(credit.getJsonArray("drawerAccounts")).hasSize(2);

        kosong(yesterday, today().minusDays(1));
        kosong(otherAccount, today());
        JsonObject blocked = get("/api/customers/" + customer + "/credit").object();
        assertThat(blocked.getInt("kosongInWindow")).isEqualTo(3);
        assertThat(blocked.getString("riskLevel")).isEqualTo("BLOCK");
        assertThat(blocked.getJsonArray("rejections").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("rejectedDate"))
                .containsExactly(today().toString(), today().minusDays(1).toString(), today().minusDays(40).toString());

        assertThat(put("/api/settings/GIRO_RISK_BLOCK", json("{'value':'4'}")).status()).isEqualTo(200);
        assertThat(get("/api/customers/" + customer + "/credit").object().getString("riskLevel")).isEqualTo("VERIFY");
        Reply disorder = put("/api/settings/GIRO_RISK_WARN", json("{'value':'5'}"));
        assertThat(disorder.status()).as("warn above verify").isEqualTo(400);
        assertThat(get("/api/settings").array().getValuesAs(JsonObject.class)).filteredOn(
                setting -> setting.getString("name").equals("GIRO_RISK_WARN"))
                .singleElement().satisfies(setting -> assertThat(setting.containsKey("value")).isFalse());

        assertThat(get("/api/customers/" + customer).object().getJsonObject("credit").getString("riskLevel"))
                .isEqualTo("VERIFY");
        browser.open("/customers.xhtml?q=" + customer);
        browser.waitForText(By.cssSelector("#customers_data .customer-risk"), "Verify");

        browser.open("/customer.xhtml?code=" + customer);
        browser.waitForText(By.id("creditWarning"), "Verify");
        assertThat(browser.driver().findElement(By.id("riskLevel")).getText()).isEqualTo("Verify");
        browser.screenshot("customer-credit");

        browser.open("/new-payment.xhtml");
        WebElement input = browser.visible(By.id("paymentForm:customer_input"));
        input.sendKeys(customer);
        browser.click(browser.visible(By.cssSelector("#paymentForm\\:customer_panel li[data-item-value='" + customer
                + "']")));
        browser.waitForText(By.id("paymentForm:riskWarning"), "Giro risk: Verify. 3 kosong rejections");
        browser.screenshot("new-payment-credit-warning");
    }

    @Test
    void aDrawerAccountThatIsNotAnAccountNumberIsRefusedNextToItsField() {
        String customer = Api.Erp.customer("TOKO REKENING SALAH");
        Reply reply = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'GIRO','bankAccountCode':'" + Api.Erp.bankAccount() + "','amount':10,'giro':{'number':'"
                + Api.unique("BG") + "','drawerBank':'BCA','drawerAccount':'rekening Budi','issueDate':'" + today()
                + "','effectiveDate':'" + today() + "'}}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("giro.drawerAccount");
    }

    @Test
    void onceTheSettingRequiresItANewGiroWithoutItsDrawerAccountIsRefused() {
        String customer = Api.Erp.customer("TOKO WAJIB REKENING");
        String account = Api.Erp.bankAccount();
        assertThat(put("/api/settings/GIRO_DRAWER_ACCOUNT_REQUIRED", json("{'value':'2'}")).status()).isEqualTo(400);
        assertThat(put("/api/settings/GIRO_DRAWER_ACCOUNT_REQUIRED", json("{'value':'1'}")).status()).isEqualTo(200);

        Reply without = post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'GIRO','bankAccountCode':'" + account + "','amount':10,'giro':{'number':'"
                + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'" + today() + "','effectiveDate':'"
                + today() + "'}}"));
        assertThat(without.status()).isEqualTo(400);
        assertThat(without.object().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("giro.drawerAccount");
        giro(customer, account, today(), "0123456789", "10", null);
    }
}
