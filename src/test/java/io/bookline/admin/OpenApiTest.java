package io.bookline.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bookline.HttpApi;
import io.bookline.support.TestApp;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /openapi.json} describes exactly the {@code /api} routes the server registers (read from
 * Javalin's own route table), passes a real OpenAPI 3.1 parser, and {@code /docs} serves Swagger UI
 * from this server alone (ADR 0031).
 */
class OpenApiTest {
  @RegisterExtension static final TestApp app = TestApp.onFreshDatabase();

  static JsonNode document() {
    var doc = app.get("/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    return doc.json();
  }

  @Test
  void every_registered_route_is_described_and_every_described_route_exists() {
    Set<String> registered = new TreeSet<>();
    for (HttpApi.Route r : app.app().routes()) {
      if (r.path().startsWith("/api/")) {
        registered.add(r.method() + " " + r.path());
      }
    }
    Set<String> described = new TreeSet<>();
    document()
        .get("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> described.add(m.toUpperCase() + " " + path.getKey())));
    assertThat(registered).hasSizeGreaterThan(25);
    Set<String> missing = new TreeSet<>(registered);
    missing.removeAll(described);
    Set<String> extra = new TreeSet<>(described);
    extra.removeAll(registered);
    assertThat(missing).as("registered but not in /openapi.json").isEmpty();
    assertThat(extra).as("in /openapi.json but not registered").isEmpty();
  }

  @Test
  void the_document_is_valid_openapi_3_1_with_schemas_and_errors_on_every_operation() {
    var options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIV3Parser().readContents(app.get("/openapi.json").body(), null, options);
    assertThat(result.getMessages()).isEmpty();
    var api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    assertThat(api.getComponents().getSchemas()).containsKeys("Service", "Staff", "Closure");
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          String at = method + " " + path;
                          assertThat(op.getResponses()).as(at).containsKeys("400", "401", "404");
                          assertThat(op.getResponses().keySet())
                              .as(at + " has a success answer")
                              .anyMatch(s -> s.startsWith("2"));
                          if (Set.of("POST", "PUT", "PATCH").contains(method.name())
                              && !path.endsWith("/retry")
                              && !path.endsWith("/release")) {
                            assertThat(op.getRequestBody()).as(at + " body").isNotNull();
                          }
                        }));
    io.swagger.v3.oas.models.media.Schema<?> newService =
        api.getComponents().getSchemas().get("NewService");
    List<String> required = newService.getRequired();
    assertThat(required).containsExactlyInAnyOrder("name", "durationMinutes", "price");
  }

  @Test
  void swagger_ui_is_served_from_this_server_alone() {
    var page = app.get("/docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("/docs/swagger-ui-bundle.js", "/docs/init.js")
        .doesNotContain("http://", "https://");
    var bundle = app.get("/docs/swagger-ui-bundle.js");
    assertThat(bundle.status()).isEqualTo(200);
    assertThat(bundle.body()).contains("SwaggerUIBundle");
    assertThat(app.get("/docs/swagger-ui.css").status()).isEqualTo(200);
    assertThat(app.get("/docs/init.js").body())
        .contains("url: \"/openapi.json\"", "validatorUrl: null");
    assertThat(app.get("/docs/..%2Fpom.properties").status()).isEqualTo(404);
    assertThat(app.get("/docs/index.html").status()).isEqualTo(404);
  }
}
