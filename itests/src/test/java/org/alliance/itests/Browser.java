package org.alliance.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) pointed at a
 * running distribution, with the few steps every browser test repeats. One per test; close it.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Distribution server;

    private Browser(Distribution server, int width, int height) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("alliance.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("alliance.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** A desktop-sized window. */
    public static Browser open(Distribution server) {
        return new Browser(server, 1280, 860);
    }

    /** A tablet-sized window (portrait), where the navigation folds into a menu button. */
    public static Browser tablet(Distribution server) {
        return new Browser(server, 768, 1024);
    }

    private static String executable(String property, String fallback) {
        String path = System.getProperty(property, fallback);
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver), or set -D" + property);
        }
        return path;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens an application path, e.g. {@code /clients}. */
    public Browser go(String path) {
        driver.get(server.uri(path).toString());
        return this;
    }

    /** Opens the app and signs in through the form; waits for the dashboard. */
    public Browser signIn(String username, String password) {
        go("/");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("sign-in"));
        waitFor(By.id("sign-out"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public WebElement waitFor(By locator, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text contains the given text, and returns the element. */
    public WebElement waitForText(By locator, String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    public void waitUntilGone(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public Browser type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Browser click(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
        return this;
    }

    public List<WebElement> all(By locator) {
        return driver.findElements(locator);
    }

    /** The visible text of the page's main area. */
    public String mainText() {
        return waitFor(By.id("main")).getText();
    }

    /** Texts of the navigation entries. */
    public List<String> navigation() {
        waitFor(By.id("nav"));
        return driver.findElements(By.cssSelector("#nav a")).stream()
                .map(a -> a.getAttribute("textContent").trim()).toList();
    }

    /** Everything the page holds, including what is not shown: for proving something is absent. */
    public String pageSource() {
        return driver.getPageSource() + driver.executeScript("return document.body.innerText;");
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * Saves a screenshot as {@code <name>.png} in the folder named by {@code alliance.screenshots}
     * ({@code itests/target/screenshots} by default; the user guide's images are refreshed by
     * pointing it at {@code docs/images}).
     */
    public void screenshot(String name) {
        Path folder = Path.of(System.getProperty("alliance.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            script("window.scrollTo(0, 0);");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the last state of every browser (screenshot and visible text) under
     * {@code target/browser-evidence/}, so that a failed test can be read after the fact: the
     * test's try-with-resources closes the browser before JUnit reports the failure.
     */
    @Override
    public void close() {
        try {
            Path folder = Path.of("target/browser-evidence");
            Files.createDirectories(folder);
            String name = String.format("%03d-%s", EVIDENCE.incrementAndGet(),
                    driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[^A-Za-z0-9]+", "_"));
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(folder.resolve(name + ".txt"), String.valueOf(script("return document.body.innerText;")));
        } catch (IOException | RuntimeException e) {
            // Evidence is a convenience; a browser that cannot give it must still be closed.
        } finally {
            driver.quit();
        }
    }

    private static final java.util.concurrent.atomic.AtomicInteger EVIDENCE = new java.util.concurrent.atomic.AtomicInteger();
}
