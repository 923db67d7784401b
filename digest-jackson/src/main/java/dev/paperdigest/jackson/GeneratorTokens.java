package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.paperdigest.json.internal.JsonKey;
import dev.paperdigest.json.internal.ReusedChars;
import dev.paperdigest.json.internal.TokenSink;
import java.io.IOException;

/** A Jackson 2 generator as the shared {@code DigestTokenWriter} writes to it. */
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
  public void startObject(Object value) throws IOException {
    out.writeStartObject(value);
  }

  @Override
  public void endObject() throws IOException {
    out.writeEndObject();
  }

  @Override
  public void startArray(Object value, int size) throws IOException {
    out.writeStartArray(value, size);
  }

  @Override
  public void endArray() throws IOException {
    out.writeEndArray();
  }

  @Override
  public void key(JsonKey key) throws IOException {
    out.writeFieldName(KEYS[key.ordinal()]);
  }

  @Override
  public void string(String value) throws IOException {
    char[] chars = reused.copyOf(value);
    if (chars == null) {
      out.writeString(value);
    } else {
      out.writeString(chars, 0, value.length());
    }
  }

  @Override
  public void string(char[] chars, int offset, int length) throws IOException {
    out.writeString(chars, offset, length);
  }
}
