package dev.paperdigest.core.spi;

import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.util.Arrays;

/**
 * The {@link DigestLocations} of one digest, recorded by a reader as it goes. {@link
 * AbstractDigestIterator} hands a fresh one to each digest; a reader calls the {@code record}
 * methods it can and leaves out the rest, which then fall back to the enclosing part.
 *
 * <pre>{@code
 * LocationRecorder where = recorder();
 * where.recordPaper(0, titleLine, 1);
 * where.recordField(0, PaperField.AUTHORS, titleLine + 1, 2);
 * where.recordElement(0, PaperField.TAGS, 1, tagLine, 7);
 * }</pre>
 *
 * <p>Positions are kept as pairs of {@code long}s in a few arrays for the whole digest, not as
 * objects, so that recording costs a reader little (about 112 bytes a paper, plus 16 an author or
 * tag); objects are made only when asked for.
 */
public final class LocationRecorder implements DigestLocations {
  private static final int FIELDS = PaperField.values().length;

  /** Line and column pairs, {@link #SLOTS} per paper: the paper, then each field. */
  private static final int SLOTS = 1 + FIELDS;

  private SourcePosition digest = SourcePosition.START;

  /** Line 0 marks a part nobody recorded. */
  private long[] parts = new long[0];

  private long[][] authors = new long[0][];
  private long[][] tags = new long[0][];

  /** A recorder whose digest begins at the start of the input until told otherwise. */
  public LocationRecorder() {}

  /**
   * Records where the digest begins.
   *
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  public void recordDigest(long line, long column) {
    digest = new SourcePosition(line, column);
  }

  /**
   * Records where paper {@code paper} begins.
   *
   * @param paper the paper's index, from 0
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  public void recordPaper(int paper, long line, long column) {
    set(paper, 0, line, column);
  }

  /**
   * Records where the value of {@code field} of paper {@code paper} begins.
   *
   * @param paper the paper's index, from 0
   * @param field the field
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  public void recordField(int paper, PaperField field, long line, long column) {
    set(paper, 1 + field.ordinal(), line, column);
  }

  /**
   * Records where element {@code index} of a list field begins.
   *
   * @param paper the paper's index, from 0
   * @param field {@link PaperField#AUTHORS} or {@link PaperField#TAGS}
   * @param index the element's index, from 0
   * @param line the line, from 1
   * @param column the column in code points, from 1
   */
  public void recordElement(int paper, PaperField field, int index, long line, long column) {
    if (!field.isList()) {
      throw new IllegalArgumentException(field + " is not a list field");
    }
    long[][] lists = field == PaperField.AUTHORS ? authors : tags;
    if (lists.length <= paper) {
      lists = Arrays.copyOf(lists, Math.max(paper + 1, 2 * lists.length));
      if (field == PaperField.AUTHORS) {
        authors = lists;
      } else {
        tags = lists;
      }
    }
    long[] elements = lists[paper] == null ? new long[0] : lists[paper];
    if (elements.length <= 2 * index + 1) {
      elements = Arrays.copyOf(elements, Math.max(2 * index + 2, 2 * elements.length));
      lists[paper] = elements;
    }
    elements[2 * index] = line;
    elements[2 * index + 1] = column;
  }

  @Override
  public SourcePosition digest() {
    return digest;
  }

  @Override
  public SourcePosition paper(int paper) {
    return get(parts, paper * SLOTS, paper, digest);
  }

  @Override
  public SourcePosition field(int paper, PaperField field) {
    return get(parts, paper * SLOTS + 1 + field.ordinal(), paper, paper(paper));
  }

  @Override
  public SourcePosition element(int paper, PaperField field, int index) {
    SourcePosition fallback = field(paper, field);
    long[][] lists = field == PaperField.AUTHORS ? authors : tags;
    if (paper < 0 || paper >= lists.length || lists[paper] == null || index < 0) {
      return fallback;
    }
    return get(lists[paper], index, 0, fallback);
  }

  private void set(int paper, int slot, long line, long column) {
    int at = 2 * (paper * SLOTS + slot);
    if (parts.length <= at + 1) {
      parts = Arrays.copyOf(parts, Math.max(2 * SLOTS * (paper + 1), 2 * parts.length));
    }
    parts[at] = line;
    parts[at + 1] = column;
  }

  /** The position in pair {@code slot} of {@code pairs}, or {@code fallback} if not recorded. */
  private static SourcePosition get(long[] pairs, int slot, int paper, SourcePosition fallback) {
    if (paper < 0 || slot < 0 || 2 * slot + 1 >= pairs.length || pairs[2 * slot] == 0) {
      return fallback;
    }
    return new SourcePosition(pairs[2 * slot], pairs[2 * slot + 1]);
  }
}
