package io.bookline.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The console's HTML templates ({@code console/*.html}) and escaping of every value put in. */
final class Html {
  private Html() {}

  /** The template with each {@code {{name}}} replaced by its value, which is escaped here. */
  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (var e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
    }
    return out;
  }

  /** Like {@link #fill} for values that are already HTML built here from escaped parts. */
  static String fillRaw(String template, String name, String html) {
    return template.replace("{{" + name + "}}", html);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String resource(String path) {
    try (InputStream in = Html.class.getResourceAsStream("/console/" + path)) {
      if (in == null) {
        throw new IllegalStateException("console/" + path + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console/" + path, e);
    }
  }

  static byte[] bytes(String path) {
    try (InputStream in = Html.class.getResourceAsStream("/console/" + path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read console/" + path, e);
    }
  }
}
