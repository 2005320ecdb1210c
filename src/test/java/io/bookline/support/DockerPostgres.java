package io.bookline.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The Testcontainers fallback, used only when no server URL is given and Docker runs. */
final class DockerPostgres {
  private static PostgreSQLContainer container;

  private DockerPostgres() {}

  static boolean available() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static synchronized boolean started() {
    return container != null;
  }

  static synchronized String start() {
    if (container == null) {
      container = new PostgreSQLContainer("postgres:16-alpine");
      container.start();
    }
    return container.getJdbcUrl()
        + "&user="
        + container.getUsername()
        + "&password="
        + container.getPassword();
  }
}
