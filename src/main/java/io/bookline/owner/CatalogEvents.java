package io.bookline.owner;

/**
 * Told after an owner's change to a business's catalog or rules commits, so every instance's cached
 * catalog of that business is dropped before the next chat turn (ADR 0017).
 */
@FunctionalInterface
public interface CatalogEvents {
  void changed(long businessId);
}
