package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** English and Bahasa Indonesia: texts, amounts and dates follow the choice, remembered per browser and per user. */
class LanguageBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void switchingToBahasaIndonesiaTranslatesTheScreensAndFormatsRupiahUntilSwitchedBack() {
        String customer = Api.Erp.customer("TOKO BAHASA");
        String number = Api.Payments.cash(customer, "30878568.81");
        browser.open("/login.xhtml");
        browser.click(browser.visible(By.xpath("//form[@id='languages']//a[@lang='id']")));
        browser.waitForText(By.id("signIn"), "Kata sandi");
        assertThat(browser.driver().findElement(By.id("signIn:submit")).getText()).isEqualTo("Masuk");

        browser.signIn("finance");
        browser.open("/payments.xhtml?customer=" + customer);
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Pembayaran Pelanggan");
        WebElement row = browser.row("list:payments_data", number);
        assertThat(row.getText()).contains("Rp30.878.568,81", "21 Agu 2023", "Tunai", "Selesai");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        browser.screenshot("customer-payment-list-id");

        browser.signOut();
        assertThat(browser.visible(By.id("signIn:submit")).getText()).as("remembered after signing out")
                .isEqualTo("Masuk");
        browser.click(browser.visible(By.xpath("//form[@id='languages']//a[@lang='en']")));
        browser.waitForText(By.id("signIn"), "Password");
        assertThat(browser.driver().findElement(By.id("signIn:submit")).getText()).isEqualTo("Sign in");
    }

    @Test
    void aSignedInUsersChoiceFollowsThemToAnotherBrowser() {
        String user = Api.newUser("VIEWER", "first-password-1");
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user, "first-password-1");
        browser.switchToIndonesian();
        browser.signOut();

        browser.driver().manage().deleteAllCookies();
        browser.open("/login.xhtml");
        assertThat(browser.visible(By.id("signIn:submit")).getText()).as("a new browser starts in English")
                .isEqualTo("Sign in");
        browser.signIn(user, "first-password-1");

        assertThat(browser.visible(By.id("menu:signOut")).getText()).isEqualTo("Keluar");
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Dasbor");
        browser.signOut();
        browser.driver().manage().deleteAllCookies();
    }
}
