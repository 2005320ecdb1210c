package io.bookline.session;

/**
 * A turn tried to store a session made from a version that is no longer current: another turn of
 * the same conversation committed first. The turn must be re-run on fresh state.
 */
public final class VersionConflict extends RuntimeException {
  private final String key;
  private final long expectedVersion;

  public VersionConflict(String key, long expectedVersion) {
    super("session " + key + " is no longer at version " + expectedVersion, null, false, false);
    this.key = key;
    this.expectedVersion = expectedVersion;
  }

  public String key() {
    return key;
  }

  public long expectedVersion() {
    return expectedVersion;
  }
}
