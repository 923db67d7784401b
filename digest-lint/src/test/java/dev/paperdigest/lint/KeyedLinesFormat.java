package dev.paperdigest.lint;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.spi.AbstractDigestIterator;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.ProblemList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A format for tests that records where every part begins, as the project's readers are learning
 * to, and warns as they do: {@code author-comma} for a name holding {@code ", "}, and, without a
 * rule id, that a {@code note:} line is dropped. One line per value:
 *
 * <pre>
 * @ 2024-10-10
 * title: Pyramidal Flow Matching
 * author: Kun Xu
 * abstract: first line          (repeated for each further line)
 * comment: ...
 * translation: ...
 * tag: video-generation
 * note: dropped, with a warning
 * </pre>
 *
 * A paper's place is its {@code title:} line; a value's is the column where it starts. A line with
 * any other key is an error.
 */
final class KeyedLinesFormat implements DigestFormat {
  private static final Map<String, PaperField> KEYS =
      Map.of(
          "title", PaperField.TITLE,
          "author", PaperField.AUTHORS,
          "abstract", PaperField.ABSTRACT,
          "comment", PaperField.COMMENT,
          "translation", PaperField.TRANSLATION,
          "tag", PaperField.TAGS);

  @Override
  public String name() {
    return "keyed";
  }

  @Override
  public List<String> extensions() {
    return List.of(".keyed");
  }

  @Override
  public DigestReader reader() {
    return (in, sourceName) ->
        new Lines(
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), sourceName);
  }

  @Override
  public DigestWriter writer() {
    return (digests, out) -> {
      throw new UnsupportedOperationException("a format for reading tests");
    };
  }

  private static final class Lines extends AbstractDigestIterator {
    private final BufferedReader in;
    private String pending;
    private long lineNumber;

    Lines(BufferedReader in, String sourceName) {
      super(sourceName);
      this.in = in;
    }

    /** A paper being read: its builder, how many authors and tags so far, its texts so far. */
    private static final class PaperLines {
      final Paper.Builder builder = Paper.builder();
      final Map<PaperField, Integer> elements = new EnumMap<>(PaperField.class);
      final Map<PaperField, String> texts = new EnumMap<>(PaperField.class);
    }

    @Override
    protected Digest readNext() throws IOException {
      String header = pending != null ? pending : nextLine();
      pending = null;
      if (header == null) {
        return null;
      }
      beginsAt(lineNumber, 1);
      ProblemList problems = new ProblemList(sourceName());
      Digest.Builder digest = Digest.builder();
      if (header.startsWith("@ ")) {
        digest.date(DigestDates.parseIso(header.substring(2)));
      } else {
        problems.error(lineNumber, 1, "expected `@ YYYY-MM-DD`");
      }
      List<PaperLines> papers = new ArrayList<>();
      String line;
      while ((line = nextLine()) != null && !line.startsWith("@ ")) {
        int colon = line.indexOf(": ");
        if (line.startsWith("note: ")) {
          warn(lineNumber, 1, "notes are not kept");
          continue;
        }
        PaperField field = colon < 0 ? null : KEYS.get(line.substring(0, colon));
        if (field == null || (field != PaperField.TITLE && papers.isEmpty())) {
          problems.error(
              lineNumber, 1, "expected `key: value` after a title, found `" + line + "`");
          continue;
        }
        if (field == PaperField.TITLE) {
          recorder().recordPaper(papers.size(), lineNumber, 1);
          papers.add(new PaperLines());
        }
        read(
            papers.size() - 1,
            papers.get(papers.size() - 1),
            field,
            line.substring(colon + 2),
            colon + 3);
      }
      pending = line;
      problems.throwIfAny();
      return digest.addAllPapers(papers.stream().map(p -> p.builder.build()).toList()).build();
    }

    private void read(int index, PaperLines paper, PaperField field, String value, long column) {
      if (field.isList()) {
        int k = paper.elements.merge(field, 1, Integer::sum) - 1;
        recorder().recordElement(index, field, k, lineNumber, column);
      } else if (!paper.texts.containsKey(field)) {
        recorder().recordField(index, field, lineNumber, column);
      }
      switch (field) {
        case TITLE -> paper.builder.title(value);
        case AUTHORS -> {
          if (value.contains(", ")) {
            warn(lineNumber, column, "author-comma", "the author `" + value + "` holds `, `");
          }
          paper.builder.addAuthors(value);
        }
        case TAGS -> paper.builder.addTags(value);
        default -> {
          String text = paper.texts.merge(field, value, (before, next) -> before + "\n" + next);
          switch (field) {
            case ABSTRACT -> paper.builder.abstractText(text);
            case COMMENT -> paper.builder.comment(text);
            default -> paper.builder.translation(text);
          }
        }
      }
    }

    private String nextLine() throws IOException {
      String line = in.readLine();
      if (line != null) {
        lineNumber++;
      }
      return line;
    }

    @Override
    protected void closeInput() throws IOException {
      in.close();
    }
  }
}
