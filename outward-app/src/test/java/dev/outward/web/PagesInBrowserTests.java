package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person in a real browser (Debian's headless Chromium): logs in, opens the data page and the overview, sees the
 * numbers the API reports, charts drawn with no content-security-policy complaint, follows a service and a customer's
 * timeline, and logs out.
 */
@DemoServerTest
class PagesInBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    dev.outward.inconvenience.Detections detections;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        browser = new ChromeDriver(Chromium.driverService(), Chromium.options(profile));
    }

    /** Each test starts signed out, whatever the one before left behind. */
    @org.junit.jupiter.api.BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_admin_logs_in_sees_the_data_page_agree_with_the_api_and_logs_out() throws Exception {
        String base = "http://127.0.0.1:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/data");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Accounts.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/data");

        var api = JsonMapper.builder().build().readTree(stats(base));
        assertThat(value("events")).isEqualTo(api.path("events").asLong()).isPositive();
        assertThat(value("quarantined")).isEqualTo(api.path("quarantined").asLong());
        var shownByType = new HashMap<String, Long>();
        browser.findElements(By.cssSelector("td[data-type]")).forEach(cell ->
                shownByType.put(cell.getDomAttribute("data-type"), Long.parseLong(cell.getDomAttribute("data-value"))));
        var apiByType = new HashMap<String, Long>();
        api.path("by_type").properties().forEach(e -> apiByType.put(e.getKey(), e.getValue().asLong()));
        assertThat(shownByType).isEqualTo(apiByType);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#by-type-chart canvas")));
        screenshot("data-page.png");
        var policyComplaints = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
        assertThat(policyComplaints).isEmpty();

        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(base + "/data");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.id("events"))).isEmpty();
    }

    @Test
    void an_admin_sees_the_overview_agree_with_the_report_api_then_a_service_and_a_customer_timeline() throws Exception {
        detections.catchUp();
        String base = "http://127.0.0.1:" + port;
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/");
        logIn(wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#weekly-chart canvas")));
        // the layout's stylesheet arrived: a wrong link leaves the page unstyled without failing anything else
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.styleSheets[0].cssRules.length")).isPositive();

        var report = JsonMapper.builder().build().readTree(api(base, "/api/v1/report"));
        assertThat(value("inconveniences")).isEqualTo(report.path("inconveniences").path("total").asLong()).isPositive();
        assertThat(value("inconvenienced")).isEqualTo(report.path("customers").path("inconvenienced").asLong());
        assertThat(value("complaints")).isEqualTo(report.path("complaints").asLong());
        assertThat(Double.parseDouble(browser.findElement(By.id("per-1000")).getDomAttribute("data-value")))
                .isEqualTo(report.path("inconveniences").path("per_1000_customers").asDouble());
        assertThat(Double.parseDouble(browser.findElement(By.id("per-complaint")).getDomAttribute("data-value")))
                .isEqualTo(report.path("inconveniences_per_complaint").asDouble());
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 900));
        screenshot("overview.png");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));

        var service = browser.findElement(By.cssSelector("#top-services td[data-column=service] a"));
        String serviceId = URI.create(service.getDomAttribute("href")).getPath().substring("/services/".length());
        service.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#service-weekly-chart canvas")));
        var figures = JsonMapper.builder().build().readTree(api(base, "/api/v1/services/" + serviceId));
        assertThat(value("inconveniences")).isEqualTo(figures.path("inconveniences").asLong()).isPositive();

        browser.get(base + "/inconvenience-types/repeat-contact");
        var customer = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#occurrences td[data-column=customer] a")));
        String customerId = customer.getText();
        customer.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("td[data-column=entry][data-value=inconvenience]")));
        assertThat(browser.findElement(By.id("customer-id")).getDomProperty("value")).isEqualTo(customerId);
        assertThat(browser.findElements(By.cssSelector("td[data-column=what][data-value=repeat-contact]"))).isNotEmpty();

        assertThat(policyComplaints()).isEmpty();
        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    private static void logIn(WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(Accounts.ADMIN_PASSWORD);
        browser.findElement(By.id("login")).click();
    }

    private static java.util.List<String> policyComplaints() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(Object::toString).filter(line -> line.contains("Content Security Policy")).toList();
    }

    private long value(String id) {
        return Long.parseLong(browser.findElement(By.id(id)).getDomAttribute("data-value"));
    }

    private static String stats(String base) throws Exception {
        return api(base, "/api/v1/stats");
    }

    private static String api(String base, String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + Accounts.ADMIN_PASSWORD).getBytes());
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + basic).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Kept in target/ so a person can look at what the test saw. */
    private static void screenshot(String name) throws Exception {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
