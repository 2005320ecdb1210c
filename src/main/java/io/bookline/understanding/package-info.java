/**
 * Reading customer messages: the {@link io.bookline.understanding.Understanding} seam, the offline
 * {@link io.bookline.understanding.RuleUnderstanding} and the typed {@link
 * io.bookline.understanding.Reading} both it and the LLM produce.
 */
package io.bookline.understanding;
