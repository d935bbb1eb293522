package id.lunas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromedriver, as .ci/run installs them) driving the
 * deployed back office, with the few gestures the screens need. Screenshots go to target/screenshots.
 */
final class Browser implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        AutoCloseable {

    private final String demoUser;
    private WebDriver driver;
    private WebDriverWait wait;
    private Path downloads;
    private boolean perClass;

    /** A browser nobody has signed in to. */
    Browser() {
        this(null);
    }

    /** A browser in which this demo user signs in as soon as it starts. */
    Browser(String demoUser) {
        this.demoUser = demoUser;
    }

    /**
     * Registered as a static field, one browser serves the whole test class; as an instance field,
     * each test gets a fresh one (nobody signed in, no cookies).
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quit();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            quit();
        }
    }

    /** A second browser, for a test that needs another user beside its class's: close it when done. */
    static Browser signedIn(String user, String password) {
        Browser browser = new Browser();
        browser.start();
        browser.signIn(user, password);
        return browser;
    }

    @Override
    public void close() {
        quit();
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits up to 20 s; an element an AJAX update replaced meanwhile is looked up again. */
    WebDriverWait waiter() {
        return wait;
    }

    private void start() {
        try {
            downloads = Files.createTempDirectory("lunas-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver = chromium(downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        if (demoUser != null) {
            signIn(demoUser);
        }
    }

    private void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    private static WebDriver chromium(Path downloads) {
        try {
            ChromeOptions options = new ChromeOptions()
                    .setBinary("/usr/bin/chromium")
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                            "--lang=en-US", "--user-data-dir=" + Files.createTempDirectory("lunas-chromium"));
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
            ChromeDriver chrome = new ChromeDriver(service, options);
            chrome.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", downloads.toString()));
            return chrome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Switches the signed-in user to Bahasa Indonesia (kept with the user, as a user would do it). */
    void switchToIndonesian() {
        click(visible(By.xpath("//form[@id='menu']//a[@lang='id']")));
        waitForText(By.id("menu"), "Keluar");
    }

    /** Resizes the window so the page's viewport is this size (a laptop, a phone). */
    void viewport(int width, int height) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        long innerWidth = (Long) js.executeScript("return window.innerWidth;");
        long innerHeight = (Long) js.executeScript("return window.innerHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                (int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
    }

    /** How far the page is wider than its viewport: zero when nothing needs scrolling sideways. */
    long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
    }

    void open(String path) {
        driver.get(Api.BASE + path);
    }

    /** Signs in on the sign-in page and waits for the page it leads to. */
    void signIn(String user, String password) {
        open("/login.xhtml");
        submitSignIn(user, password);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
    }

    void signIn(String demoUser) {
        signIn(demoUser, demoUser + "-demo-2026");
    }

    void submitSignIn(String user, String password) {
        WebElement name = visible(By.id("signIn:username"));
        name.clear();
        name.sendKeys(user);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
    }

    void signOut() {
        click(visible(By.id("menu:signOut")));
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the element's text contains this, whether or not it is on screen (a closed dialog's
     * form). An element the next page or an AJAX update replaced while it was read is looked up again:
     * Chrome reports that as stale or, mid-navigation, as a node that "does not belong to the document".
     */
    void waitForText(By locator, String text) {
        wait.until(d -> {
            try {
                String content = d.findElement(locator).getAttribute("textContent");
                return content != null && content.contains(text);
            } catch (WebDriverException replaced) {
                if (replaced.getMessage() != null && replaced.getMessage().contains("does not belong to the document")) {
                    return false;
                }
                throw replaced;
            }
        });
    }

    /** Clicks through JavaScript: menus and dialogs animate, and a plain click can land mid-animation. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    /** Picks a value the way the form submits it: the select behind PrimeFaces' drop-down. */
    void choose(String menuId, String value) {
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", menuId + "_input", value);
    }

    /** Ticks one box of a group of check boxes (PrimeFaces draws its own box over the real input). */
    void tick(String groupName, String value) {
        ((JavascriptExecutor) driver).executeScript("document.querySelector(\"input[name='\" + arguments[0] + \"'][value='\""
                + " + arguments[1] + \"']\").checked = true;", groupName, value);
    }

    void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Picks a day in a date picker (by its widget, as a click in its calendar does); returns what the field shows. */
    String pickDate(String widget, java.time.LocalDate date) {
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).setDate(new Date(arguments[1], arguments[2], "
                + "arguments[3])); PF(arguments[0]).hide && PF(arguments[0]).hide();", widget, date.getYear(),
                date.getMonthValue() - 1, date.getDayOfMonth());
        return driver.findElement(By.cssSelector("[id$='" + widget + "_input']")).getAttribute("value");
    }

    /** The row of a table (its tbody id) that shows this payment number. */
    WebElement row(String tbodyId, String number) {
        return visible(rowOf(tbodyId, number));
    }

    static By rowOf(String tbodyId, String number) {
        return By.xpath("//tbody[@id='" + tbodyId + "']/tr[.//a[text()='" + number + "']]");
    }

    /** Opens a row's three-line action menu and chooses one of its items by label. */
    void rowAction(WebElement row, String label) {
        click(row.findElement(By.cssSelector("[id$=':actions_button']")));
        String menu = row.findElement(By.cssSelector("[id$=':actions']")).getAttribute("id") + "_menu";
        click(driver.findElement(By.xpath("//*[@id='" + menu + "']//a[.//span[text()='" + label + "']]")));
    }

    /** The labels of a row's action menu items. */
    java.util.List<String> rowActions(WebElement row) {
        java.util.List<WebElement> menus = row.findElements(By.cssSelector("[id$=':actions']"));
        if (menus.isEmpty()) {
            return java.util.List.of();
        }
        String menu = menus.get(0).getAttribute("id") + "_menu";
        return driver.findElements(By.xpath("//*[@id='" + menu + "']//a//span[contains(@class,'ui-menuitem-text')]"))
                .stream().map(e -> e.getAttribute("textContent").strip()).toList();
    }

    /** Waits for a file the page sent as a download, by the end of its name, and returns it. */
    Path downloaded(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A date as the English screens show it. */
    static String displayed(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("dd MMM yyyy", java.util.Locale.ENGLISH).format(date);
    }

    void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("lunas.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
