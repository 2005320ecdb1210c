package io.bookline.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * ADR 0110, over the web chat on Postgres: the Spanish confirmation's pronoun agrees with the
 * service's name ("la manicura" → "¿Te la reservo?"); German and English say "das" and "it" for any
 * service. Monday 23 Nov 2026, 08:00; the demo studio.
 */
class ServicePronounChatTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void spanish_asks_te_la_reservo_for_a_manicura() {
    app.say("es", "quiero una manicura el 1 de diciembre a las 10");
    assertThat(app.say("es", "Ana Ruiz"))
        .isEqualTo(
            "Manicura básica el martes 1 de diciembre a las 10:00 con Anna a nombre de Ana Ruiz,"
                + " 25,00 €. ¿Te la reservo?");
  }

  @Test
  void the_second_service_named_is_offered_with_its_own_pronoun() {
    app.say("es2", "quiero una manicura de gel y una pedicura el 1 de diciembre a las 10");
    app.say("es2", "Ana Ruiz");
    assertThat(app.say("es2", "sí"))
        .endsWith("También mencionaste Pedicura. ¿Te la reservo también?");
  }

  @Test
  void german_and_english_keep_das_and_it() {
    app.say("de", "Maniküre am 1. Dezember um 10 Uhr");
    assertThat(app.say("de", "Jonas Weber")).endsWith("25,00 €. Soll ich das buchen?");
    app.say("en", "basic manicure on 1 december at 11am");
    assertThat(app.say("en", "Lena Park")).endsWith("25.00 EUR. Shall I book it?");
  }
}
