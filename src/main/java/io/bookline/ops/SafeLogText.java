package io.bookline.ops;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.bookline.secret.Redaction;
import net.logstash.logback.mask.ValueMasker;

/**
 * What makes a log line safe to write (ADR 0029), for both formats of {@code logback.xml}: no
 * credential (a Telegram token in a URL, a bearer token, a password in a URL) and, in text, no
 * control character that could start a forged line. JSON escapes control characters itself.
 */
public final class SafeLogText {
  private SafeLogText() {}

  /** {@code %safeMsg} in text: the message redacted and kept on one line. */
  public static final class Message extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return Redaction.escape(Redaction.redact(event.getFormattedMessage()));
    }
  }

  /**
   * {@code %safeEx} in text: the stack trace (its lines are lines by design) with credentials
   * redacted from the exception messages in it.
   */
  public static final class StackTrace extends ThrowableProxyConverter {
    @Override
    public String convert(ILoggingEvent event) {
      return Redaction.redact(super.convert(event));
    }
  }

  /** In JSON: every string value (message, stack trace, MDC fields) redacted. */
  public static final class Masker implements ValueMasker {
    @Override
    public Object mask(JsonStreamContext context, Object value) {
      if (value instanceof CharSequence text) {
        String redacted = Redaction.redact(text.toString());
        return redacted.contentEquals(text) ? null : redacted;
      }
      return null;
    }
  }
}
