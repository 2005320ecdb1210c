/**
 * Secrets at rest (ADR 0029): {@link io.bookline.secret.SecretBox} seals small secrets (channel
 * tokens, app secrets) with AES-256-GCM under keys derived from {@code BOOKLINE_SECRET_KEY}, and
 * opens what was sealed under a previous key during a rotation; {@link
 * io.bookline.secret.SecretKeys} says where the keys come from; {@link
 * io.bookline.secret.OperatorKeyFile} keeps a made-up operator key out of the log. Imports nothing
 * of Bookline.
 */
package io.bookline.secret;
