package io.bookline.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.support.FakeLlm;
import io.bookline.support.Fixtures;
import io.bookline.support.TestApp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's "with a good model, the chat understands what the rules miss": a table of everyday
 * English paraphrases ({@code understanding/paraphrases.psv}) read through {@code POST
 * /api/nlu/parse} twice, by an app with only the rules and by an app whose model (a fake over real
 * HTTP) answers each row right. The model's answer goes through the real client, validation and
 * merge; every row must come out as the table says, and at least 50 rows must be ones the rules
 * alone get wrong (when the rules learn some, add rows they still miss).
 */
class ParaphraseTest {
  static final ObjectMapper JSON = new ObjectMapper();

  record Row(String text, String intent, String service, String date, String time) {
    /** The fields the table checks, as /api/nlu/parse names them. */
    Map<String, String> expected() {
      Map<String, String> out = new LinkedHashMap<>();
      out.put("intent", intent);
      if (!service.isEmpty()) {
        out.put("service", service);
      }
      if (!date.isEmpty()) {
        out.put("date", date);
      }
      if (!time.isEmpty()) {
        out.put("time", time);
      }
      return out;
    }

    /** What a good model answers: the table's reading as the tool call's arguments. */
    String arguments() {
      Map<String, Object> fields = new HashMap<>();
      fields.put("intent", intent);
      fields.put("service", service.isEmpty() ? null : service);
      fields.put("date", date.isEmpty() ? null : date);
      fields.put("time", time.isEmpty() ? null : time);
      return LlmUnderstandingTest.reading(fields);
    }
  }

  static final List<Row> ROWS = rows();
  static FakeLlm llm;
  static TestApp withModel;
  static TestApp rulesOnly;

  static List<Row> rows() {
    String table =
        new String(Fixtures.resource("/understanding/paraphrases.psv"), StandardCharsets.UTF_8);
    List<Row> out = new ArrayList<>();
    for (String line : table.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|", -1);
      out.add(new Row(f[0], f[1], f[2], f[3], f[4]));
    }
    return out;
  }

  @BeforeAll
  static void start() {
    llm = new FakeLlm();
    Map<String, Row> byText = new HashMap<>();
    ROWS.forEach(r -> byText.put(r.text(), r));
    llm.readings(text -> byText.get(text).arguments());
    withModel = llm.startApp(TestApp.mondayMorning());
    rulesOnly = TestApp.start(TestApp.mondayMorning());
  }

  @AfterAll
  static void stop() {
    withModel.close();
    rulesOnly.close();
    llm.close();
  }

  static Map<String, String> read(TestApp app, String text) {
    return read(app, text, "nothing");
  }

  /**
   * A row read where the bot waits for {@code expecting}. A "yes" paraphrase ("sounds good to me")
   * is an answer, read where the bot asked to confirm: as the first words of a conversation an "ok"
   * is a hello (ADR 0092 addendum), and the parse reads a message as the first one.
   */
  static Map<String, String> read(TestApp app, Row row) {
    return read(app, row.text(), "yes".equals(row.intent()) ? "confirmation" : "nothing");
  }

  static Map<String, String> read(TestApp app, String text, String expecting) {
    TestApp.Response r;
    try {
      r =
          app.postAdmin(
              "/api/nlu/parse",
              "{\"text\": "
                  + JSON.writeValueAsString(text)
                  + ", \"expecting\": \""
                  + expecting
                  + "\"}");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode json = r.json();
    Map<String, String> out = new LinkedHashMap<>();
    json.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  static boolean agrees(Map<String, String> reading, Row row) {
    return row.expected().entrySet().stream()
        .allMatch(e -> e.getValue().equals(reading.get(e.getKey())));
  }

  @Test
  void a_good_model_reads_every_paraphrase_and_the_rules_miss_at_least_fifty() {
    assertThat(ROWS).hasSizeGreaterThanOrEqualTo(50);
    List<String> modelWrong = new ArrayList<>();
    int rulesRight = 0;
    for (Row row : ROWS) {
      Map<String, String> model = read(withModel, row);
      if (!agrees(model, row) || !"llm".equals(model.get("understanding"))) {
        modelWrong.add(row.text() + " → " + model);
      }
      if (agrees(read(rulesOnly, row), row)) {
        rulesRight++;
      }
    }
    System.out.printf(
        "Paraphrases: rules alone %d/%d, with a good model %d/%d%n",
        rulesRight, ROWS.size(), ROWS.size() - modelWrong.size(), ROWS.size());
    assertThat(modelWrong).as("rows the model path got wrong").isEmpty();
    assertThat(ROWS.size() - rulesRight).as("rows the rules miss").isGreaterThanOrEqualTo(50);
  }
}
