package io.bookline.ingress;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * The address a request came from, for per-address limits: the connection's peer, or, behind a
 * proxy the operator trusts, the last value of the header it sets ({@code CLIENT_IP_HEADER}, e.g.
 * {@code X-Forwarded-For}). The last value is the one the trusted proxy appended; earlier ones are
 * whatever the client claimed.
 */
public final class ClientAddress {
  private final Optional<String> header;

  public ClientAddress(Optional<String> header) {
    this.header = header;
  }

  public String of(Context ctx) {
    return header
        .map(ctx::header)
        .map(v -> v.substring(v.lastIndexOf(',') + 1).strip())
        .filter(v -> !v.isEmpty())
        .orElseGet(ctx::ip);
  }
}
