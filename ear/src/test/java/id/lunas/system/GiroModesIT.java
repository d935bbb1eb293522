package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static id.lunas.system.Api.today;
import static org.assertj.core.api.Assertions.assertThat;

import id.lunas.system.Api.Caller;
import id.lunas.system.Api.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Credit control at entry over HTTP: the third "kosong" rejection blocks the customer's next giro,
 * cash is still taken, a field giro is held, and a finance manager's override lets giros through.
 */
class GiroModesIT {

    @RegisterExtension
    static final Browser browser = new Browser("finance");

    private static final Caller MANAGER = Api.as("manager");
    private static final Caller FINANCE = Api.as("finance");

    private static String giroBody(String customer, String account) {
        return json("{'customerCode':'" + customer + "','paymentDate':'" + today() + "','method':'GIRO',"
                + "'bankAccountCode':'" + account + "','amount':1000000,'giro':{'number':'" + Api.unique("BG")
                + "','drawerBank':'BCA','issueDate':'" + today() + "','effectiveDate':'" + today() + "'}}");
    }

    @Test
    void theThirdKosongBlocksTheNextGiroCashIsTakenAFieldGiroIsHeldAndAnOverrideLetsOneThrough() {
        String customer = Api.Erp.customer("TOKO TIGA KALI KOSONG");
        String account = Api.Erp.bankAccount();
        // the three giros are all taken before the first bounces: a rising risk would hold the later ones
        List<String> bounced = new ArrayList<>();
        for (int i = 3; i >= 1; i--) {
            bounced.add(Api.Payments.giro(customer, account, today().minusDays(10 * i).toString(),
                    today().minusDays(10 * i).toString(), "500000"));
        }
        for (int i = 3; i >= 1; i--) {
            assertThat(post("/api/payments/" + bounced.get(3 - i) + "/reject", json("{'rejectedDate':'"
                    + today().minusDays(i) + "','reasonCode':'INSUFFICIENT_FUNDS'}")).status()).isEqualTo(200);
        }

        Reply refused = FINANCE.post("/api/payments", giroBody(customer, account));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.object().getString("code")).isEqualTo("credit.giroBlocked");
        assertThat(refused.object().getString("detail")).contains("3 kosong rejections");
        assertThat(refused.object().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("message"))
                .containsExactly("A giro was rejected for insufficient funds on " + Browser.displayed(today().minusDays(1)),
                        "A giro was rejected for insufficient funds on " + Browser.displayed(today().minusDays(2)),
                        "A giro was rejected for insufficient funds on " + Browser.displayed(today().minusDays(3)));
        assertThat(FINANCE.post("/api/payments", json("{'customerCode':'" + customer + "','paymentDate':'" + today()
                + "','method':'CASH','amount':250000}")).status()).as("cash is still taken").isEqualTo(201);

        Reply collected = Api.as("collector").post("/api/collections", giroBody(customer, account),
                "Idempotency-Key", Api.unique("k"));
        assertThat(collected.status()).as("a field giro is never lost to a block").isEqualTo(201);
        String held = collected.object().getString("number");
        assertThat(collected.object().getString("status")).isEqualTo("PENDING");
        assertThat(collected.object().getBoolean("creditHold")).isTrue();
        browser.open("/payment.xhtml?number=" + held);
        browser.waitForText(By.id("actionsForm:creditHold"), "Held: giros of this customer are blocked");
        Reply notYet = FINANCE.post("/api/payments/" + held + "/confirm", "");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.object().getString("code")).isEqualTo("credit.holdNeedsOverride");

        assertThat(FINANCE.put("/api/customers/" + customer + "/giro-mode",
                json("{'mode':'ALLOW','reason':'x'}")).status()).as("only a finance manager overrides").isEqualTo(403);
        assertThat(MANAGER.put("/api/customers/" + customer + "/giro-mode", json("{'mode':'ALLOW'}")).status())
                .as("an override needs its reason").isEqualTo(400);
        JsonObject allowed = MANAGER.put("/api/customers/" + customer + "/giro-mode",
                json("{'mode':'ALLOW','reason':'Paid the bounced giros in cash'}")).object();
        assertThat(allowed.getString("mode")).isEqualTo("ALLOW");
        assertThat(allowed.getBoolean("modeOverridden")).isTrue();
        assertThat(allowed.getString("riskLevel")).isEqualTo("BLOCK");

        assertThat(FINANCE.post("/api/payments/" + held + "/confirm", "").object().getString("status"))
                .isEqualTo("ACTIVE");
        Reply through = FINANCE.post("/api/payments", giroBody(customer, account));
        assertThat(through.status()).isEqualTo(201);
        assertThat(through.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(get("/api/administration-events?user=manager").object().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("GIRO_MODE_SET");
                    assertThat(e.getString("subject")).isEqualTo(customer);
                    assertThat(e.getString("to")).isEqualTo("ALLOW: Paid the bounced giros in cash");
                });

        MANAGER.put("/api/customers/" + customer + "/giro-mode", json("{'mode':'VERIFY','reason':'One at a time'}"));
        JsonObject toVerify = FINANCE.post("/api/payments", giroBody(customer, account)).object();
        assertThat(toVerify.getString("status")).isEqualTo("PENDING");
        assertThat(toVerify.getBoolean("verificationRequired")).isTrue();
        Reply ownConfirm = FINANCE.post("/api/payments/" + toVerify.getString("number") + "/confirm", "");
        assertThat(ownConfirm.status()).isEqualTo(409);
        assertThat(ownConfirm.object().getString("code")).isEqualTo("credit.secondPersonRequired");
        assertThat(Api.ADMIN.post("/api/payments/" + toVerify.getString("number") + "/confirm", "").object()
                .getString("status")).as("a second person confirms it").isEqualTo("ACTIVE");

        MANAGER.put("/api/customers/" + customer + "/giro-mode", json("{'reason':'Back to the giro risk'}"));
        assertThat(get("/api/customers/" + customer + "/credit").object().getString("mode")).isEqualTo("BLOCK");
        assertThat(FINANCE.post("/api/payments", giroBody(customer, account)).status()).isEqualTo(409);
    }
}
