package dev.paperdigest.lint;

import static dev.paperdigest.lint.Linting.lint;
import static dev.paperdigest.lint.Linting.of;
import static dev.paperdigest.lint.Linting.rules;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule about one paper: an input as people write it that breaks the rule, and one that comes
 * close and stays clean. Inputs are in the text format where it can hold the case, else in JSON or
 * Markdown.
 */
class PaperRulesTest {

  /** A Markdown digest of one paper with its authors, {@code paragraphs} and one tag. */
  private static String markdown(String paragraphs) {
    return "# 2024-10-10\n\n## MoE Scaling Laws\n\n*Siqi Wang*\n\n"
        + paragraphs
        + "\n`#scaling-law`\n";
  }

  /** A JSON digest of one paper with its title and the keys {@code fields}, one per line. */
  private static String json(String fields) {
    return "{\"date\": \"2024-10-10\", \"papers\": [{\n  \"title\": \"MoE Scaling Laws\",\n"
        + fields
        + "}]}\n";
  }

  /**
   * Asserts that the text digest {@code text} has one finding, of {@code rule}, saying {@code
   * message}, at the first paper's {@code field} (its element {@code element}, unless -1) as the
   * text reader places it.
   */
  private static void assertOneFinding(
      String text, String rule, String message, PaperField field, int element) {
    List<Diagnostic> found = lint("a.txt", text);
    assertEquals(List.of(rule), rules(found));
    assertEquals(message, found.get(0).message());
    DigestLocations where = Locations.of(DigestFormats.load().require("text"), text);
    SourcePosition expected =
        element < 0 ? where.field(0, field) : where.element(0, field, element);
    assertEquals(expected, found.get(0).position());
  }

  // duplicate-author

  @Test
  void theSameAuthorTwiceIsFoundWhateverItsCaseAndSpacing() {
    String text =
        """
        2024년 10월 10일
        Pyramidal Flow Matching for Efficient Video Generative Modeling
        (Yang Jin, Kun Xu, Hao Jiang, kun  xu)
        Video generation requires modeling a vast spatiotemporal space.
        #video-generation
        """;
    assertOneFinding(
        text,
        "duplicate-author",
        "author 4 `kun  xu` repeats author 2; remove one, or silence duplicate-author for this"
            + " paper if two people share the name",
        PaperField.AUTHORS,
        3);
  }

  @Test
  void namesThatOnlyLookAlikeAreNotTheSameAuthor() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            Pyramidal Flow Matching for Efficient Video Generative Modeling
            (Kun Xu, Kun Xue, Xu Kun, K. Xu)
            Video generation requires modeling a vast spatiotemporal space.
            #video-generation
            """));
  }

  // comment-without-translation

  @Test
  void aCommentWithoutTranslationIsFound() {
    String text =
        """
        2024년 10월 10일
        MoE Scaling Laws
        (Siqi Wang)
        The scaling of large language models is a critical research area.
        MoE에 대한 Scaling Law. 최적 모델 규모에 대해서는 지수가 더 크네요.
        #scaling-law
        """;
    assertOneFinding(
        text,
        "comment-without-translation",
        "the comment has no translation; add the English translation after it",
        PaperField.COMMENT,
        -1);
  }

  @Test
  void aCommentWithItsTranslationIsClean() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            MoE Scaling Laws
            (Siqi Wang)
            MoE에 대한 Scaling Law. 최적 모델 규모에 대해서는 지수가 더 크네요.
            Scaling law for MoE. MoE models have a larger exponent.
            #scaling-law
            """));
  }

  // translation-without-comment: the text format cannot hold one, Markdown can

  @Test
  void aTranslationWithoutCommentIsFound() {
    List<Diagnostic> found =
        lint(
            "a.md",
            markdown(
                """
                **Translation:** Scaling law for MoE. MoE models have a larger exponent.
                """));

    assertEquals(List.of("translation-without-comment"), rules(found));
    assertEquals(
        "the translation has no comment to translate; add the Korean comment before it",
        found.get(0).message());
  }

  @Test
  void aTranslationAfterItsCommentIsClean() {
    assertEquals(
        List.of(),
        lint(
            "a.md",
            markdown(
                """
                **Comment:** MoE에 대한 Scaling Law.

                **Translation:** Scaling law for MoE.
                """)));
  }

  // translation-hangul: only JSON and Markdown can put Hangul in a translation

  @Test
  void hangulInTheTranslationIsFoundOnItsLine() {
    List<Diagnostic> found =
        lint(
            "a.json",
            json(
                """
                "authors": ["Siqi Wang"],
                "comment": "MoE에 대한 Scaling Law.",
                "translation": "Scaling law for MoE.\\n최적 모델 규모에 대해서는 지수가 더 크네요.",
                "tags": ["scaling-law"]
                """));

    assertEquals(List.of("translation-hangul"), rules(found));
    assertEquals(
        "line 2 of the translation holds Hangul, `최적 모델 규모에 대해서는 지수가 더 크네요.`; does it belong in"
            + " the comment?",
        found.get(0).message());
  }

  @Test
  void otherScriptsInTheTranslationAreClean() {
    assertEquals(
        List.of(),
        lint(
            "a.json",
            json(
                """
                "authors": ["Siqi Wang"],
                "comment": "MoE에 대한 Scaling Law.",
                "translation": "Scaling law for MoE (専門家混合), as in μP and η ∝ sqrt(T).",
                "tags": ["scaling-law"]
                """)));
  }

  // comment-without-hangul

  @Test
  void aCommentWithoutHangulIsFound() {
    List<Diagnostic> found =
        lint(
            "a.md",
            markdown(
                """
                **Comment:** Scaling law for MoE; the exponent is larger.

                **Translation:** Scaling law for MoE; the exponent is larger.
                """));

    assertEquals(List.of("comment-without-hangul"), rules(found));
  }

  @Test
  void aCommentInDecomposedHangulIsClean() {
    // 한국어 as conjoining jamo, as macOS often saves it.
    String nfd = "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165";
    assertEquals(
        List.of(),
        lint(
            "a.json",
            json(
                """
                "authors": ["Siqi Wang"],
                "comment": "MoE %s.",
                "translation": "MoE in Korean.",
                "tags": ["scaling-law"]
                """
                    .formatted(nfd))));
  }

  // no-authors

  @Test
  void anEmptyAuthorsListIsFound() {
    String text =
        """
        2024년 10월 10일
        TxT360: A Top-Quality LLM Pre-training Dataset Requires the Perfect Blend
        ()
        #corpus
        """;
    assertOneFinding(text, "no-authors", "the paper lists no authors", PaperField.AUTHORS, -1);
  }

  @Test
  void oneAuthorIsEnough() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            TxT360: A Top-Quality LLM Pre-training Dataset Requires the Perfect Blend
            (Liping Tang)
            #corpus
            """));
  }

  // abstract-unfinished

  @Test
  void anAbstractCutOffMidSentenceIsFound() {
    String text =
        """
        2024년 10월 10일
        Time Transfer: On Optimal Learning Rate and Batch Size In The Infinite Data Limit
        (Oleg Filatov, Jan Ebert)
        One of the main challenges in optimal scaling of large language models (LLMs) is the
        prohibitive cost of hyperparameter tuning, particularly learning rate η and batch size
        #hyperparameter
        """;
    assertOneFinding(
        text,
        "abstract-unfinished",
        "the abstract stops mid-sentence, at `…learning rate η and batch size`; was"
            + " the rest lost when pasting?",
        PaperField.ABSTRACT,
        -1);
  }

  @Test
  void abstractsEndingAsRealAbstractsDoAreClean() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            A Full Stop on a Line of Its Own
            (Yang Jin)
            All code and models will be open-sourced at
            https://pyramid-flow.github.io
            .
            #a
            A Link Without Full Stop
            (Yang Jin)
            Code and models are available at https://github.com/EIT-NLP/AccuracyParadox-RLHF
            #a
            A Host Name Without Scheme
            (Yang Jin)
            Project page: pyramid-flow.github.io/demo
            #a
            A Question and an Exclamation
            (Yang Jin)
            Does it scale? It does!
            #a
            A Closing Bracket and a Quote
            (Yang Jin)
            We term this "task superposition" (see Appendix A)
            We call it "LLMs as superposition of simulators."
            #a
            An Ellipsis
            (Yang Jin)
            And so on…
            #a
            """));
  }

  // line-whitespace

  @Test
  void whitespaceAtEitherEndOfAnyLineIsFoundLineByLine() {
    String text =
        "2024년 10월 10일\n"
            + "Round and Round We Go!\n"
            + "( Federico Barbero, Petar Veličković)\n"
            + "Positional Encodings are a critical component.\n"
            + "RoPE is useful. \n"
            + "RoPE에서 고주파수 차원들은 위치 기반 Attention에 사용된다는 발견.\t\n"
            + "The study found that high-frequency dimensions serve positional attention.\n"
            + "#positional-encoding\n";
    List<Diagnostic> found = lint("a.txt", text);

    assertEquals(List.of("line-whitespace", "line-whitespace", "line-whitespace"), rules(found));
    assertEquals(
        List.of(
            "author 1 ` Federico Barbero` begins with whitespace (U+0020)",
            "line 2 of the abstract ends with whitespace (U+0020)",
            "the comment ends with whitespace (U+0009)"),
        found.stream().map(Diagnostic::message).toList());
  }

  @Test
  void whitespaceInsideLinesAndEmptyLinesAreClean() {
    assertEquals(
        List.of(),
        lint(
            "a.json",
            json(
                """
                "authors": ["Federico  Barbero"],
                "abstract": "Positional Encodings\\u00a0(PEs) are critical.\\n\\nSecond paragraph.",
                "tags": ["positional-encoding"]
                """)));
  }

  @Test
  void aLineOfOnlyWhitespaceIsFound() {
    List<Diagnostic> found =
        lint(
            "a.json",
            json(
                """
                "authors": ["Federico Barbero"],
                "abstract": "Positional Encodings are critical.\\n\\u3000\\nSecond paragraph.",
                "tags": ["positional-encoding"]
                """));

    assertEquals(
        List.of("line 2 of the abstract holds only whitespace"),
        of("line-whitespace", found).stream().map(Diagnostic::message).toList());
  }

  // title-full-stop

  @Test
  void aTitleEndingWithAFullStopIsFound() {
    String text =
        """
        2024년 10월 10일
        Scaling Laws Across Model Architectures.
        (Siqi Wang)
        #scaling-law
        """;
    assertOneFinding(
        text,
        "title-full-stop",
        "the title ends with a full stop; paper titles have none",
        PaperField.TITLE,
        -1);
  }

  @Test
  void ellipsesAndAbbreviationsAreNotFullStops() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            Round and Round We Go! What makes Rotary Positional Encodings useful?
            (Siqi Wang)
            #a
            Attention, Transformers, Diffusion, etc.
            (Siqi Wang)
            #a
            Scaling Laws Revisited: Hoffmann et al.
            (Siqi Wang)
            #a
            Language Models Trained on Court Rulings in the U.S.
            (Siqi Wang)
            #a
            Wait for It...
            (Siqi Wang)
            #a
            """));
  }

  // author-comma: only JSON and Markdown can hold such a name

  @Test
  void anAuthorNameHoldingACommaAndSpaceIsFoundOnce() {
    List<Diagnostic> found =
        lint(
            "a.json",
            json(
                """
                "authors": ["Siqi Wang, Zhengyu Chen", "Bei Li"],
                "tags": ["moe"]
                """));

    assertEquals(List.of("author-comma"), rules(found));
  }

  @Test
  void aCommaWithoutSpaceIsPartOfAName() {
    assertEquals(
        List.of(),
        lint(
            "a.json",
            json(
                """
                "authors": ["Wang,Siqi", "Martin Luther King Jr."],
                "tags": ["moe"]
                """)));
  }

  // tag-hash

  @Test
  void aTagThatKeepsItsHashIsFoundOnce() {
    List<Diagnostic> found =
        lint(
            "a.json",
            json(
                """
                "authors": ["Federico Barbero"],
                "tags": ["#rope", "positional-encoding"]
                """));

    assertEquals(List.of("tag-hash"), rules(found));
  }

  @Test
  void aHashInsideATagIsClean() {
    assertEquals(
        List.of(),
        lint(
            "a.txt",
            """
            2024년 10월 10일
            Round and Round We Go!
            (Federico Barbero)
            #c# #f#-lang
            """));
  }
}
