/**
 * What one instance does around serving requests: the start-up steps that are not wiring ({@link
 * io.bookline.lifecycle.EnvironmentAccounts}, {@link io.bookline.lifecycle.KeptKeyCheck}), what a
 * failed start says ({@link io.bookline.lifecycle.StartFailure}), periodic jobs ({@link
 * io.bookline.lifecycle.Scheduler}) and closing everything in reverse order ({@link
 * io.bookline.lifecycle.Closer}). {@code io.bookline.Components} and {@code App} use them; nothing
 * else needs to.
 */
package io.bookline.lifecycle;
