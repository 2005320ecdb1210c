package io.bookline.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An extension that holds one thing a test needs (the app, a browser): on a {@code static} field
 * one for the whole class, on an instance field one per test. JUnit calls {@code beforeAll} only on
 * extensions in static fields, so having been called there is what says "for the class".
 */
abstract class PerClassOrPerTest
    implements AutoCloseable,
        BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback {
  private boolean perClass;

  /** Opens or starts the thing; called once for the class, or before each test. */
  abstract void open();

  /** What each test begins with once the thing is open; nothing unless a subclass says. */
  void beforeTest() {}

  @Override
  public final void beforeAll(ExtensionContext context) {
    perClass = true;
    open();
  }

  @Override
  public final void beforeEach(ExtensionContext context) {
    if (!perClass) {
      open();
    }
    beforeTest();
  }

  @Override
  public final void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  @Override
  public final void afterAll(ExtensionContext context) {
    close();
  }

  /** Closes what {@link #open()} opened; closing twice does nothing. */
  @Override
  public abstract void close();
}
