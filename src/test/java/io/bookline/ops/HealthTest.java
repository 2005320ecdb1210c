package io.bookline.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.bookline.support.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HealthTest {
  @RegisterExtension final TestApp app = TestApp.onFreshDatabase();

  @Test
  void live_and_ready_answer_while_the_database_does() {
    assertThat(app.get("/health/live").status()).isEqualTo(200);
    var ready = app.get("/health/ready");
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.json().get("checks").get("database").asText()).isEqualTo("up");
    var chat = app.get("/chat/demo");
    assertThat(chat.status()).isEqualTo(200);
    assertThat(chat.body()).contains("<title>Demo Nail Studio · Bookline chat</title>");
    assertThat(app.get("/chat/unknown").status()).isEqualTo(404);
  }
}
