package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product brief's seed walkthrough in a real headless Chromium (Debian's chromium and
 * chromedriver), as far as the back office goes today: sign in (which opens Sales > Customer
 * Payment), filter Active + Giro, find PR-230800811 and open Resolve from its action menu; the
 * dialog offers the Resolved Date. Screenshots go to target/screenshots.
 */
class SeedWalkthroughBrowserIT {

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startChromium() throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                        "--user-data-dir=" + Files.createTempDirectory("lunas-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFinanceAdminFindsTheSeedGiroAndOpensItsResolveDialog() throws IOException {
        browser.get(Api.BASE + "/payments.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username"))).sendKeys("finance");
        browser.findElement(By.id("signIn:password")).sendKeys("finance-demo-2026");
        browser.findElement(By.id("signIn:submit")).click();

        wait.until(ExpectedConditions.titleIs("Lunas - Customer Payment"));
        assertThat(browser.findElement(By.id("menu:customerPayment")).getAttribute("href")).endsWith("/payments.xhtml");
        choose("filters:status", "ACTIVE");
        choose("filters:method", "GIRO");
        browser.findElement(By.id("filters:apply")).click();
        wait.until(ExpectedConditions.urlContains("status=ACTIVE"));
        assertThat(browser.getCurrentUrl()).contains("method=GIRO");
        WebElement row = seedRow();
        assertThat(row.getText()).contains("1188 MINI MARKET", "30,878,568.81", "ACTIVE");
        screenshot("customer-payment-list");

        row.findElement(By.cssSelector("[id$=':actions_button']")).click();
        String menuItem = row.findElement(By.cssSelector("[id$=':actions']")).getAttribute("id") + "_menu";
        WebElement resolve = browser.findElement(By.xpath("//*[@id='" + menuItem + "']//a[.//span[text()='Resolve']]"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", resolve);
        WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("resolveForm:resolvedDate_input")));
        assertThat(browser.findElement(By.id("resolveForm")).getText()).contains("PR-230800811");
        assertThat(date.getAttribute("value")).isNotBlank();
        screenshot("resolve-dialog");
    }

    private static WebElement seedRow() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//tbody[@id='list:payments_data']/tr[.//span[text()='PR-230800811']]")));
    }

    /** Picks a filter value the way the form submits it: the select behind PrimeFaces' drop-down. */
    private static void choose(String menuId, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", menuId + "_input", value);
    }

    private static void screenshot(String name) throws IOException {
        Path folder = Path.of(System.getProperty("lunas.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(OutputType.BYTES));
    }
}
