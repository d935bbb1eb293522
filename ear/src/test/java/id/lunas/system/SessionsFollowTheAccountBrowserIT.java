package id.lunas.system;

import static id.lunas.system.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A back-office session is authorized against the account as it is now, not as it was at sign-in;
 * and signing in never sends the browser to another site.
 */
class SessionsFollowTheAccountBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aFinanceUserDemotedToViewerWhileTheResolveDialogIsOpenCannotSaveItAndOnceDisabledIsSignedOut() {
        String user = Api.newUser("FINANCE", "finance-password-1");
        String customer = Api.Erp.customer("TOKO TURUN PANGKAT");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "1500");
        browser.signIn(user, "finance-password-1");
        browser.open("/payments.xhtml?customer=" + customer);
        browser.rowAction(browser.row("list:payments_data", number), "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        browser.pickDate("resolvedDate", LocalDate.of(2023, 8, 24));

        assertThat(Api.put("/api/users/" + user + "/roles", json("['VIEWER']")).status()).isEqualTo(200);
        browser.click(browser.driver().findElement(By.id("resolveForm:save")));

        browser.waitForText(By.id("resolveForm"), "Your roles do not allow this");
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
        browser.open("/payments.xhtml?customer=" + customer);
        assertThat(browser.rowActions(browser.row("list:payments_data", number))).containsExactly("View");

        assertThat(Api.post("/api/users/" + user + "/disable", "").status()).isEqualTo(200);
        browser.open("/payments.xhtml?customer=" + customer);

        browser.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Sign in");
    }

    @Test
    void anAdministratorDemotedAndDisabledCannotGiveThemselfBackTheirPowersFromTheOldSession() {
        String user = Api.newUser("ADMIN", "admin-password-1");
        browser.signIn(user, "admin-password-1");
        browser.open("/admin/users.xhtml");
        browser.click(browser.visible(By.xpath("//tr[.//span[text()='" + user + "']]//button[contains(@id,':edit')]")));
        browser.visible(By.id("editForm:saveRoles"));

        assertThat(Api.put("/api/users/" + user + "/roles", json("['VIEWER']")).status()).isEqualTo(200);
        assertThat(Api.post("/api/users/" + user + "/disable", "").status()).isEqualTo(200);
        browser.tick("editForm:editRoles", "ADMIN");
        browser.click(browser.driver().findElement(By.id("editForm:saveRoles")));

        browser.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        JsonObject account = Api.get("/api/users").array().getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("username").equals(user)).findFirst().orElseThrow();
        assertThat(account.getBoolean("enabled")).isFalse();
        assertThat(account.getJsonArray("roles").toString()).doesNotContain("ADMIN");
    }

    @Test
    void aDemotedAdministratorsOpenSessionNoLongerReachesAdministration() {
        String user = Api.newUser("ADMIN", "admin-password-2");
        browser.signIn(user, "admin-password-2");
        browser.open("/admin/users.xhtml");
        browser.visible(By.id("usersForm:users_data"));

        assertThat(Api.put("/api/users/" + user + "/roles", json("['VIEWER']")).status()).isEqualTo(200);
        browser.open("/admin/users.xhtml");

        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Not allowed");
        assertThat(browser.driver().findElements(By.id("menu:users"))).isEmpty();
    }

    @Test
    void aPageAddressThatNamesAnotherSiteLeadsToThisOneAfterSigningIn() {
        browser.open("//evil.example/payments.xhtml");
        browser.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));

        browser.submitSignIn("viewer", "viewer-demo-2026");

        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Dashboard"));
        assertThat(URI.create(browser.driver().getCurrentUrl()).getHost()).isEqualTo(URI.create(Api.BASE).getHost());
    }

    @Test
    void wrongPasswordsOnTheSignInPageSlowTheNextAttemptButNeverLockTheOwnerOut() throws InterruptedException {
        String user = Api.newUser("VIEWER", "right-password-1");
        browser.open("/login.xhtml");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.submitSignIn(user, "wrong-password-" + attempt);
            browser.waiter().until(d -> {
                String page = d.findElement(By.id("signIn")).getAttribute("textContent");
                return page.contains("Wrong user name or password") || page.contains("Too many failed sign-ins");
            });
        }
        browser.screenshot("sign-in-throttled");

        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && browser.driver().getCurrentUrl().contains("/login.xhtml")) {
            browser.submitSignIn(user, "right-password-1");
            Thread.sleep(2_000);
        }
        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Dashboard"));
    }
}
