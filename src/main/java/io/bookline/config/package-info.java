/**
 * Typed configuration from environment variables and an optional {@code .env} file. Every value is
 * validated at start-up and all problems are reported in one error.
 */
package io.bookline.config;
