package presskit.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the page's browser tests: Debian's {@code chromium} and {@code
 * chromium-driver}, never a downloaded browser. Without them a test is skipped, except in CI, where
 * {@code .ci/run} installs them and a missing one fails.
 */
final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    // Selenium looks for a DevTools binding matching the browser and warns when there is none; the
    // tests use none.
    private static final Logger SELENIUM_LOG = quiet(Logger.getLogger("org.openqa.selenium"));

    private final ChromeDriver driver;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * A browser with its profile under {@code tmp}, recording network events for {@link #requests}.
     */
    static Chromium start(Path tmp) throws IOException {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installed)
                    .as("CI must have chromium and chromium-driver (.ci/run installs them)")
                    .isTrue();
        }
        Assumptions.assumeTrue(
                installed,
                "chromium or chromium-driver is not installed "
                        + "(apt-get install -y chromium chromium-driver): the browser test is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(DRIVER.toFile())
                        .usingAnyFreePort()
                        .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return new Chromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /**
     * Opens {@code page} afresh and waits until the nation's posts and the list of places are
     * drawn. Network events recorded before are dropped, so {@link #requests} sees this load's.
     */
    void open(Path page) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(
                        d ->
                                !d.findElements(By.cssSelector(".post")).isEmpty()
                                        && !d.findElements(By.cssSelector(".place")).isEmpty());
    }

    /** Emulates a screen {@code width} × {@code height} CSS pixels; a phone when {@code mobile}. */
    void viewport(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        height,
                        "deviceScaleFactor",
                        mobile ? 2 : 1,
                        "mobile",
                        mobile));
    }

    /** Back to the window's own size. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Sets a field's value as typing would, so the page's input handlers run. */
    void type(WebElement field, String value) {
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                field,
                value);
    }

    /** The address of every request the page made since it was opened. */
    List<String> requests() {
        List<String> urls = new ArrayList<>();
        driver.manage()
                .logs()
                .get(LogType.PERFORMANCE)
                .forEach(
                        entry -> {
                            JsonNode message = read(entry.getMessage()).path("message");
                            if (message.path("method")
                                    .asText()
                                    .equals("Network.requestWillBeSent")) {
                                urls.add(
                                        message.path("params")
                                                .path("request")
                                                .path("url")
                                                .asText());
                            }
                        });
        return urls;
    }

    /**
     * Every violation axe-core finds in the page as it is now, whatever its impact, one line each
     * ("id (impact): help e.g. html"): the empty list is a page axe has nothing against.
     */
    List<String> axeViolations() throws IOException {
        driver.executeScript(
                Files.readString(
                        Path.of("src/test/resources/axe/axe.min.js"), StandardCharsets.UTF_8));
        Object result =
                driver.executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "axe.run(document, {resultTypes: ['violations']})"
                                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                                + " function (e) { done('error: ' + e); });");
        assertThat(result.toString()).doesNotStartWith("error");
        List<String> violations = new ArrayList<>();
        for (JsonNode v : read(result.toString())) {
            violations.add(
                    v.path("id").asText()
                            + " ("
                            + v.path("impact").asText()
                            + "): "
                            + v.path("help").asText()
                            + " e.g. "
                            + v.path("nodes").path(0).path("html").asText());
        }
        return violations;
    }

    /** The middle value of a few measurements. */
    static <T extends Number & Comparable<T>> double median(List<T> values) {
        List<T> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2).doubleValue();
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.SEVERE);
        return logger;
    }
}
