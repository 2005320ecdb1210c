package io.bookline.ingress;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers (ADR 0021). Every response gets {@code X-Content-Type-Options: nosniff} and
 * a Content-Security-Policy that forbids framing and loads nothing from elsewhere ({@link
 * #DEFAULT}); a page with its own needs (the owner console, the web chat) replaces the policy with
 * its own. The web chat's policy allows exactly its own inline script and style (by hash) and lets
 * the business's own sites frame it ({@link #chatPage}).
 */
public final class SecurityHeaders {
  /** For every response that sets no policy of its own: JSON, errors, the API docs. */
  public static final String DEFAULT =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final Pattern INLINE =
      Pattern.compile("<(script|style)>(.*?)</\\1>", Pattern.DOTALL);

  private SecurityHeaders() {}

  /**
   * The chat page's policy: its inline script and style by hash, requests to this server only, and
   * framing by this server and the origins the business lists.
   *
   * @param page the page's HTML, whose inline blocks are hashed
   * @param frameAncestors origins the business allows to embed its chat (checked by {@code
   *     FrameAncestors})
   */
  public static String chatPage(String page, List<String> frameAncestors) {
    List<String> scripts = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    Matcher m = INLINE.matcher(page);
    while (m.find()) {
      (m.group(1).equals("script") ? scripts : styles).add("'sha256-" + sha256(m.group(2)) + "'");
    }
    return "default-src 'none'; script-src "
        + String.join(" ", scripts)
        + "; style-src "
        + String.join(" ", styles)
        + "; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
        + " frame-ancestors 'self'"
        + (frameAncestors.isEmpty() ? "" : " " + String.join(" ", frameAncestors));
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
