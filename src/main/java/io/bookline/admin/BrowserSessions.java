package io.bookline.admin;

import io.bookline.owner.Caller;
import java.util.Optional;

/**
 * Signed-in browsers (the owner console, ADR 0026): a session cookie stands for the business key it
 * was opened with. {@link OwnerAuth} accepts it where no {@code Authorization} header is sent, and
 * asks for the session's CSRF token in {@value #CSRF_HEADER} on every request that changes
 * something.
 */
public interface BrowserSessions {
  /** The cookie that carries the session id. */
  String COOKIE = "bookline_console";

  /** The header in which a browser repeats its session's CSRF token. */
  String CSRF_HEADER = "X-CSRF-Token";

  /** No browser sessions: only bearer keys. */
  BrowserSessions NONE = id -> Optional.empty();

  /** A live session: who it acts as and the token its state-changing requests must repeat. */
  record Session(Caller.Owner caller, String csrfToken) {}

  /** The live session with this cookie value, if any (expired, signed out or revoked: none). */
  Optional<Session> find(String cookieValue);
}
