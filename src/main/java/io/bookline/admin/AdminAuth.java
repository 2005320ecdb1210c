package io.bookline.admin;

import io.bookline.ApiError;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks {@code Authorization: Bearer <key>} in constant time. */
public final class AdminAuth {
  private final byte[] key;

  public AdminAuth(String adminKey) {
    this.key = adminKey.getBytes(StandardCharsets.UTF_8);
  }

  public void require(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiError.unauthorized(
          "send the admin key as 'Authorization: Bearer <BOOKLINE_ADMIN_KEY>'");
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, key)) {
      throw ApiError.unauthorized("the admin key is not valid");
    }
  }
}
