package dev.paperdigest.jackson;

/**
 * What the first bytes of an input say about its encoding. JSON exchanged between systems is UTF-8
 * (RFC 8259, section 8.1), as docs/json.md promises; a UTF-8 byte-order mark at the start is
 * tolerated and dropped. UTF-16 and UTF-32, which Jackson would read silently, are recognised the
 * way RFC 4627 describes (by the byte-order mark, or by the zero bytes around the first ASCII
 * character) and refused.
 */
final class InputEncoding {
  /** How many bytes {@link #refusal} needs, when the input has them. */
  static final int HEAD_LENGTH = 4;

  /** The length of the UTF-8 byte-order mark, EF BB BF. */
  static final int BYTE_ORDER_MARK_LENGTH = 3;

  private InputEncoding() {}

  /** Whether {@code bytes[from, to)} begins with the UTF-8 byte-order mark. */
  static boolean startsWithByteOrderMark(byte[] bytes, int from, int to) {
    return to - from >= BYTE_ORDER_MARK_LENGTH
        && (bytes[from] & 0xFF) == 0xEF
        && (bytes[from + 1] & 0xFF) == 0xBB
        && (bytes[from + 2] & 0xFF) == 0xBF;
  }

  /**
   * Why an input that begins with {@code bytes[from, to)} is refused, or {@code null} when it may
   * be UTF-8.
   *
   * @param to at least {@link #HEAD_LENGTH} bytes after {@code from}, unless the input is shorter
   */
  static String refusal(byte[] bytes, int from, int to) {
    int n = Math.min(to - from, HEAD_LENGTH);
    int[] b = new int[HEAD_LENGTH];
    for (int i = 0; i < HEAD_LENGTH; i++) {
      b[i] = i < n ? bytes[from + i] & 0xFF : -1;
    }
    if (n == HEAD_LENGTH && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) {
      return refusal("UTF-32 big-endian", "the byte-order mark 00 00 FE FF");
    }
    if (n == HEAD_LENGTH && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
      return refusal("UTF-32 little-endian", "the byte-order mark FF FE 00 00");
    }
    if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF) {
      return refusal("UTF-16 big-endian", "the byte-order mark FE FF");
    }
    if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE) {
      return refusal("UTF-16 little-endian", "the byte-order mark FF FE");
    }
    String first = "the bytes " + hex(bytes, from, n);
    if (n == HEAD_LENGTH && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return refusal("UTF-32 big-endian", first);
    }
    if (n == HEAD_LENGTH && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return refusal("UTF-32 little-endian", first);
    }
    if (n >= 2 && b[0] == 0 && b[1] != 0) {
      return refusal("UTF-16 big-endian", first);
    }
    if (n >= 2 && b[0] != 0 && b[1] == 0) {
      return refusal("UTF-16 little-endian", first);
    }
    if (n >= 2 && b[0] == 0 && b[1] == 0) {
      // No UTF-8 JSON begins with a zero byte; Jackson would guess a wider encoding.
      return refusal("UTF-16 or UTF-32", first);
    }
    return null;
  }

  private static String refusal(String encoding, String evidence) {
    return "the input looks like "
        + encoding
        + ", not UTF-8 (it begins with "
        + evidence
        + "); JSON must be UTF-8 (RFC 8259), so save the file as UTF-8";
  }

  private static String hex(byte[] bytes, int from, int n) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < n; i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[from + i] & 0xFF));
    }
    return hex.toString();
  }
}
