package dev.paperdigest.core.spi;

import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * <p>Positions are kept as pairs of {@code long}s, not objects, so that recording costs a reader
 * little; objects are made only when asked for.
 */
public final class LocationRecorder implements DigestLocations {
  private static final int FIELDS = PaperField.values().length;

  private SourcePosition digest = SourcePosition.START;
  private final List<PaperSpots> papers = new ArrayList<>();

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
    spots(paper).set(0, line, column);
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
    spots(paper).set(1 + field.ordinal(), line, column);
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
    spots(paper).setElement(field, index, line, column);
  }

  @Override
  public SourcePosition digest() {
    return digest;
  }

  @Override
  public SourcePosition paper(int paper) {
    PaperSpots spots = paper >= 0 && paper < papers.size() ? papers.get(paper) : null;
    return spots == null ? digest : spots.get(0, digest);
  }

  @Override
  public SourcePosition field(int paper, PaperField field) {
    PaperSpots spots = paper >= 0 && paper < papers.size() ? papers.get(paper) : null;
    SourcePosition fallback = paper(paper);
    return spots == null ? fallback : spots.get(1 + field.ordinal(), fallback);
  }

  @Override
  public SourcePosition element(int paper, PaperField field, int index) {
    PaperSpots spots = paper >= 0 && paper < papers.size() ? papers.get(paper) : null;
    SourcePosition fallback = field(paper, field);
    return spots == null ? fallback : spots.getElement(field, index, fallback);
  }

  private PaperSpots spots(int paper) {
    while (papers.size() <= paper) {
      papers.add(null);
    }
    PaperSpots spots = papers.get(paper);
    if (spots == null) {
      spots = new PaperSpots();
      papers.set(paper, spots);
    }
    return spots;
  }

  /** Line and column pairs: the paper, then each field; then the elements of the list fields. */
  private static final class PaperSpots {
    private final long[] parts = new long[2 * (1 + FIELDS)];
    private long[] authors = new long[0];
    private long[] tags = new long[0];

    void set(int slot, long line, long column) {
      parts[2 * slot] = line;
      parts[2 * slot + 1] = column;
    }

    SourcePosition get(int slot, SourcePosition fallback) {
      return position(parts, slot, fallback);
    }

    void setElement(PaperField field, int index, long line, long column) {
      long[] elements = field == PaperField.AUTHORS ? authors : tags;
      if (elements.length <= 2 * index + 1) {
        elements = Arrays.copyOf(elements, Math.max(2 * index + 2, 2 * elements.length));
        if (field == PaperField.AUTHORS) {
          authors = elements;
        } else {
          tags = elements;
        }
      }
      elements[2 * index] = line;
      elements[2 * index + 1] = column;
    }

    SourcePosition getElement(PaperField field, int index, SourcePosition fallback) {
      long[] elements = field == PaperField.AUTHORS ? authors : tags;
      return index >= 0 && 2 * index + 1 < elements.length
          ? position(elements, index, fallback)
          : fallback;
    }

    /** Line 0 marks a part nobody recorded. */
    private static SourcePosition position(long[] pairs, int slot, SourcePosition fallback) {
      long line = pairs[2 * slot];
      return line == 0 ? fallback : new SourcePosition(line, pairs[2 * slot + 1]);
    }
  }
}
