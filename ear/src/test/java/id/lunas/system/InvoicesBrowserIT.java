package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Sales > Invoices: what each invoice was paid, what is clearing or pending, what is still owed. */
class InvoicesBrowserIT {

    @RegisterExtension
    static final Browser browser = new Browser("viewer");

    @Test
    void anInvoiceShowsItsClearingPendingAndOutstandingMoneyAndThePaymentsBehindThem() {
        String customer = Api.Erp.customer("TOKO FAKTUR");
        String invoice = Api.Erp.invoice(customer, "1000.00");
        String giro = Api.post("/api/payments", Api.json("{'customerCode':'" + customer + "','paymentDate':'2023-08-21',"
                + "'method':'GIRO','bankAccountCode':'" + Api.Erp.bankAccount() + "','amount':400,"
                + "'giro':{'number':'" + Api.unique("BG") + "','drawerBank':'BCA','issueDate':'2023-08-21',"
                + "'effectiveDate':'2023-08-22'},'allocations':[{'invoiceNumber':'" + invoice + "','amount':400}]}"))
                .object().getString("number");
        String collected = Api.as("collector").post("/api/collections", Api.json("{'customerCode':'" + customer
                + "','paymentDate':'2023-08-21','method':'CASH','amount':100,'allocations':[{'invoiceNumber':'"
                + invoice + "','amount':100}]}"), "Idempotency-Key", Api.unique("k")).object().getString("number");

        browser.open("/invoices.xhtml?customer=" + customer);
        WebElement row = browser.row("list:invoices_data", invoice);
        assertThat(row.getText()).contains("TOKO FAKTUR", "1,000.00", "400.00", "100.00", "500.00", "Partially paid");
        browser.screenshot("invoices");

        browser.click(row.findElement(By.linkText(invoice)));
        browser.waitForText(By.tagName("h1"), "Invoice " + invoice);
        assertThat(browser.driver().findElement(By.id("payments_data")).getText()).contains(giro, "400.00", collected,
                "100.00", "Active", "Pending");
    }
}
