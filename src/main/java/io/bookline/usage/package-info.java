/**
 * Model tokens per business and day (issue 18): the ledger the daily budget is checked against, and
 * the report behind {@code GET /api/usage}. Depends on {@code understanding} (the ledger's
 * interface) and {@code db}; nothing in the turn's transaction waits on it.
 */
package io.bookline.usage;
