package bookline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signed WhatsApp Cloud API webhook payloads, as Meta sends them for one text message. */
final class WhatsAppWebhook {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WhatsAppWebhook() {}

  /** The webhook body of one text message, sent now ({@code epochSecond}). */
  static String text(String phone, String from, String messageId, String text, long epochSecond) {
    ObjectNode root = JSON.createObjectNode().put("object", "whatsapp_business_account");
    ObjectNode change =
        root.putArray("entry").addObject().put("id", "1").putArray("changes").addObject();
    change.put("field", "messages");
    ObjectNode value = change.putObject("value").put("messaging_product", "whatsapp");
    value.putObject("metadata").put("display_phone_number", "1").put("phone_number_id", phone);
    ObjectNode message = value.putArray("messages").addObject();
    message.put("from", from).put("id", messageId).put("timestamp", Long.toString(epochSecond));
    message.put("type", "text").putObject("text").put("body", text);
    return root.toString();
  }

  /** The X-Hub-Signature-256 header Meta computes over the raw body with the app secret. */
  static String sign(String secret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
