package io.bookline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @Test
  void defaults_need_no_settings_at_all() {
    Config c = ConfigLoader.load(Map.of());
    assertEquals(8080, c.port());
    assertEquals(Optional.empty(), c.database());
    assertEquals(Optional.empty(), c.redisUrl());
    assertEquals(Path.of("./data"), c.dataDir());
    assertTrue(c.demo());
    assertEquals(Duration.ofHours(2), c.sessionTtl());
    assertTrue(c.adminKeyGenerated());
    assertTrue(c.adminKey().length() >= 32);
  }

  @Test
  void a_non_numeric_port_stops_start_up_naming_port() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.load(Map.of("PORT", "eighty")));
    assertEquals(1, e.problems().size());
    assertEquals("PORT is 'eighty'; expected a port number 0-65535", e.problems().get(0));
    assertTrue(e.getMessage().contains("PORT"));
  }

  @Test
  void every_problem_is_reported_at_once() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Map.of(
                        "PORT", "99999",
                        "DATABASE_URL", "mysql://x/y",
                        "REDIS_URL", "localhost:6379",
                        "BOOKLINE_DEMO", "maybe",
                        "SESSION_TTL", "-5m",
                        "BOOKLINE_ADMIN_KEY", "short")));
    assertEquals(6, e.problems().size(), e.getMessage());
    assertTrue(e.getMessage().contains("DATABASE_URL expected postgres://"), e.getMessage());
    assertTrue(
        e.getMessage().contains("BOOKLINE_DEMO is 'maybe'; expected true or false"),
        e.getMessage());
  }

  /** Ops review L4: an error quoting a URL never quotes the password in it. */
  @Test
  void a_url_in_a_configuration_error_is_quoted_without_its_password() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Map.of(
                        "REDIS_URL", "http://:supersecretpw@127.0.0.1:6379/12",
                        "OPENAI_BASE_URL", "ftp://user:llmsecretpw@llm.local/v1",
                        "WHATSAPP_API_BASE_URL", "graph.local?access_token=watokensecret",
                        "BOOKLINE_SECRET_KEY", "x".repeat(40))));
    assertFalse(e.getMessage().contains("supersecretpw"), e.getMessage());
    assertFalse(e.getMessage().contains("llmsecretpw"), e.getMessage());
    assertFalse(e.getMessage().contains("watokensecret"), e.getMessage());
    assertTrue(
        e.problems()
            .contains(
                "REDIS_URL is 'http://***@127.0.0.1:6379/12'; expected redis://host:port or"
                    + " rediss://host:port"),
        e.getMessage());
    assertTrue(e.getMessage().contains("OPENAI_BASE_URL is 'ftp://***@llm.local/v1'"));
    assertTrue(e.getMessage().contains("WHATSAPP_API_BASE_URL is 'graph.local?access_token=***'"));
  }

  /** Ops review N4: "h:abc" is a bad port, not a missing host; the password stays out. */
  @Test
  void a_database_url_with_a_port_that_is_no_number_names_the_port() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Map.of("DATABASE_URL", "postgres://u:pgsecret@h:abc/db")));
    assertEquals(
        List.of(
            "DATABASE_URL has a port that is not a number ('abc'); expected"
                + " postgres://user:pass@host:5432/db"),
        e.problems());
    assertEquals(
        List.of("DATABASE_URL has port 99999; expected a port number 1-65535"),
        assertThrows(
                ConfigException.class,
                () -> ConfigLoader.load(Map.of("DATABASE_URL", "postgres://u@h:99999/db")))
            .problems());
    assertEquals(
        List.of("DATABASE_URL has no host"),
        assertThrows(
                ConfigException.class,
                () -> ConfigLoader.load(Map.of("DATABASE_URL", "postgres:///db")))
            .problems());
  }

  /** Ops review N1: a misspelt setting is named at start-up instead of silently ignored. */
  @Test
  void a_misspelt_setting_is_warned_about_with_the_one_meant() {
    assertEquals(
        List.of(
            "BOOKLINE_ADMINKEY is not a Bookline setting and is ignored; did you mean"
                + " BOOKLINE_ADMIN_KEY?",
            "BOOKLINE_COLOUR is not a Bookline setting and is ignored",
            "DATABSE_URL is not a Bookline setting and is ignored; did you mean DATABASE_URL?",
            "REDIS_ULR is not a Bookline setting and is ignored; did you mean REDIS_URL?"),
        SettingNames.lookalikes(
            List.of(
                "DATABSE_URL",
                "REDIS_ULR",
                "BOOKLINE_ADMINKEY",
                "BOOKLINE_COLOUR",
                "DATABASE_URL",
                "PATH",
                "HOME",
                "JAVA_HOME",
                "HOSTNAME",
                "POSTGRES_PASSWORD",
                "LANG",
                "lowercase_thing")));
  }

  @Test
  void every_setting_read_is_documented_in_the_env_example() throws Exception {
    List<String> documented =
        Files.readAllLines(Path.of(".env.example")).stream()
            .map(l -> l.replaceFirst("^#\\s*", ""))
            .filter(l -> l.matches("[A-Z][A-Z0-9_]*=.*"))
            .map(l -> l.substring(0, l.indexOf('=')))
            .toList();
    assertEquals(
        new TreeSet<>(SettingNames.KNOWN),
        new TreeSet<>(documented.stream().filter(k -> !k.equals("POSTGRES_PASSWORD")).toList()));
  }

  @Test
  void several_instances_refuse_to_start_without_a_secret_key_and_say_how_to_make_one() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Map.of("REDIS_URL", "redis://localhost:6379")));
    assertEquals(1, e.problems().size(), e.getMessage());
    assertTrue(
        e.getMessage()
            .contains("BOOKLINE_SECRET_KEY is missing; it is required when REDIS_URL is set"),
        e.getMessage());
    assertTrue(e.getMessage().contains("openssl rand -hex 32"), e.getMessage());
    ConfigException shortKey =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Map.of("BOOKLINE_SECRET_KEY", "too-short")));
    assertTrue(
        shortKey.getMessage().contains("BOOKLINE_SECRET_KEY is too short (9 characters)"),
        shortKey.getMessage());
    String secret = "0123456789abcdef0123456789abcdef";
    Config several =
        ConfigLoader.load(
            Map.of("REDIS_URL", "redis://localhost:6379", "BOOKLINE_SECRET_KEY", secret));
    assertEquals(java.util.Optional.of(secret), several.secretKey());
    assertFalse(several.toString().contains(secret));
    // One instance may run without: its visitors then hold until a restart (ADR 0020).
    assertTrue(ConfigLoader.load(Map.of()).secretKey().isEmpty());
  }

  @Test
  void a_previous_secret_key_that_is_short_or_has_no_new_key_beside_it_refuses_the_start() {
    ConfigException alone =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Map.of("BOOKLINE_SECRET_KEY_PREVIOUS", "x".repeat(40))));
    assertTrue(
        alone
            .getMessage()
            .contains("BOOKLINE_SECRET_KEY_PREVIOUS is set but BOOKLINE_SECRET_KEY is not"),
        alone.getMessage());
    ConfigException shortOne =
        assertThrows(
            ConfigException.class,
            () ->
                ConfigLoader.load(
                    Map.of(
                        "BOOKLINE_SECRET_KEY",
                        "y".repeat(40),
                        "BOOKLINE_SECRET_KEY_PREVIOUS",
                        "x".repeat(40) + ", short")));
    assertEquals(1, shortOne.problems().size(), shortOne.getMessage());
    assertTrue(
        shortOne
            .getMessage()
            .contains("BOOKLINE_SECRET_KEY_PREVIOUS key 2 is too short (5 characters)"),
        shortOne.getMessage());
    Config rotated =
        ConfigLoader.load(
            Map.of(
                "BOOKLINE_SECRET_KEY", "y".repeat(40),
                "BOOKLINE_SECRET_KEY_PREVIOUS", "x".repeat(40)));
    assertEquals(java.util.List.of("x".repeat(40)), rotated.previousSecretKeys());
  }

  @Test
  void postgres_urls_in_both_spellings_are_accepted() {
    DatabaseUrl heroku =
        DatabaseUrl.parse("postgres://bob:s%40cret@db.example:6543/bookline?sslmode=require");
    assertEquals("jdbc:postgresql://db.example:6543/bookline?sslmode=require", heroku.jdbcUrl());
    assertEquals(Optional.of("bob"), heroku.user());
    assertEquals(Optional.of("s@cret"), heroku.password());
    assertFalse(heroku.toString().contains("s@cret"));
    DatabaseUrl jdbc = DatabaseUrl.parse("jdbc:postgresql://localhost/test?user=postgres");
    assertEquals("jdbc:postgresql://localhost/test?user=postgres", jdbc.jdbcUrl());
    assertEquals(5432, 5432);
    assertEquals("jdbc:postgresql://h:5432/d", DatabaseUrl.parse("postgresql://h/d").jdbcUrl());
  }

  @Test
  void dot_env_files_are_read_with_comments_quotes_and_export(@TempDir Path dir) throws Exception {
    Path env = dir.resolve(".env");
    Files.writeString(
        env,
        "# comment\nexport PORT=9090\nBOOKLINE_DEMO=\"false\"\nSESSION_TTL=30m # half an hour\n\nJUNK\n");
    Map<String, String> values = DotEnv.read(env);
    Config c = ConfigLoader.load(values);
    assertEquals(9090, c.port());
    assertFalse(c.demo());
    assertEquals(Duration.ofMinutes(30), c.sessionTtl());
  }

  @Test
  void secrets_never_appear_in_the_printed_config() {
    Config c =
        ConfigLoader.load(
            Map.of(
                "BOOKLINE_ADMIN_KEY",
                "super-secret-admin-key",
                "DATABASE_URL",
                "postgres://u:hunter2@h/d"));
    assertFalse(c.toString().contains("super-secret"));
    assertFalse(c.toString().contains("hunter2"));
  }

  @Test
  void the_embedded_mode_listens_only_on_this_machine_and_a_server_on_every_interface() {
    assertEquals("127.0.0.1", ConfigLoader.load(Map.of()).bindAddress());
    assertEquals(
        "0.0.0.0", ConfigLoader.load(Map.of("DATABASE_URL", "postgres://u@h/d")).bindAddress());
    assertEquals("::", ConfigLoader.load(Map.of("BIND_ADDRESS", "::")).bindAddress());
    assertEquals(
        "10.1.2.3",
        ConfigLoader.load(Map.of("DATABASE_URL", "postgres://u@h/d", "BIND_ADDRESS", "10.1.2.3"))
            .bindAddress());
  }

  @Test
  void a_bad_bind_address_or_log_format_stops_start_up_naming_both() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.load(Map.of("BIND_ADDRESS", "300.1.1.1", "LOG_FORMAT", "xml")));
    assertEquals(
        List.of(
            "BIND_ADDRESS is '300.1.1.1'; expected an IP address such as 127.0.0.1, 0.0.0.0 or ::,"
                + " or a host name",
            "LOG_FORMAT is 'xml'; expected text or json"),
        e.problems());
  }

  @Test
  void log_format_is_text_unless_json_is_asked_for() {
    assertEquals(LogFormat.TEXT, ConfigLoader.load(Map.of()).logFormat());
    assertEquals(LogFormat.JSON, ConfigLoader.load(Map.of("LOG_FORMAT", "JSON")).logFormat());
  }

  @Test
  void only_a_jar_carrying_the_slim_marker_counts_as_the_slim_build(@TempDir Path dir)
      throws Exception {
    assertFalse(ConfigLoader.isSlimBuild(getClass().getClassLoader()));
    Path marker = dir.resolve(ConfigLoader.SLIM_MARKER);
    Files.createDirectories(marker.getParent());
    Files.writeString(marker, "slim");
    try (URLClassLoader slim = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      assertTrue(ConfigLoader.isSlimBuild(slim));
    }
  }
}
