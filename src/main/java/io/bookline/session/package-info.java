/**
 * Conversation sessions: the immutable {@link io.bookline.session.Session}, its version check, and
 * the tiers it is read from (memory, Redis when configured, Postgres).
 */
package io.bookline.session;
