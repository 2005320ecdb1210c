package io.bookline.console;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The console's pages, in navigation order; each is {@code /console/<slug>} plus its script. */
enum Page {
  CALENDAR("calendar", "Calendar", "booking", "working", "weekfit"),
  SERVICES("services", "Services"),
  STAFF("staff", "Staff", "week", "stranded"),
  HOURS("hours", "Hours", "week", "stranded"),
  CLOSURES("closures", "Closures"),
  CONVERSATIONS("conversations", "Conversations"),
  CHANNELS("channels", "Channels");

  final String slug;
  final String label;

  /** The page's scripts after {@code console.js}: its helpers, then its own. */
  final List<String> scripts;

  Page(String slug, String label, String... helpers) {
    this.slug = slug;
    this.label = label;
    this.scripts = Stream.concat(Stream.of(helpers), Stream.of(slug)).toList();
  }

  String path() {
    return ConsoleRoutes.BASE + "/" + slug;
  }

  static Optional<Page> of(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }
}
