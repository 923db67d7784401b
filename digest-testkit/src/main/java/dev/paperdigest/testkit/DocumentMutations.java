package dev.paperdigest.testkit;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Damage done to a valid document, to check that a reader fails cleanly (with its own exception and
 * diagnostics inside the input) rather than crash or hang.
 *
 * <pre>{@code
 * qt().forAll(DocumentMutations.of(validBytes))
 *     .checkAssert(broken -> assertReadsOrFailsCleanly(broken));
 * }</pre>
 *
 * <p>Each damaged document is the original with one to three of: a line deleted, duplicated or
 * swapped with another, the document truncated at any byte, random bytes inserted, or a byte
 * replaced (which may break UTF-8). Lines are split at {@code \n}.
 */
public final class DocumentMutations {
  private DocumentMutations() {}

  /** One kind of damage; positions are taken modulo the document's size when applied. */
  public enum Kind {
    DELETE_LINE,
    DUPLICATE_LINE,
    SWAP_LINES,
    TRUNCATE,
    INSERT_BYTES,
    REPLACE_BYTE
  }

  /**
   * One mutation: a kind and where it applies.
   *
   * @param kind what is done
   * @param first the line or byte it applies to
   * @param second the other line (swap) or the replacement byte
   * @param bytes the bytes inserted
   */
  public record Mutation(Kind kind, int first, int second, byte[] bytes) {
    /** The document after this mutation; the argument is not changed. */
    public byte[] apply(byte[] document) {
      switch (kind) {
        case TRUNCATE:
          return Arrays.copyOf(document, document.length == 0 ? 0 : first % document.length);
        case INSERT_BYTES:
          return splice(document, document.length == 0 ? 0 : first % (document.length + 1), bytes);
        case REPLACE_BYTE:
          if (document.length == 0) {
            return document;
          }
          byte[] replaced = document.clone();
          replaced[first % document.length] = (byte) second;
          return replaced;
        default:
          return applyToLines(document);
      }
    }

    private byte[] applyToLines(byte[] document) {
      List<byte[]> lines = splitLines(document);
      int a = first % lines.size();
      int b = second % lines.size();
      switch (kind) {
        case DELETE_LINE:
          lines.remove(a);
          break;
        case DUPLICATE_LINE:
          lines.add(a, lines.get(a));
          break;
        case SWAP_LINES:
          byte[] line = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, line);
          break;
        default:
          throw new IllegalStateException("not a line mutation: " + kind);
      }
      return joinLines(lines);
    }

    @Override
    public String toString() {
      return kind + "(" + first + ", " + second + ", " + Arrays.toString(bytes) + ")";
    }
  }

  /** Single mutations, shrinking towards deleting the first line. */
  public static Gen<Mutation> mutations() {
    Gen<byte[]> inserted =
        SourceDSL.lists()
            .of(Generate.range(0, 255).map(Integer::byteValue))
            .ofSizeBetween(1, 6)
            .map(DocumentMutations::toBytes);
    return Generate.enumValues(Kind.class)
        .zip(
            Generate.range(0, Integer.MAX_VALUE / 2),
            Generate.range(0, 255),
            inserted,
            Mutation::new);
  }

  /** Damaged variants of {@code document}: one to three mutations applied in turn. */
  public static Gen<byte[]> of(byte[] document) {
    byte[] original = document.clone();
    return SourceDSL.lists()
        .of(mutations())
        .ofSizeBetween(1, 3)
        .map(
            list -> {
              byte[] result = original;
              for (Mutation mutation : list) {
                result = mutation.apply(result);
              }
              return result;
            });
  }

  private static byte[] toBytes(List<Byte> list) {
    byte[] bytes = new byte[list.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = list.get(i);
    }
    return bytes;
  }

  private static byte[] splice(byte[] document, int at, byte[] inserted) {
    byte[] result = new byte[document.length + inserted.length];
    System.arraycopy(document, 0, result, 0, at);
    System.arraycopy(inserted, 0, result, at, inserted.length);
    System.arraycopy(document, at, result, at + inserted.length, document.length - at);
    return result;
  }

  private static List<byte[]> splitLines(byte[] document) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < document.length; i++) {
      if (document[i] == '\n') {
        lines.add(Arrays.copyOfRange(document, start, i));
        start = i + 1;
      }
    }
    lines.add(Arrays.copyOfRange(document, start, document.length));
    return lines;
  }

  private static byte[] joinLines(List<byte[]> lines) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        out.write('\n');
      }
      out.writeBytes(lines.get(i));
    }
    return out.toByteArray();
  }
}
