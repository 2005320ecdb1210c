package io.bookline.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The wording bundles are complete and consistent: every language has every message of the English
 * base bundle and no other, with the same placeholders; every message is a valid pattern; and the
 * code asks only for messages that exist. Runs over whatever bundles exist.
 */
class MessagesBundleTest {
  private static final Path SOURCES = Path.of("src/main/java/io/bookline");

  /** Every bundle next to the base one, by file name ("messages.properties" first). */
  static Map<String, Properties> bundles() throws IOException, URISyntaxException {
    Path dir = Path.of(Messages.class.getResource("messages.properties").toURI()).getParent();
    Map<String, Properties> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("messages") && name.endsWith(".properties")) {
          Properties p = new Properties();
          try (InputStream in = Files.newInputStream(f)) {
            // Java reads properties bundles as UTF-8.
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
          }
          out.put(name, p);
        }
      }
    }
    return out;
  }

  static Properties english() throws IOException, URISyntaxException {
    return bundles().get("messages.properties");
  }

  /** The argument indices a MessageFormat pattern uses, nested choices included. */
  static Set<Integer> placeholders(String pattern) {
    Set<Integer> out = new TreeSet<>();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '{' && !quoted) {
        int j = i + 1;
        while (j < pattern.length() && Character.isDigit(pattern.charAt(j))) {
          j++;
        }
        if (j > i + 1) {
          out.add(Integer.parseInt(pattern.substring(i + 1, j)));
        }
      }
    }
    return out;
  }

  @Test
  void every_bundle_has_every_message_of_the_english_one_and_no_other() throws Exception {
    Set<String> ids = english().stringPropertyNames();
    assertFalse(ids.isEmpty());
    List<String> problems = new ArrayList<>();
    bundles()
        .forEach(
            (name, bundle) -> {
              for (String id : ids) {
                if (!bundle.containsKey(id)) {
                  problems.add(name + " lacks " + id);
                }
              }
              for (String id : bundle.stringPropertyNames()) {
                if (!ids.contains(id)) {
                  problems.add(name + " has " + id + ", which English does not");
                }
              }
            });
    assertEquals(List.of(), problems);
  }

  @Test
  void placeholders_are_the_same_in_every_bundle() throws Exception {
    Properties en = english();
    List<String> problems = new ArrayList<>();
    bundles()
        .forEach(
            (name, bundle) -> {
              for (String id : bundle.stringPropertyNames()) {
                Set<Integer> want = placeholders(en.getProperty(id, ""));
                Set<Integer> got = placeholders(bundle.getProperty(id));
                if (!want.equals(got)) {
                  problems.add(name + " " + id + ": " + got + " where English has " + want);
                }
              }
            });
    assertEquals(List.of(), problems);
  }

  @Test
  void the_placeholder_check_sees_nested_and_quoted_braces() {
    assertEquals(Set.of(0, 1), placeholders("{0,choice,1#one|1<{1} more}"));
    assertEquals(Set.of(1), placeholders("It''s '{0}' {1}"));
  }

  @Test
  void every_message_is_a_valid_pattern() throws Exception {
    List<String> problems = new ArrayList<>();
    bundles()
        .forEach(
            (name, bundle) -> {
              for (String id : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(id);
                try {
                  if (id.equals("format.money")) {
                    new DecimalFormat(value);
                  } else if (Formats.RAW_PATTERNS.contains(id)) {
                    DateTimeFormatter.ofPattern(value);
                  } else {
                    new MessageFormat(value, Locale.ROOT);
                  }
                } catch (IllegalArgumentException e) {
                  problems.add(name + " " + id + ": " + e.getMessage());
                }
              }
            });
    assertEquals(List.of(), problems);
  }

  /**
   * Message ids in code are string literals: in the booking and wording packages every dotted
   * lower-case literal is one, elsewhere those passed to {@code text(…)}.
   */
  @Test
  void the_code_asks_only_for_messages_that_exist_and_every_message_is_asked_for()
      throws Exception {
    Set<String> ids = english().stringPropertyNames();
    Pattern dotted = Pattern.compile("\"([a-z][a-z_]*(?:\\.[a-z_]+)+)\"");
    Pattern textCall = Pattern.compile("\\btext\\(\\s*\"([^\"]+)\"");
    Set<String> used = new TreeSet<>();
    List<String> unknown = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        boolean wordy =
            f.startsWith(SOURCES.resolve("booking")) || f.startsWith(SOURCES.resolve("wording"));
        Matcher m = (wordy ? dotted : textCall).matcher(code);
        while (m.find()) {
          String id = m.group(1);
          if (ids.contains(id)) {
            used.add(id);
          } else if (!id.equals(Messages.BUNDLE)) {
            unknown.add(f.getFileName() + ": " + id);
          }
        }
        Matcher any = dotted.matcher(code);
        while (any.find()) {
          if (ids.contains(any.group(1))) {
            used.add(any.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), unknown, "ids the code uses that no bundle has");
    Set<String> unused = new TreeSet<>(ids);
    unused.removeAll(used);
    assertEquals(Set.of(), unused, "messages no code asks for");
  }

  @Test
  void english_writes_dates_times_and_money_as_it_always_has() {
    Formats f = Messages.forLocale(Locale.forLanguageTag("en-GB")).formats();
    ZoneId zone = ZoneId.of("Europe/Berlin");
    Instant start = ZonedDateTime.of(2026, 9, 22, 10, 0, 0, 0, zone).toInstant();
    assertEquals("Tue 22 Sep", f.day(start.atZone(zone).toLocalDate()));
    assertEquals("Tue 22 Sep at 10:00", f.when(start, zone));
    assertEquals("Tue 22 Sep 10:00", f.dayAndTime(start, zone));
    assertEquals("35.00 EUR", f.money(new BigDecimal("35"), "EUR"));
    assertEquals("1234.51 JPY", f.money(new BigDecimal("1234.505"), "JPY"));
    assertEquals("12.50 credits", f.money(new BigDecimal("12.5"), "credits"));
    assertEquals("90 min", f.minutes(Duration.ofMinutes(90)));
    assertEquals("Mon", f.weekdayShort(DayOfWeek.MONDAY));
    assertEquals("Sunday", f.weekday(DayOfWeek.SUNDAY));
  }

  @Test
  void plurals_and_apostrophes_come_out_right() {
    Messages en = Messages.forLocale(Locale.ENGLISH);
    assertEquals("Your upcoming appointment: A.", en.text("bookings.list", 1, "A"));
    assertEquals("Your upcoming appointments: A; B.", en.text("bookings.list", 2, "A; B"));
    assertEquals("We're closed on Sundays.", en.text("reason.closed_weekday", 7));
    assertEquals("OK, I've kept your appointment.", en.text("cancel.kept"));
  }

  @Test
  void german_and_spanish_bundles_exist_beside_the_english_one() throws Exception {
    assertEquals(
        Set.of("messages.properties", "messages_de.properties", "messages_es.properties"),
        bundles().keySet());
    assertEquals(Locale.GERMAN, Messages.forLocale(Locale.forLanguageTag("de-AT")).locale());
    assertEquals("es", Messages.forLocale(Locale.forLanguageTag("es-MX")).locale().getLanguage());
  }

  @Test
  void german_writes_dates_times_and_money_the_german_way() {
    Formats f = Messages.forLocale(Locale.GERMAN).formats();
    ZoneId zone = ZoneId.of("Europe/Berlin");
    Instant start = ZonedDateTime.of(2026, 3, 20, 15, 30, 0, 0, zone).toInstant();
    assertEquals("Freitag, 20. März um 15:30", f.when(start, zone));
    assertEquals("Freitag, 20. März, 15:30 Uhr", f.dayAndTime(start, zone));
    assertEquals("35,00 €", f.money(new BigDecimal("35"), "EUR"));
    assertEquals("1.234,51 €", f.money(new BigDecimal("1234.505"), "EUR"));
    assertEquals("12,50 Gutscheine", f.money(new BigDecimal("12.5"), "Gutscheine"));
    assertEquals("90 Min.", f.minutes(Duration.ofMinutes(90)));
    assertEquals("Mo", f.weekdayShort(DayOfWeek.MONDAY));
    assertEquals("Sonntag", f.weekday(DayOfWeek.SUNDAY));
  }

  @Test
  void spanish_writes_dates_times_and_money_the_spanish_way() {
    Formats f = Messages.forLocale(Locale.forLanguageTag("es")).formats();
    ZoneId zone = ZoneId.of("Europe/Madrid");
    Instant start = ZonedDateTime.of(2026, 3, 20, 15, 30, 0, 0, zone).toInstant();
    assertEquals("viernes 20 de marzo a las 15:30", f.when(start, zone));
    assertEquals("viernes 20 de marzo, 15:30", f.dayAndTime(start, zone));
    assertEquals("35,00 €", f.money(new BigDecimal("35"), "EUR"));
    assertEquals("90 min", f.minutes(Duration.ofMinutes(90)));
    assertEquals("sáb", f.weekdayShort(DayOfWeek.SATURDAY));
    assertEquals("domingo", f.weekday(DayOfWeek.SUNDAY));
  }

  @Test
  void german_and_spanish_plurals_come_out_right() {
    Messages de = Messages.forLocale(Locale.GERMAN);
    assertEquals("Ihr nächster Termin: A.", de.text("bookings.list", 1, "A"));
    assertEquals("Ihre nächsten Termine: A; B.", de.text("bookings.list", 2, "A; B"));
    assertEquals("1 Stunde", de.text("duration.hours", 1));
    assertEquals("3 Stunden", de.text("duration.hours", 3));
    assertEquals("Sonntags haben wir geschlossen.", de.text("reason.closed_weekday", 7));
    Messages es = Messages.forLocale(Locale.forLanguageTag("es"));
    assertEquals("Tu próxima cita: A.", es.text("bookings.list", 1, "A"));
    assertEquals("Tus próximas citas: A; B.", es.text("bookings.list", 2, "A; B"));
    assertEquals("1 hora", es.text("duration.hours", 1));
    assertEquals("2 horas", es.text("duration.hours", 2));
    assertEquals("Los sábados estamos cerrados.", es.text("reason.closed_weekday", 6));
  }

  @Test
  void a_language_without_a_bundle_is_answered_in_english() throws Exception {
    Set<String> languages = new TreeSet<>();
    for (String name : bundles().keySet()) {
      languages.add(name.replaceAll("messages_?|\\.properties", ""));
    }
    for (Locale l : List.of(Locale.JAPANESE, Locale.forLanguageTag("pt-BR"))) {
      if (languages.contains(l.getLanguage())) {
        fail("the test assumes there is no " + l.getLanguage() + " bundle");
      }
      Messages m = Messages.forLocale(l);
      assertEquals(Locale.ENGLISH, m.locale());
      assertEquals("OK.", m.text("control.ok"));
    }
  }
}
