/**
 * Bookline: chat booking for small businesses. {@link io.bookline.App} is the composition root and
 * {@link io.bookline.HttpApi} the single route table.
 */
package io.bookline;
