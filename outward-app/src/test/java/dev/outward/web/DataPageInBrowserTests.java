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
 * A person in a real browser (Debian's headless Chromium): logs in, opens the data page, sees the numbers the API
 * reports, sees the chart drawn with no content-security-policy complaint, and logs out.
 */
@DemoServerTest
class DataPageInBrowserTests {

    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@TempDir Path profile) {
        browser = new ChromeDriver(Chromium.driverService(), Chromium.options(profile));
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

    private long value(String id) {
        return Long.parseLong(browser.findElement(By.id(id)).getDomAttribute("data-value"));
    }

    private static String stats(String base) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + Accounts.ADMIN_PASSWORD).getBytes());
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/stats")).header("Authorization", "Basic " + basic).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Kept in target/ so a person can look at what the test saw. */
    private static void screenshot(String name) throws Exception {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path folder = Files.createDirectories(Path.of("target/screenshots"));
        Files.copy(shot.toPath(), folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
