package dev.paperdigest.testkit;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Documents in the plain-text format ({@code docs/text-format.md}) that read as given digests
 * without being canonical, written from the model independently of any writer: a byte-order mark,
 * CRLF and lone CR line ends, blank and whitespace-only lines anywhere, a final line end or none,
 * dates with leading zeros and with their units spelled in decomposed Hangul (NFD, as macOS saves
 * text) or half decomposed, tags separated and surrounded by runs of any whitespace.
 *
 * <pre>{@code
 * qt().forAll(DigestGenerators.archives(DigestGenerators.textDigests()), longs().all())
 *     .checkAssert((archive, seed) ->
 *         assertEquals(archive, text.reader().readAll(TextDocuments.noisy(archive, seed))));
 * }</pre>
 *
 * <p>Every choice is drawn from a {@link Random} with the given seed, so a failure reproduces.
 */
public final class TextDocuments {
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
  private static final String[] SPACES = {
    " ", "\t", "\u000B", "\u000C", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028", "\u2029",
    "\u202F", "\u205F", "\u3000"
  };
  private static final List<String> YEAR = TextShape.spellings('년');
  private static final List<String> MONTH = TextShape.spellings('월');
  private static final List<String> DAY = TextShape.spellings('일');

  private TextDocuments() {}

  /**
   * Text that reads as {@code digests}, which the text format must be able to express (as {@link
   * DigestGenerators#textDigests()} are).
   *
   * @param digests the digests, in order
   * @param seed decides every piece of noise
   * @return the text
   */
  public static String noisy(List<Digest> digests, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (Digest digest : digests) {
      lines.add(dateLine(digest.date(), random));
      for (Paper paper : digest.papers()) {
        lines.add(paper.title());
        lines.add("(" + String.join(", ", paper.authors()) + ")");
        addLines(lines, paper.abstractText());
        addLines(lines, paper.comment());
        addLines(lines, paper.translation());
        lines.add(tagLine(paper.tags(), random));
      }
    }
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append('\uFEFF');
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        text.append(lineEnd(random));
      }
      while (random.nextInt(4) == 0) {
        text.append(spaces(random, 0)).append(lineEnd(random));
      }
      text.append(lines.get(i));
    }
    if (random.nextBoolean()) {
      text.append(lineEnd(random));
      if (random.nextBoolean()) {
        text.append(spaces(random, 1)).append(lineEnd(random));
      }
    }
    return text.toString();
  }

  /** {@code 2024년 10월 10일} with or without leading zeros, each unit spelled one of three ways. */
  private static String dateLine(LocalDate date, Random random) {
    String number = random.nextBoolean() ? "%02d" : "%d";
    return String.format("%04d", date.getYear())
        + pick(YEAR, random)
        + " "
        + String.format(number, date.getMonthValue())
        + pick(MONTH, random)
        + " "
        + String.format(number, date.getDayOfMonth())
        + pick(DAY, random);
  }

  private static void addLines(List<String> lines, Optional<String> text) {
    text.ifPresent(t -> lines.addAll(List.of(t.split("\n", -1))));
  }

  private static String tagLine(List<String> tags, Random random) {
    StringBuilder line = new StringBuilder(spaces(random, 0));
    for (int i = 0; i < tags.size(); i++) {
      if (i > 0) {
        line.append(spaces(random, 1));
      }
      line.append('#').append(tags.get(i));
    }
    return line.append(spaces(random, 0)).toString();
  }

  private static String spaces(Random random, int atLeast) {
    StringBuilder spaces = new StringBuilder();
    int count = atLeast + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      spaces.append(SPACES[random.nextInt(SPACES.length)]);
    }
    return spaces.toString();
  }

  private static String lineEnd(Random random) {
    return LINE_ENDS[random.nextInt(LINE_ENDS.length)];
  }

  private static String pick(List<String> choices, Random random) {
    return choices.get(random.nextInt(choices.size()));
  }
}
