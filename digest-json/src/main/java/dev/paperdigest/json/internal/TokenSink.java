package dev.paperdigest.json.internal;

import java.io.IOException;

/**
 * The few generator operations {@link DigestTokenWriter} needs. Each Jackson major version adapts
 * its {@code JsonGenerator}, keeping the keys pre-encoded.
 */
public interface TokenSink {
  /** Opens an object for {@code value}, the Java object it holds. */
  void startObject(Object value) throws IOException;

  /** Closes the innermost object. */
  void endObject() throws IOException;

  /** Opens an array of {@code size} elements for {@code value}. */
  void startArray(Object value, int size) throws IOException;

  /** Closes the innermost array. */
  void endArray() throws IOException;

  /** Writes a key of the shape. */
  void key(JsonKey key) throws IOException;

  /** Writes a string value. */
  void string(String value) throws IOException;

  /** Writes {@code chars[offset, offset + length)} as a string value. */
  void string(char[] chars, int offset, int length) throws IOException;
}
