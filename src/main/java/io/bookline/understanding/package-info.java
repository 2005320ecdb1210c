/**
 * Reading customer messages: the {@link io.bookline.understanding.Understanding} seam, the offline
 * {@link io.bookline.understanding.RuleUnderstanding} and the typed {@link
 * io.bookline.understanding.Reading} both it and the LLM produce.
 *
 * <p>The LLM path is four parts: {@link io.bookline.understanding.Prompt} (what the model is told),
 * {@link io.bookline.understanding.ReadingSchema} (the tool it calls) with {@link
 * io.bookline.understanding.ReadingValidator} (each proposed field checked against the catalog and
 * the clock; pure), {@link io.bookline.understanding.LlmTransport} (openai-java, the shared backoff
 * within a time budget, a circuit breaker; the only classes here that touch openai-java types are
 * it, {@code ToolCallFormat} and {@code OpenAiFailures}), and {@link
 * io.bookline.understanding.LlmUnderstanding}, which joins them and falls back to the rules.
 *
 * <p>The offline rules are language data ({@link io.bookline.understanding.Lexicon}, {@link
 * io.bookline.understanding.DateWords}, {@link io.bookline.understanding.Spelling}) read by shared
 * code: tokens, spelling, a symbol notation, a table of date/time rules with shared resolvers, and
 * a selection that reports spans and what it could not place (ADR 0013).
 */
package io.bookline.understanding;
