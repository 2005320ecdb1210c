package io.bookline.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.App;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through chromium-driver, headless. There is no silent skip: without a
 * browser the test fails and says what to install (issue 12).
 *
 * <p>It is the JUnit 5 extension that opens and quits it, as {@link TestApp} starts and closes the
 * app:
 *
 * <pre>{@code
 * @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();
 * @RegisterExtension static final Browser browser = Browser.forOwnerOf(app); // one for the class
 * @RegisterExtension final Browser browser = Browser.phone();                // one per test
 * String key = browser.key();                       // the demo business key, issued once
 * }</pre>
 */
public final class Browser extends PerClassOrPerTest {
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  public static final Dimension PHONE = new Dimension(390, 844);
  public static final Dimension DESKTOP = new Dimension(1280, 900);

  private static final List<String> BROWSERS =
      List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final List<String> DRIVERS =
      List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final Dimension window;
  private final TestApp owner;
  private volatile ChromeDriver driver;
  private App keyFor;
  private String key;
  private String language = "en-GB";

  private Browser(Dimension window, TestApp owner) {
    this.window = window;
    this.owner = owner;
  }

  /** A browser in a desktop window ({@link #DESKTOP}), as the owner console's tests use. */
  public static Browser desktop() {
    return new Browser(DESKTOP, null);
  }

  /** A browser in a phone's window ({@link #PHONE}), as the web chat's tests use. */
  public static Browser phone() {
    return new Browser(PHONE, null);
  }

  /**
   * This browser in another language, set before it opens: under "en-US" a page that formats with
   * the browser's locale writes "Nov 27, 07:40 PM".
   */
  public Browser speaking(String language) {
    this.language = language;
    return this;
  }

  /** A desktop browser for the owner of {@code app}'s demo business: see {@link #key()}. */
  public static Browser forOwnerOf(TestApp app) {
    return new Browser(DESKTOP, app);
  }

  @Override
  void open() {
    String binary = find("CHROME_BIN", BROWSERS, "a Chromium browser");
    String driverPath = find("CHROMEDRIVER", DRIVERS, "chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=" + window.width + "," + window.height,
        "--lang=" + language);
    org.openqa.selenium.logging.LoggingPreferences logs =
        new org.openqa.selenium.logging.LoggingPreferences();
    logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath)).build();
    driver = new ChromeDriver(service, options);
  }

  /**
   * A business key for the demo business of the app given to {@link #forOwnerOf}, issued with the
   * operator key on first ask and again only when that app has been started anew. Issued on ask
   * rather than at the start, because JUnit orders two extensions on fields as it likes: the app
   * may start after the browser opens.
   */
  public String key() {
    App running = owner().app();
    if (keyFor != running) {
      var issued =
          owner().as(TestApp.ADMIN_KEY, "demo").post("/api/keys", "{\"label\":\"console\"}");
      assertThat(issued.status()).as(issued.body()).isEqualTo(201);
      key = issued.json().get("apiKey").asText();
      keyFor = running;
    }
    return key;
  }

  private TestApp owner() {
    if (owner == null) {
      throw new IllegalStateException("only a Browser.forOwnerOf(app) has an owner and a key");
    }
    return owner;
  }

  /** Types {@code key} into the console's sign-in form from no session; waits for nothing. */
  public void signIn(TestApp app, String key) {
    go(app.base() + "/console/sign-in");
    driver().manage().deleteAllCookies();
    go(app.base() + "/console");
    WebElement field = find(By.name("key"));
    field.clear();
    field.sendKeys(key, Keys.ENTER);
  }

  /** Signs in with {@link #key()} and waits for the calendar, where a signed-in owner lands. */
  public void signInAsOwner() {
    signIn(owner(), key());
    waitFor(d -> d.getCurrentUrl().endsWith("/console/calendar"));
  }

  /** Signs in as the owner and opens the page the navigation calls {@code link}. */
  public void openPage(String link) {
    signInAsOwner();
    click(By.linkText(link));
    waitFor(d -> d.findElement(By.tagName("h1")).getText().equals(link));
  }

  /** The form control named {@code name} in the page's main part, once it is there. */
  public WebElement byName(String name) {
    return find(By.cssSelector("main [name='" + name + "']"));
  }

  /** Clicks the button in the page's main part that says {@code text}. */
  public void button(String text) {
    click(By.xpath("//main//button[normalize-space()='" + text + "']"));
  }

  private static String find(String env, List<String> places, String what) {
    Optional<String> named = Optional.ofNullable(System.getenv(env)).filter(p -> !p.isBlank());
    for (String p : named.map(List::of).orElse(places)) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    throw new AssertionError(
        "The browser tests (the owner console, the web chat page) need "
            + what
            + ", found in none of "
            + named.map(List::of).orElse(places)
            + ". Install Debian's packages: apt-get install chromium chromium-driver"
            + " (.ci/run does), or point "
            + env
            + " at one.");
  }

  /** What the page wrote to its console (errors included), for a failing test's message. */
  public String consoleLog() {
    StringBuilder b = new StringBuilder();
    driver
        .manage()
        .logs()
        .get(org.openqa.selenium.logging.LogType.BROWSER)
        .forEach(e -> b.append(e.getLevel()).append(' ').append(e.getMessage()).append('\n'));
    return b.toString();
  }

  /** The browser, as a {@link ChromeDriver} (screenshots, scripts, windows). */
  public ChromeDriver driver() {
    ChromeDriver open = driver;
    if (open == null) {
      throw new IllegalStateException(
          "the browser is not open: register Browser.desktop() with @RegisterExtension");
    }
    return open;
  }

  public void go(String url) {
    driver.get(url);
  }

  public WebElement find(By by) {
    return waitFor(d -> d.findElement(by));
  }

  /**
   * Clicks what {@code by} finds, finding it again when the page drew itself anew between the
   * finding and the click (a message or booking arriving by server-sent events): a stale element
   * takes no click, so trying again clicks once.
   */
  public void click(By by) {
    waitFor(
        d -> {
          d.findElement(by).click();
          return true;
        });
  }

  /** Waits up to 10 s for the condition to give a value that is not null or false. */
  public <T> T waitFor(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  /** Waits up to {@code atMost} for the condition: for what crosses the server and the DB. */
  public <T> T waitFor(Duration atMost, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, atMost, Duration.ofMillis(100))
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * Sets a date or time input as its picker would. Chromium's pickers take keys in the order of the
   * machine's locale (12 h with AM/PM under en-US, 24 h under en-GB), so typed keys would test the
   * locale rather than the console; the input and change events fire as after typing.
   */
  public void setValue(WebElement input, String value) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const [i, v] = arguments; i.focus(); i.value = v;"
                + " i.dispatchEvent(new Event('input', {bubbles: true}));"
                + " i.dispatchEvent(new Event('change', {bubbles: true}));",
            input,
            value);
  }

  /**
   * Sets the input named {@code name} as {@link #setValue(WebElement, String)} does, finding it
   * again when a live update redrew the form in between, until it holds the value.
   */
  public void setValue(String name, String value) {
    waitFor(
        d -> {
          WebElement input = d.findElement(By.name(name));
          if (!value.equals(input.getDomProperty("value"))) {
            setValue(input, value);
          }
          return value.equals(d.findElement(By.name(name)).getDomProperty("value"));
        });
  }

  /** Waits until the page's text contains the text. */
  public void waitForText(String text) {
    waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text));
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The page as a phone and as a desktop shows it: {@code <name>-390.png}, {@code -1280.png}. */
  public void screenshots(String name) {
    shoot(name + "-390", PHONE);
    shoot(name + "-1280", DESKTOP);
  }

  /**
   * The page from its top at this width, as tall as its content up to {@code maxHeight}: the
   * pictures in docs/console are these.
   */
  public void shootWhole(String name, int width, int maxHeight) {
    driver.manage().window().setSize(new Dimension(width, 900));
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    long content =
        ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
    int target = (int) Math.min(maxHeight, content);
    driver.manage().window().setSize(new Dimension(width, target));
    // The window is taller than the page it shows by the browser's own frame: add that.
    long inner = ((Number) js.executeScript("return window.innerHeight;")).longValue();
    if (inner < target) {
      driver.manage().window().setSize(new Dimension(width, (int) (target + target - inner)));
    }
    js.executeScript("window.scrollTo(0, 0);");
    save(name);
  }

  public void shoot(String name, Dimension size) {
    driver.manage().window().setSize(size);
    waitFor(d -> d.findElement(By.tagName("body")).isDisplayed());
    save(name);
  }

  /** Writes what the window shows to {@code SCREENSHOTS/<name>.png}; back to a desktop window. */
  private void save(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.manage().window().setSize(DESKTOP);
  }

  /** Quits the browser; closing twice does nothing. */
  @Override
  public void close() {
    ChromeDriver open = driver;
    driver = null;
    if (open != null) {
      open.quit();
    }
  }
}
