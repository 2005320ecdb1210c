/**
 * Postgres plumbing shared by every part: the pool, Flyway migrations from {@code db/migration},
 * the embedded server for zero-setup runs and the jOOQ table definitions in {@link
 * io.bookline.db.Schema}.
 */
package io.bookline.db;
