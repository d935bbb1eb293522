package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in and out of the back office, what each role sees there, and the forms' CSRF protection. */
class BackOfficeSecurityBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void aViewerSeesPaymentsWithOnlyTheViewActionAndTheServerRefusesAChangeAnyway() {
        String customer = Api.Erp.customer("TOKO LIHAT SAJA");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "1000");
        browser.signIn("viewer");

        browser.open("/payments.xhtml?customer=" + customer);
        WebElement row = browser.row("list:payments_data", number);
        assertThat(browser.rowActions(row)).containsExactly("View");
        assertThat(browser.driver().findElements(By.id("menu:users"))).isEmpty();

        browser.pickDate("resolvedDate", java.time.LocalDate.of(2023, 8, 24));
        browser.click(browser.driver().findElement(By.id("resolveForm:save")));
        browser.waitForText(By.id("resolveForm"), "Your roles do not allow this");
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
        assertThat(browser.driver().findElements(By.id("filters:newPayment"))).as("no New payment to offer").isEmpty();
        browser.open("/new-payment.xhtml");
        assertThat(browser.driver().findElements(By.id("paymentForm:save"))).as("no form to fill in vain").isEmpty();
    }

    @Test
    void anAdminSeesAdministrationAndFinanceDoesNotGetIntoIt() {
        browser.signIn("admin");
        assertThat(browser.driver().findElements(By.id("menu:users"))).hasSize(1);
        browser.signOut();

        browser.signIn("finance");
        assertThat(browser.driver().findElements(By.id("menu:users"))).isEmpty();
        browser.open("/admin/users.xhtml");
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Not allowed");
    }

    @Test
    void collectorsAndTheErpWorkThroughTheApiNotTheBackOffice() {
        browser.signIn("collector");

        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Not allowed");
    }

    @Test
    void signingOutEndsTheSessionSoPagesAskForSignInAgain() {
        browser.signIn("finance");
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Dashboard");

        browser.signOut();
        browser.open("/payments.xhtml");

        browser.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Sign in");
    }

    @Test
    void signingInWorksWithTheKeyboardAloneAndAMistypedAddressGetsAFriendlyPage() {
        browser.open("/login.xhtml");
        browser.visible(By.id("signIn:username")).click();
        browser.driver().switchTo().activeElement().sendKeys("finance", Keys.TAB, "finance-demo-2026", Keys.ENTER);
        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Dashboard"));

        browser.open("/no-such-screen.xhtml");

        assertThat(browser.driver().getTitle()).isEqualTo("Lunas - Page not found");
        assertThat(browser.driver().getPageSource()).doesNotContain("Caused by", "at jakarta.", "at com.sun.", "at id.lunas.");
    }

    @Test
    void aBookmarkOpenedBeforeSigningInIsWhereSigningInLeads() {
        browser.open("/invoices.xhtml?status=PAID");
        browser.waiter().until(ExpectedConditions.urlContains("/login.xhtml"));

        browser.submitSignIn("viewer", "viewer-demo-2026");

        browser.waiter().until(ExpectedConditions.titleIs("Lunas - Invoices"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/invoices.xhtml?status=PAID");
    }


    @Test
    void aFacesPostWithoutTheSessionsViewStateIsRefused() throws Exception {
        String customer = Api.Erp.customer("TOKO CSRF");
        String number = Api.Payments.giro(customer, "2023-08-21", "2023-08-22", "1000");
        browser.signIn("finance");
        browser.open("/payments.xhtml?customer=" + customer);
        browser.rowAction(browser.row("list:payments_data", number), "Resolve");
        browser.visible(By.id("resolveForm:resolvedDate_input"));
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        String viewState = browser.driver().findElement(By.cssSelector("#resolveForm [name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        Map<String, String> resolve = Map.of("resolveForm", "resolveForm", "resolveForm:save", "",
                "resolveForm:resolvedDate_input", "24 Aug 2023");

        HttpResponse<String> forged = postForm(session, resolve);
        assertThat(forged.body()).as("without a view state the post is only a page view").doesNotContain("is Completed");
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
        HttpResponse<String> guessed = postForm(session, with(resolve, "jakarta.faces.ViewState", "1:2"));
        assertThat(guessed.body()).contains("Your session expired");
        assertThat(Api.Payments.status(number)).isEqualTo("ACTIVE");
        postForm(session, with(resolve, "jakarta.faces.ViewState", viewState));
        assertThat(Api.Payments.status(number)).as("the same post with the page's view state goes through")
                .isEqualTo("COMPLETED");
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(form);
        more.put(name, value);
        return more;
    }

    /** A form post from somewhere else that rides on the user's session cookie. */
    private static HttpResponse<String> postForm(String session, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + "/payments.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
