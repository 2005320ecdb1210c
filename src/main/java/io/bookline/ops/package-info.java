/** Operations: health, readiness and Prometheus metrics; read-only views of the other parts. */
package io.bookline.ops;
