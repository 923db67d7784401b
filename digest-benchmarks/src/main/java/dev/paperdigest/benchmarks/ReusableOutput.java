package dev.paperdigest.benchmarks;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * An in-memory output that keeps its buffer between operations, so a write benchmark measures the
 * writer and not the growth of a fresh buffer each time. Unlike {@link
 * java.io.ByteArrayOutputStream} it takes no lock per call.
 */
final class ReusableOutput extends OutputStream {
  private byte[] buffer;
  private int size;

  ReusableOutput(int initialCapacity) {
    buffer = new byte[Math.max(16, initialCapacity)];
  }

  /** Forgets what was written, keeping the buffer. */
  ReusableOutput reset() {
    size = 0;
    return this;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(buffer, size);
  }

  @Override
  public void write(int b) {
    ensureCapacity(size + 1);
    buffer[size++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    ensureCapacity(size + length);
    System.arraycopy(bytes, offset, buffer, size, length);
    size += length;
  }

  private void ensureCapacity(int needed) {
    if (needed > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(needed, buffer.length * 2));
    }
  }
}
