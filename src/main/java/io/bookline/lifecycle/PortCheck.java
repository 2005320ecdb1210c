package io.bookline.lifecycle;

import io.bookline.config.Config;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the ports Bookline will listen on are free, asked before anything starts: a port in use
 * used to be found only after Postgres, the migrations and the seeding (~40 s on a fresh data
 * directory), behind a raw "Failed to start Javalin" ERROR. A port is tried by binding it for a
 * moment on its own address; port 0 (any free port) needs no check.
 */
public final class PortCheck {
  private PortCheck() {}

  /** One line per port that cannot be listened on, naming the setting that chooses it. */
  public static List<String> problems(Config config) {
    List<String> problems = new ArrayList<>();
    Optional<Integer> management = config.ops().managementPort();
    if (management.isPresent()
        && config.port() != 0
        && management.get() == config.port()
        && overlap(config.bindAddress(), config.ops().managementBindAddress())) {
      // Each port alone is free, so binding them one by one would pass: the second server would
      // find the first one there only after the migrations.
      problems.add(
          "PORT and MANAGEMENT_PORT are both "
              + config.port()
              + "; the management server needs a port of its own: set MANAGEMENT_PORT to another");
      return problems;
    }
    problem("PORT", "BIND_ADDRESS", config.bindAddress(), config.port()).ifPresent(problems::add);
    config
        .ops()
        .managementPort()
        .flatMap(
            p ->
                problem(
                    "MANAGEMENT_PORT",
                    "MANAGEMENT_BIND_ADDRESS",
                    config.ops().managementBindAddress(),
                    p))
        .ifPresent(problems::add);
    return problems;
  }

  /** Whether two bind addresses can clash: the same one, or either is every address. */
  private static boolean overlap(String a, String b) {
    return a.equals(b) || wildcard(a) || wildcard(b);
  }

  private static boolean wildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  static Optional<String> problem(
      String portSetting, String addressSetting, String host, int port) {
    if (port == 0) {
      return Optional.empty();
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      return Optional.of(
          addressSetting + " '" + host + "' is not an address of this machine; set it to one");
    }
    try (ServerSocket socket = new ServerSocket()) {
      // As Jetty binds: a port left in TIME_WAIT by the last run is free to use.
      socket.setReuseAddress(true);
      socket.bind(address);
      return Optional.empty();
    } catch (BindException e) {
      if (String.valueOf(e.getMessage()).contains("in use")) {
        return Optional.of(
            "port "
                + port
                + " on "
                + host
                + " is in use; set "
                + portSetting
                // ASCII: a container without a locale prints "…" as "?".
                + "=<a free port>, or stop what listens there");
      }
      return Optional.of(
          "cannot listen on "
              + host
              + ":"
              + port
              + " ("
              + e.getMessage()
              + "); set "
              + portSetting
              + " or "
              + addressSetting);
    } catch (IOException e) {
      return Optional.of("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
    }
  }
}
