/**
 * The owner web console at {@code /console} (issue 12, ADR 0026): sign-in sessions, page shells,
 * the live event stream. Its pages' scripts use only the owner API ({@code /api/…}).
 */
package io.bookline.console;
