package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.MutableClock;
import io.bookline.support.TestApp;
import io.bookline.support.TestPostgres;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * QA chat review 2, F10, on the demo business (English, with German synonyms): "Hallo" alone as a
 * first message is German (English speakers write "hello"; in a running English chat it still
 * switches nothing), "Gelmaniküre" written as one word is the Gel Manicure, and "ich bin die
 * Steffi" gives the name Steffi.
 */
class GermanEverydayTest {
  final MutableClock clock = TestApp.mondayMorning();
  TestApp app = TestApp.start(clock, Map.of("DATABASE_URL", TestPostgres.freshDatabase()));

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void hallo_alone_is_answered_in_german_and_switches_no_english_chat() {
    assertThat(app.say("steffi", "Hallo")).startsWith("Hallo! Hier ist");
    assertThat(app.say("ann", "what are your opening hours?")).startsWith("We're open");
    assertThat(app.say("ann", "hallo")).startsWith("Hi!");
  }

  @Test
  void a_compound_service_and_ich_bin_die_steffi() {
    assertThat(app.say("steffi", "Gelmaniküre morgen um 11, ich bin die Steffi"))
        .startsWith("Gel-Maniküre am Dienstag, 24. November um 11:00")
        .contains("für Steffi");
    assertThat(app.say("jo", "morgn um 11 ne gelmanikür")).startsWith("Gel-Maniküre am Dienstag");
    assertThat(app.say("jo", "bin die steffi")).contains("für Steffi");
  }
}
