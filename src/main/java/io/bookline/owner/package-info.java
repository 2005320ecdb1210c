/**
 * What a business owner (and the operator acting for one) can do, independent of HTTP: businesses
 * and their keys, the catalog, bookings, conversations and customers. Every method takes the
 * business it acts for, so one business can never reach another's rows (ADR 0017). The admin REST
 * API and the web console are two front ends over these services.
 */
package io.bookline.owner;
