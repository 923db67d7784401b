package dev.paperdigest.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Changes made to a valid document: damage, to check that a reader fails cleanly (with its own
 * exception and diagnostics inside the input) rather than crash or hang; and changes that keep the
 * meaning, to check that a reader reads what people and other programs write.
 *
 * <pre>{@code
 * qt().forAll(DocumentMutations.of(validBytes))
 *     .checkAssert(broken -> assertReadsOrFailsCleanly(broken));
 * qt().forAll(DocumentMutations.equivalents(validBytes))
 *     .checkAssert(same -> assertEquals(normalised(expected), normalised(read(same))));
 * }</pre>
 *
 * <p>Each document of {@link #of} is the original with one to three of: a line deleted, duplicated
 * or swapped with another, the document truncated at any byte, random bytes inserted, a byte
 * replaced (which may break UTF-8), the final line end dropped, or the Hangul of a line decomposed.
 * Lines are split at {@code \n}.
 */
public final class DocumentMutations {
  private DocumentMutations() {}

  /** One kind of change; positions are taken modulo the document's size when applied. */
  public enum Kind {
    /** Line {@code first} removed. */
    DELETE_LINE,
    /** Line {@code first} written twice. */
    DUPLICATE_LINE,
    /** Lines {@code first} and {@code second} swapped. */
    SWAP_LINES,
    /** The document cut after {@code first} bytes. */
    TRUNCATE,
    /** {@code bytes} inserted before byte {@code first}. */
    INSERT_BYTES,
    /** Byte {@code first} replaced by {@code second}. */
    REPLACE_BYTE,
    /**
     * The final line end ({@code \n}, {@code \r\n} or {@code \r}) removed, if there is one: a file
     * saved by an editor that does not end the last line. The meaning is kept.
     */
    DROP_FINAL_LINE_END,
    /**
     * Line {@code first} in Unicode's decomposed form (NFD), as macOS saves text: its Hangul
     * syllables become conjoining jamo. The text is canonically equivalent; a line that is not
     * UTF-8 is left as it is.
     */
    DECOMPOSE_HANGUL
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
    /**
     * The document after this mutation.
     *
     * @param document the document, which is not changed
     * @return a new document, or {@code document} itself when the mutation has nothing to change
     */
    public byte[] apply(byte[] document) {
      switch (kind) {
        case DROP_FINAL_LINE_END:
          return withoutFinalLineEnd(document);
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
        case DECOMPOSE_HANGUL:
          lines.set(a, decomposed(lines.get(a)));
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

  /** The kinds that keep the meaning of a document, up to Unicode normalisation. */
  private static final List<Kind> MEANING_KEPT =
      List.of(Kind.DROP_FINAL_LINE_END, Kind.DECOMPOSE_HANGUL);

  /**
   * Single mutations of every kind, shrinking towards deleting the first line.
   *
   * @return the generator
   */
  public static Gen<Mutation> mutations() {
    return mutationsOf(Generate.enumValues(Kind.class));
  }

  /**
   * Damaged variants of {@code document}: one to three mutations of any kind applied in turn.
   *
   * @param document a valid document
   * @return the generator
   */
  public static Gen<byte[]> of(byte[] document) {
    return applied(document, mutations());
  }

  /**
   * {@code document} with one of {@code sequences} inserted at any byte, as a program that writes
   * bad bytes, or a stray control character, into a file leaves it.
   *
   * <pre>{@code
   * qt().forAll(DocumentMutations.insertions(valid, List.of(new byte[] {'\r'})))
   *     .checkAssert(changed -> assertReadsOrFailsCleanly(changed));
   * }</pre>
   *
   * @param document a valid document
   * @param sequences the bytes to insert, one sequence per variant
   * @return the generator
   */
  public static Gen<byte[]> insertions(byte[] document, List<byte[]> sequences) {
    return SourceDSL.integers()
        .between(0, document.length)
        .zip(Generate.pick(sequences), (at, bytes) -> splice(document, at, bytes));
  }

  /**
   * Variants of {@code document} that mean the same, up to Unicode normalisation: one to three of
   * {@link Kind#DROP_FINAL_LINE_END} and {@link Kind#DECOMPOSE_HANGUL}. A reader must read each as
   * it reads the original, except that the text of decomposed lines stays decomposed if the reader
   * keeps text as written.
   *
   * @param document a valid document
   * @return the generator
   */
  public static Gen<byte[]> equivalents(byte[] document) {
    return applied(document, mutationsOf(Generate.pick(MEANING_KEPT)));
  }

  private static Gen<Mutation> mutationsOf(Gen<Kind> kinds) {
    Gen<byte[]> inserted =
        SourceDSL.lists()
            .of(Generate.range(0, 255).map(Integer::byteValue))
            .ofSizeBetween(1, 6)
            .map(DocumentMutations::toBytes);
    return kinds.zip(
        Generate.range(0, Integer.MAX_VALUE / 2), Generate.range(0, 255), inserted, Mutation::new);
  }

  private static Gen<byte[]> applied(byte[] document, Gen<Mutation> mutations) {
    byte[] original = document.clone();
    return SourceDSL.lists()
        .of(mutations)
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

  private static byte[] withoutFinalLineEnd(byte[] document) {
    int end = document.length;
    if (end > 0 && document[end - 1] == '\n') {
      end--;
    }
    if (end > 0 && document[end - 1] == '\r') {
      end--;
    }
    return end == document.length ? document : Arrays.copyOf(document, end);
  }

  /** The line in NFD, or the line itself when it is not UTF-8 (decoding would change its bytes). */
  private static byte[] decomposed(byte[] line) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = strict.decode(ByteBuffer.wrap(line)).toString();
      return Normalizer.normalize(text, Normalizer.Form.NFD).getBytes(StandardCharsets.UTF_8);
    } catch (CharacterCodingException notUtf8) {
      return line;
    }
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
