package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Administration > Users and My password, in Chromium. */
class UsersBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void anAdminCreatesAUserAssignsRolesResetsThePasswordAndDisablesThem() {
        browser.signIn("admin");
        browser.open("/admin/users.xhtml");
        browser.visible(By.id("usersForm:users_data"));
        browser.screenshot("users");
        String user = Api.unique("kasir").toLowerCase();

        browser.type("newUserForm:username", user);
        browser.type("newUserForm:displayName", "Kasir Baru");
        browser.type("newUserForm:password", "short");
        browser.tick("newUserForm:roles", "VIEWER");
        browser.click(browser.driver().findElement(By.id("newUserForm:create")));
        browser.waitForText(By.id("newUserForm"), "A password needs at least 10 characters");
        assertThat(Api.get("/api/users").body()).doesNotContain(user);

        browser.type("newUserForm:password", "first-password-1");
        browser.tick("newUserForm:roles", "VIEWER");
        browser.click(browser.driver().findElement(By.id("newUserForm:create")));
        browser.waitForText(By.id("usersForm:users_data"), user);
        assertThat(Api.as(user, "first-password-1").get("/api/me").object().getJsonArray("roles").toString())
                .contains("VIEWER");

        browser.click(browser.driver().findElement(By.xpath("//tr[.//span[text()='" + user + "']]//button[contains(@id,':edit')]")));
        browser.visible(By.id("editForm:saveRoles"));
        browser.tick("editForm:editRoles", "FINANCE");
        browser.click(browser.driver().findElement(By.id("editForm:saveRoles")));
        browser.waitForText(By.xpath("//tr[.//span[text()='" + user + "']]"), "FINANCE");
        browser.type("editForm:password", "second-password-2");
        browser.click(browser.driver().findElement(By.id("editForm:resetPassword")));
        browser.waitForText(By.cssSelector(".ui-growl"), "The password of " + user + " is reset");
        assertThat(Api.as(user, "second-password-2").get("/api/me").object().getJsonArray("roles").toString())
                .contains("VIEWER", "FINANCE");
        browser.click(browser.driver().findElement(By.id("editForm:close")));

        browser.click(browser.driver().findElement(By.xpath("//tr[.//span[text()='" + user + "']]//button[contains(@id,':toggle')]")));
        browser.waitForText(By.xpath("//tr[.//span[text()='" + user + "']]"), "Enable");
        assertThat(Api.as(user, "second-password-2").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void everyUserChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String user = Api.newUser("VIEWER", "first-password-1");
        browser.signIn(user, "first-password-1");
        browser.click(browser.visible(By.id("menu:myPassword")));
        browser.visible(By.id("passwordForm"));

        browser.type("passwordForm:currentPassword", "not-the-password");
        browser.type("passwordForm:newPassword", "my-own-password-2");
        browser.click(browser.driver().findElement(By.id("passwordForm:save")));
        browser.waitForText(By.id("passwordForm"), "The current password is not right");

        browser.type("passwordForm:currentPassword", "first-password-1");
        browser.type("passwordForm:newPassword", "my-own-password-2");
        browser.click(browser.driver().findElement(By.id("passwordForm:save")));
        browser.waitForText(By.id("passwordForm"), "Your password is changed");
        assertThat(Api.as(user, "my-own-password-2").get("/api/me").status()).isEqualTo(200);
        assertThat(Api.as(user, "first-password-1").get("/api/me").status()).isEqualTo(401);
        browser.signOut();
    }
}
