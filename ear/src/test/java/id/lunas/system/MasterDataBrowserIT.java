package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Master data > Customers and Bank Accounts, as the ERP pushed them. */
class MasterDataBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    @Test
    void customersAreFoundByNameAndOpenWithTheirGiroRecord() {
        String customer = Api.Erp.customer("TOKO CARI NAMA");

        browser.open("/customers.xhtml");
        browser.type("filters:q", "cari nama");
        browser.click(browser.driver().findElement(By.id("filters:apply")));
        browser.waitForText(By.id("customers_data"), customer);
        browser.click(browser.driver().findElement(By.linkText(customer)));

        browser.waitForText(By.tagName("h1"), "Customer " + customer);
        assertThat(browser.driver().findElement(By.id("customerName")).getText()).isEqualTo("TOKO CARI NAMA");
        assertThat(browser.driver().findElement(By.id("received")).getText()).isEqualTo("0");
    }

    @Test
    void bankAccountsListTheCompanysAccounts() {
        String account = Api.Erp.bankAccount();

        browser.open("/bank-accounts.xhtml");

        assertThat(browser.visible(By.id("bankAccounts_data")).getText()).contains(account, "BRI", "0123-01");
        assertThat(browser.driver().findElement(By.id("menu:bankAccounts")).getAttribute("href"))
                .endsWith("/bank-accounts.xhtml");
    }
}
