package io.bookline.admin;

import io.bookline.ApiError;
import io.javalin.http.Context;

/** Path parameters of the admin routes. */
final class Paths {
  private Paths() {}

  /** The numeric id in {@code {id}}; a non-number is 400 and names what it should have been. */
  static long id(Context ctx, String what) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(what + " id '" + raw + "' is not a number");
    }
  }
}
