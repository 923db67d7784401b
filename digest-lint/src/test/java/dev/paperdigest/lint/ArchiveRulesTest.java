package dev.paperdigest.lint;

import static dev.paperdigest.lint.Linting.input;
import static dev.paperdigest.lint.Linting.lint;
import static dev.paperdigest.lint.Linting.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.Diagnostic;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules that compare digests across an archive, one file or several: an archive that breaks
 * each, and one that comes close and stays clean.
 */
class ArchiveRulesTest {
  private static final DigestLinter LINTER = Linting.linter().build();

  /** A digest of one paper with {@code tags}, dated {@code day} of October 2024. */
  private static String digest(int day, String title, String tags) {
    return """
    2024년 10월 %d일
    %s
    (Kim Minji)
    %s
    """
        .formatted(day, title, tags);
  }

  // tag-spelling

  /** A digest of one paper in {@link KeyedLinesFormat}, which places every tag exactly. */
  private static String keyed(int day, String title, String... tags) {
    StringBuilder digest =
        new StringBuilder("@ 2024-10-%02d\ntitle: %s\nauthor: Kim Minji\n".formatted(day, title));
    for (String tag : tags) {
      digest.append("tag: ").append(tag).append('\n');
    }
    return digest.toString();
  }

  @Test
  void aTagInAnotherCaseOrSpellingIsFoundWhereverItIs() {
    List<Diagnostic> found =
        lint(
            LINTER,
            input("10.keyed", keyed(10, "Paper A", "llm", "in-context-learning")),
            input(
                "11.keyed",
                keyed(11, "Paper B", "LLM", "incontext-learning", "positional-encoding")),
            input("12.keyed", keyed(12, "Paper C", "positional-encodings", "in_context_learning")));

    assertEquals(
        List.of(
            "11.keyed:4:6: warning: the tag `#LLM` is spelled `#llm` at 10.keyed:4:6; use one"
                + " spelling [tag-spelling]",
            "11.keyed:5:6: warning: the tag `#incontext-learning` is spelled"
                + " `#in-context-learning` at 10.keyed:5:6; use one spelling [tag-spelling]",
            "12.keyed:4:6: warning: the tag `#positional-encodings` is spelled"
                + " `#positional-encoding` at 11.keyed:6:6; use one spelling [tag-spelling]",
            "12.keyed:5:6: warning: the tag `#in_context_learning` is spelled"
                + " `#in-context-learning` at 10.keyed:5:6; use one spelling [tag-spelling]"),
        found.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void tagsAsPeopleTypeThemInTextAreComparedToo() {
    assertEquals(
        List.of("tag-spelling"),
        rules(lint("archive.txt", digest(10, "Paper A", "#llm") + digest(11, "Paper B", "#LLM"))));
  }

  @Test
  void tagsThatDifferInMeaningAreNotSpellings() {
    assertEquals(
        List.of(),
        lint(
            LINTER,
            input("a.txt", digest(10, "Paper A", "#llama2 #multimodal-llm #stable-diffusion #llm")),
            input(
                "b.txt",
                digest(11, "Paper B", "#llama3 #multimodal-vlm #stable-diffusion-2 #llms #vlm"))));
  }

  // date-order

  @Test
  void aDateEarlierThanTheOneBeforeItIsFound() {
    List<Diagnostic> found =
        lint(
            LINTER,
            input("2024-10-11.txt", digest(11, "Paper A", "#a")),
            input("2024-10-10.txt", digest(10, "Paper B", "#a")));

    assertEquals(List.of("date-order"), rules(found));
    assertEquals(
        "2024-10-10.txt:1:1: warning: 2024-10-10 comes after 2024-10-11 (2024-10-11.txt:1:1); keep"
            + " the archive in date order [date-order]",
        found.get(0).toString());
  }

  @Test
  void datesWithGapsInAscendingOrderAreClean() {
    assertEquals(
        List.of(),
        lint(
            "archive.txt",
            digest(1, "Paper A", "#a")
                + digest(10, "Paper B", "#a")
                + digest(31, "Paper C", "#a")));
  }

  // duplicate-date

  @Test
  void theSameDateTwiceIsFound() {
    List<Diagnostic> found =
        lint("archive.txt", digest(10, "Paper A", "#a") + digest(10, "Paper B", "#a"));

    assertEquals(List.of("duplicate-date"), rules(found));
    assertEquals(
        "archive.txt:5:1: warning: there is already a digest of 2024-10-10 at archive.txt:1:1;"
            + " merge the two [duplicate-date]",
        found.get(0).toString());
  }

  @Test
  void neighbouringDatesAreClean() {
    assertEquals(
        List.of(), lint("archive.txt", digest(10, "Paper A", "#a") + digest(11, "Paper B", "#a")));
  }

  // duplicate-paper

  @Test
  void theSamePaperInTwoDigestsIsFoundWhateverItsCaseAndSpacing() {
    List<Diagnostic> found =
        lint(
            LINTER,
            input("10.keyed", keyed(10, "Round and Round We Go!", "rope")),
            input("11.keyed", keyed(11, "round and  round WE GO!", "rope")));

    assertEquals(
        List.of(
            "11.keyed:2:1: warning: the paper `round and  round WE GO!` is already in the digest"
                + " of 2024-10-10 at 10.keyed:2:1 [duplicate-paper]"),
        found.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void theSamePaperTwiceInOneTextDigestIsFound() {
    assertEquals(
        List.of("duplicate-paper"),
        rules(
            lint(
                "a.txt",
                """
                2024년 10월 10일
                Round and Round We Go!
                (Kim Minji)
                #rope
                Round and round we go!
                (Kim Minji)
                #rope
                """)));
  }

  @Test
  void titlesThatDifferInAWordAreDifferentPapers() {
    assertEquals(
        List.of(),
        lint(
            "archive.txt",
            digest(10, "Round and Round We Go!", "#rope")
                + digest(11, "Round and Round We Go Again!", "#rope")));
  }

  // future-date

  @Test
  void aDateThatHasNotBegunAnywhereIsInTheFuture() {
    // 1 December 2024, 00:00 UTC: 14:00 on 1 December in Kiribati, the earliest zone.
    List<Diagnostic> found =
        lint(LINTER, input("a.md", "# 2024-12-02\n\n## Paper A\n\n*Kim Minji*\n\n`#a`\n"));

    assertEquals(List.of("future-date"), rules(found));
    assertEquals(
        "the digest is dated 2024-12-02, a day that has not begun anywhere yet (today is"
            + " 2024-12-01 at the latest); is the date right?",
        found.get(0).message());
  }

  @Test
  void todayAnywhereOnEarthIsNotTheFuture() {
    // 1 December 2024, 10:00 UTC: already 2 December in Kiribati and in no zone later.
    DigestLinter linter =
        Linting.linter()
            .clock(Clock.fixed(Instant.parse("2024-12-01T10:00:00Z"), ZoneOffset.UTC))
            .build();
    assertEquals(
        List.of(),
        lint(linter, input("a.md", "# 2024-12-02\n\n## Paper A\n\n*Kim Minji*\n\n`#a`\n")));
  }

  // empty-digest

  @Test
  void aDigestWithNoPapersIsFound() {
    List<Diagnostic> found = lint("archive.txt", "2024년 10월 10일\n" + digest(11, "Paper A", "#a"));

    assertEquals(
        List.of("archive.txt:1:1: warning: the digest of 2024-10-10 has no papers [empty-digest]"),
        found.stream().map(Diagnostic::toString).toList());
  }

  @Test
  void aDigestWithOnePaperIsNotEmpty() {
    assertEquals(List.of(), lint("a.txt", digest(10, "Paper A", "#a")));
  }

  // empty-input

  @Test
  void anInputWithoutDigestsIsFound() {
    assertEquals(
        List.of(
            "empty.txt:1:1: warning: the input holds no digest; is it empty, or the wrong file?"
                + " [empty-input]",
            "blank.jsonl:1:1: warning: the input holds no digest; is it empty, or the wrong file?"
                + " [empty-input]"),
        lint(LINTER, input("empty.txt", ""), input("blank.jsonl", "\n\n")).stream()
            .map(Diagnostic::toString)
            .toList());
  }

  @Test
  void anInputWithADigestIsNotEmpty() {
    assertEquals(
        List.of(),
        lint(
            "a.jsonl",
            "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"A\",\"authors\":[\"Kim\"],\"tags\":[\"a\"]}]}\n"));
  }
}
