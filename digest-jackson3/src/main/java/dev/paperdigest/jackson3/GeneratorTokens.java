package dev.paperdigest.jackson3;

import dev.paperdigest.json.internal.JsonKey;
import dev.paperdigest.json.internal.ReusedChars;
import dev.paperdigest.json.internal.TokenSink;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** A Jackson 3 generator as the shared {@code DigestTokenWriter} writes to it. */
final class GeneratorTokens implements TokenSink {
  /** Each key encoded once, by ordinal. */
  private static final SerializedString[] KEYS = new SerializedString[JsonKey.values().length];

  static {
    for (JsonKey key : JsonKey.values()) {
      KEYS[key.ordinal()] = new SerializedString(key.word());
    }
  }

  private final JsonGenerator out;
  private final ReusedChars reused = new ReusedChars();

  GeneratorTokens(JsonGenerator out) {
    this.out = out;
  }

  @Override
  public void startObject(Object value) {
    out.writeStartObject(value);
  }

  @Override
  public void endObject() {
    out.writeEndObject();
  }

  @Override
  public void startArray(Object value, int size) {
    out.writeStartArray(value, size);
  }

  @Override
  public void endArray() {
    out.writeEndArray();
  }

  @Override
  public void key(JsonKey key) {
    out.writeName(KEYS[key.ordinal()]);
  }

  @Override
  public void string(String value) {
    char[] chars = reused.copyOf(value);
    if (chars == null) {
      out.writeString(value);
    } else {
      out.writeString(chars, 0, value.length());
    }
  }

  @Override
  public void string(char[] chars, int offset, int length) {
    out.writeString(chars, offset, length);
  }
}
