/** {@link io.bookline.processor.MessageProcessor}: the single place a conversation turn happens. */
package io.bookline.processor;
