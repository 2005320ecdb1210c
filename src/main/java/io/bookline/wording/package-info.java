/**
 * The words customers read: one resource bundle per language ({@code messages.properties} is
 * English, the base every other bundle is checked against), looked up by message id through {@link
 * io.bookline.wording.Messages}, with dates, times and prices written by {@link
 * io.bookline.wording.Formats}. Imports nothing of Bookline, so every part may use it.
 */
package io.bookline.wording;
