package io.bookline.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.Components;
import io.bookline.support.TestApp;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A customer who asked for a person before a deploy is not left without a reply after it. The
 * release before stored {@code personIn} only when true, so a handoff nobody has answered yet was
 * stored without it; read as "a person has written", the customer's "hola?" within 30 minutes got
 * no reply at all. Read as "nobody yet", it is told the message reached the team (ADR 0078). Over
 * the web chat on Postgres, read by a second instance as after a deploy, in English, German and
 * Spanish.
 */
class HandoffStoredByThePreviousReleaseTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void a_handoff_stored_without_person_in_reads_as_nobody_has_written_yet() {
    SessionCodec codec = new SessionCodec(Components.objectMapper());
    String previous =
        SessionCodecTest.OLD_STATE.replace(
            "\"handoff\":false}", "\"handoff\":true,\"heldAt\":1795000000}");
    assertThat(previous).doesNotContain("personIn");
    assertThat(codec.decode(previous).handoff()).isTrue();
    assertThat(codec.decode(previous).personIn()).isFalse();
    String personWrote = previous.substring(0, previous.length() - 1) + ",\"personIn\":true}";
    assertThat(codec.decode(personWrote).personIn()).isTrue();
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I want to talk to a person | OK, I've asked | hello? | Your message has reached the team.",
        "Ich möchte mit einem Menschen sprechen | In Ordnung, ich habe | hallo?"
            + " | Ihre Nachricht ist beim Team angekommen.",
        "quiero hablar con una persona | De acuerdo, le he pedido | hola?"
            + " | Tu mensaje ha llegado al equipo.",
      })
  void a_customer_waiting_for_a_person_since_before_the_deploy_is_told_the_message_arrived(
      String ask, String asked, String again, String told) {
    assertThat(app.say("waiting", ask)).startsWith(asked);
    app.clock().advance(Duration.ofMinutes(5));
    // As the release before stored it: personIn left out while false.
    app.app().database().dsl().execute("update sessions set state = state - 'personIn'");
    assertThat(app.app().database().dsl().fetchValue("select state::text from sessions").toString())
        .contains("\"handoff\": true")
        .doesNotContain("personIn");
    TestApp other = app.secondInstance();
    TestApp.Response answer = other.chat("demo", "waiting", again);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(SessionsAcrossReleasesTest.texts(answer.json().path("replies")))
        .as(answer.body())
        .singleElement()
        .asString()
        .startsWith(told);
  }
}
