/**
 * Counting events per key and minute for rate limits, shared by every instance through Redis when
 * it is configured and answering, and per instance otherwise (ADR 0019).
 */
package io.bookline.ratelimit;
