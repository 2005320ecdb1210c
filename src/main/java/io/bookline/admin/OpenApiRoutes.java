package io.bookline.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bookline.ApiError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /openapi.json} (the owner API described, see {@link OpenApiDocument}) and Swagger UI
 * at {@code /docs}, its files served from the {@code org.webjars:swagger-ui} jar: the page loads
 * nothing from another host, and the UI's online validator is off.
 */
public final class OpenApiRoutes {
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";

  /** The files the page needs, by the name it asks for, with their content types. */
  private static final Map<String, String> UI_FILES =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "favicon-32x32.png", "image/png");

  private final String document;
  private final String uiVersion;

  public OpenApiRoutes(ObjectMapper json) {
    try {
      this.document = json.writeValueAsString(OpenApiDocument.assemble(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the OpenAPI document", e);
    }
    this.uiVersion = webjarVersion();
  }

  public void register(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document));
    routes.get("/docs", ctx -> ctx.html(resource("/io/bookline/openapi/docs.html")));
    routes.get(
        "/docs/init.js",
        ctx -> ctx.contentType("text/javascript").result(resource("/io/bookline/openapi/init.js")));
    routes.get("/docs/{file}", this::uiFile);
  }

  private void uiFile(Context ctx) {
    String file = ctx.pathParam("file");
    String type = UI_FILES.get(file);
    if (type == null) {
      throw ApiError.notFound("no file '" + file + "' in /docs");
    }
    InputStream in = OpenApiRoutes.class.getResourceAsStream(WEBJAR + uiVersion + "/" + file);
    if (in == null) {
      throw ApiError.notFound("no file '" + file + "' in /docs");
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(type).result(in);
  }

  private static String webjarVersion() {
    String at = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(at)) {
      if (in == null) {
        throw new IllegalStateException(
            at + " is missing: the swagger-ui webjar is not on the path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + at, e);
    }
  }

  private static String resource(String at) {
    try (InputStream in = OpenApiRoutes.class.getResourceAsStream(at)) {
      if (in == null) {
        throw new IllegalStateException(at + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + at, e);
    }
  }
}
