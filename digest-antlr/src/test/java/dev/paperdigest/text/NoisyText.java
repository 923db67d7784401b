package dev.paperdigest.text;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Text that reads as given digests without being canonical: a byte-order mark, CRLF and lone CR
 * line ends, blank and whitespace-only lines anywhere, a final newline, dates with leading zeros,
 * tags separated and surrounded by runs of any whitespace. Written from the model independently of
 * the writer, with every choice drawn from a seeded {@link Random} so a failure reproduces.
 */
final class NoisyText {
  private static final String[] LINE_ENDS = {"\n", "\r\n", "\r"};
  private static final String[] SPACES = {
    " ", "\t", "\u000B", "\u000C", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028", "\u2029",
    "\u202F", "\u205F", "\u3000"
  };

  private NoisyText() {}

  static String of(List<Digest> digests, long seed) {
    Random random = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (Digest digest : digests) {
      String pattern = random.nextBoolean() ? "%04d년 %02d월 %02d일" : "%04d년 %d월 %d일";
      lines.add(
          String.format(
              pattern,
              digest.date().getYear(),
              digest.date().getMonthValue(),
              digest.date().getDayOfMonth()));
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
}
