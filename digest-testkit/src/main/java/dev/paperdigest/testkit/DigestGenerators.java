package dev.paperdigest.testkit;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnicodeText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of digests for property tests.
 *
 * <p>{@link #digests()} covers everything the model accepts; {@link #textDigests()} only what the
 * plain-text format can also express, for round trips through it; {@link #suspectDigests()} what a
 * reader should warn about. The text in all is adversarial: code points from all 17 planes, Hangul
 * precomposed, decomposed (NFD) and half decomposed, Markdown, HTML and LaTeX metacharacters, lines
 * that begin like list items, headings, rules, dates (in any spelling) or tags, dates glued to the
 * end of text, no-break and ideographic spaces, leading and trailing spaces, and now and then a
 * value of thousands of characters.
 *
 * <pre>{@code
 * qt().withExamples(200)
 *     .forAll(DigestGenerators.archives(DigestGenerators.textDigests()))
 *     .checkAssert(archive -> assertEquals(archive, text.readAll(text.writeAll(archive))));
 * }</pre>
 */
public final class DigestGenerators {
  private DigestGenerators() {}

  private static final LocalDate SHRINK_DATE = LocalDate.of(2024, 10, 10);

  /**
   * Dates from 0001-01-01 to 9999-12-31, shrinking towards 2024-10-10.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return Generate.longRange(
            LocalDate.of(1, 1, 1).toEpochDay(),
            LocalDate.of(9999, 12, 31).toEpochDay(),
            SHRINK_DATE.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /**
   * A single adversarial line: never a line break, possibly blank.
   *
   * @return the generator
   */
  public static Gen<String> lines() {
    return TextPieces.line();
  }

  /**
   * Adversarial multi-line text, 1 to 4 lines joined by {@code \n}; lines may be empty.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return TextPieces.text();
  }

  /**
   * Any paper the model accepts.
   *
   * @return the generator
   */
  public static Gen<Paper> papers() {
    Gen<String> title = lines().map(l -> UnicodeText.isBlank(l) ? "T" + l : l);
    Gen<List<String>> authors =
        SourceDSL.lists()
            .of(lines().map(l -> UnicodeText.isBlank(l) ? "A" + l : l))
            .ofSizeBetween(0, 5);
    Gen<List<String>> tags = SourceDSL.lists().of(tag()).ofSizeBetween(0, 4);
    Gen<Optional<String>> optionalText = texts().toOptionals(30);
    return title
        .zip(
            authors,
            optionalText,
            optionalText,
            (t, a, abs, com) -> Paper.builder().title(t).authors(a).abstractText(abs).comment(com))
        .zip(
            optionalText,
            tags,
            (builder, translation, tagList) ->
                builder.translation(translation).tags(tagList).build());
  }

  /**
   * Papers the plain-text format can express.
   *
   * @return the generator
   */
  public static Gen<Paper> textPapers() {
    Gen<String> title = lines().map(TextShape::title);
    Gen<List<String>> authors =
        SourceDSL.lists()
            .of(lines().map(l -> TextShape.author(UnicodeText.isBlank(l) ? "A" + l : l)))
            .ofSizeBetween(0, 5);
    Gen<List<String>> tags = SourceDSL.lists().of(tag()).ofSizeBetween(1, 4);
    Gen<Optional<String>> abstractText = texts().map(TextShape::plainText).toOptionals(30);
    // A translation needs a comment before it: without one it would read as abstract.
    Gen<Optional<String>> comment = texts().map(TextShape::comment).toOptionals(30);
    Gen<Optional<String>> translation = texts().map(TextShape::plainText).toOptionals(30);
    Gen<List<Optional<String>>> remarks =
        comment.zip(
            translation, (c, tr) -> List.of(c, c.isPresent() ? tr : Optional.<String>empty()));
    return title
        .zip(
            authors,
            abstractText,
            remarks,
            (t, a, abs, r) ->
                Paper.builder()
                    .title(t)
                    .authors(a)
                    .abstractText(abs)
                    .comment(r.get(0))
                    .translation(r.get(1)))
        .zip(tags, (builder, tagList) -> builder.tags(tagList).build());
  }

  /**
   * Any digest the model accepts: 0 to 4 papers.
   *
   * @return the generator
   */
  public static Gen<Digest> digests() {
    return digestsOf(papers());
  }

  /**
   * Digests the plain-text format can express.
   *
   * @return the generator
   */
  public static Gen<Digest> textDigests() {
    return digestsOf(textPapers());
  }

  /**
   * Archives of 0 to 4 digests drawn from {@code digests}.
   *
   * @param digests the digests to draw from
   * @return the generator
   */
  public static Gen<List<Digest>> archives(Gen<Digest> digests) {
    return SourceDSL.lists().of(digests).ofSizeBetween(0, 4);
  }

  /**
   * Papers the model accepts but that a reader should warn about, as almost certainly not what
   * their writer meant: each has an author whose name holds {@code ", "} (the text format, and a
   * person, would read two names), a tag that starts with {@code #} (someone wrote the tag as
   * {@code #rope} where the format adds the {@code #} itself), or both. The other fields are as
   * {@link #papers()} makes them.
   *
   * @return the generator
   */
  public static Gen<Paper> suspectPapers() {
    Gen<String> author =
        lines()
            .map(l -> UnicodeText.isBlank(l) ? "A" + l : l)
            .zip(Generate.pick(List.of("Jr.", "Kim", "et al.", "B")), (l, s) -> l + ", " + s);
    Gen<String> tag = tag().map(t -> "#" + t);
    return papers()
        .zip(
            Generate.pick(List.of(Suspect.AUTHOR, Suspect.TAG, Suspect.BOTH)),
            author,
            tag,
            (paper, suspect, a, t) -> {
              Paper.Builder builder = Paper.builder().from(paper);
              if (suspect != Suspect.TAG) {
                builder.addAuthors(a);
              }
              if (suspect != Suspect.AUTHOR) {
                builder.addTags(t);
              }
              return builder.build();
            });
  }

  /**
   * Digests that hold at least one of the {@link #suspectPapers()}, among papers of {@link
   * #papers()}.
   *
   * @return the generator
   */
  public static Gen<Digest> suspectDigests() {
    return digests()
        .zip(
            suspectPapers(),
            Generate.range(0, 4),
            (digest, suspect, at) -> {
              List<Paper> papers = new ArrayList<>(digest.papers());
              papers.add(Math.min(at, papers.size()), suspect);
              return digest.withPapers(papers);
            });
  }

  /** What a suspect paper has. */
  private enum Suspect {
    AUTHOR,
    TAG,
    BOTH
  }

  /**
   * A tag: adversarial, never empty, never holding whitespace.
   *
   * @return the generator
   */
  public static Gen<String> tags() {
    return tag();
  }

  private static Gen<String> tag() {
    return lines()
        .map(
            l -> {
              String tag = TextPieces.without(l, UnicodeText::isWhitespace);
              return tag.isEmpty() ? "t" : tag;
            });
  }

  private static Gen<Digest> digestsOf(Gen<Paper> papers) {
    return dates()
        .zip(
            SourceDSL.lists().of(papers).ofSizeBetween(0, 4),
            (date, list) -> Digest.builder().date(date).papers(list).build());
  }
}
