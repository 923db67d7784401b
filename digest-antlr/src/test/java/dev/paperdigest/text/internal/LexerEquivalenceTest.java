package dev.paperdigest.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import dev.paperdigest.testkit.TextDocuments;
import dev.paperdigest.text.TextFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The hand-written {@link LineTokenSource} the reader uses produces exactly the tokens of the
 * generated {@code DigestLexer} (type, line and text of each, end of input included), so the
 * grammar means the same whichever feeds it.
 */
class LexerEquivalenceTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");

  @Test
  void agreeOnTheSample() throws Exception {
    assertSameTokens(Files.readAllBytes(SAMPLE), 4096);
  }

  @Test
  void theGeneratedLexerAndTheWholeFileGrammarAcceptTheSample() throws Exception {
    DigestParser parser = GeneratedPipeline.parser(Files.readAllBytes(SAMPLE));
    DigestParser.ArchiveContext archive = parser.archive();
    assertEquals(0, parser.getNumberOfSyntaxErrors());
    assertEquals(1, archive.digest().size());
    assertEquals(8, archive.digest(0).entry().size());
  }

  @Test
  void agreeOnLinesAtTheEdgesOfEveryClass() {
    qt().withExamples(400)
        .forAll(LineSoup.documents(), SourceDSL.integers().between(1, 9))
        .checkAssert(LexerEquivalenceTest::assertSameTokens);
  }

  @Test
  void agreeOnNoisyAndDamagedDigests() {
    Gen<byte[]> noisy =
        DigestGenerators.archives(DigestGenerators.textDigests())
            .zip(SourceDSL.longs().all(), TextDocuments::noisy)
            .map(text -> text.getBytes(StandardCharsets.UTF_8));
    Gen<byte[]> documents = noisy.mix(noisy.flatMap(DocumentMutations::of), 50);
    qt().withExamples(200)
        .forAll(documents, SourceDSL.integers().between(1, 4096))
        .checkAssert(LexerEquivalenceTest::assertSameTokens);
  }

  @Test
  void agreeOnLinesLongerThanTheReadBuffer() {
    String longLine = "x한".repeat(150_000);
    byte[] document =
        ("\uFEFF2024년 1월 1일\r\n" + longLine + "\r" + longLine + "\n\n#t\r\n")
            .getBytes(StandardCharsets.UTF_8);
    assertSameTokens(document, 70_000);
    assertSameTokens(document, 3);
  }

  /** Runs of empty lines are counted eight at a time; a {@code \r} before them still pairs. */
  @Test
  void agreeOnRunsOfEmptyLines() {
    for (int run = 0; run <= 20; run++) {
      for (String before : List.of("", "a", "a\r", "\r", "a\r\n")) {
        String lineFeeds = "\n".repeat(run);
        byte[] document =
            (before + lineFeeds + "b\r" + lineFeeds + "c" + "\r\n".repeat(run) + "d")
                .getBytes(StandardCharsets.UTF_8);
        for (int chunk : new int[] {1, 3, 7, 8, 9, 4096}) {
          assertSameTokens(document, chunk);
        }
      }
    }
  }

  /**
   * Lines are scanned eight bytes at a time: a line end, a byte that is not ASCII and a byte that
   * is not UTF-8 are found at every offset within a word and with every alignment of the line, and
   * a bad byte is reported at its own column.
   */
  @Test
  void agreeWhereverLineEndsAndOtherBytesFallInAWord() {
    byte[][] odd = {"한".getBytes(StandardCharsets.UTF_8), {(byte) 0xFF}};
    for (int alignment = 0; alignment < Long.BYTES; alignment++) {
      for (int length = 1; length <= 18; length++) {
        for (int at = 0; at < length; at++) {
          for (byte[] bytes : odd) {
            for (String lineEnd : List.of("\n", "\r\n", "\r")) {
              ByteArrayOutputStream document = new ByteArrayOutputStream();
              document.writeBytes(
                  ("a".repeat(1 + alignment) + "\n" + "b".repeat(at))
                      .getBytes(StandardCharsets.UTF_8));
              document.writeBytes(bytes);
              document.writeBytes(
                  ("c".repeat(length - at - 1) + lineEnd + "#t").getBytes(StandardCharsets.UTF_8));
              assertSameTokens(document.toByteArray(), 4096);
              assertSameTokens(document.toByteArray(), 5);
              assertEncodingProblemAt(document.toByteArray(), bytes.length == 1 ? at + 1 : 0);
            }
          }
        }
      }
    }
  }

  /**
   * The second line has a bad byte at {@code column}, or none when it is 0; the others have none.
   */
  private static void assertEncodingProblemAt(byte[] document, int column) {
    LineTokenSource source = tokenSource(new ByteArrayInputStream(document));
    for (int line = 1; line <= 3; line++) {
      LineToken token = source.nextToken();
      LineProblem problem = token.problem();
      if (line == 2 && column > 0) {
        assertEquals(
            new LineProblem(
                column,
                "invalid UTF-8: byte 0xFF does not begin any character; save the file as UTF-8"),
            problem,
            token.getText());
      } else {
        assertNull(problem, token.getText());
      }
    }
  }

  /**
   * Lines are left undecoded only when their first and last bytes show that they are neither blank
   * nor date lines; {@link #assertSameTokens} checks every line of the soup both ways.
   */
  @Test
  void onlyLinesThatCannotBeBlankOrDatesAreLeftUndecoded() {
    for (String line :
        List.of(
            "\u00A0x",
            "\u3000x",
            "\u2028x",
            "\u1680x",
            "\u0085x",
            " x",
            "\tx",
            "\u000Bx",
            "2024년 1월 1일",
            "x2024년 1월 1일",
            "2024\u1102\u1167\u11AB 1\u110B\u116F\u11AF " + "1\u110B\u1175\u11AF",
            "2024년 1월 1\uC774\u11AF")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertFalse(LineClassifier.isContentLine(bytes, 0, bytes.length), line);
    }
    for (String line : List.of("Title", "한국어 코멘트", "(a)", "#tag", "\uFFFD", "x", "일x")) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertTrue(LineClassifier.isContentLine(bytes, 0, bytes.length), line);
    }
    byte[] notUtf8 = {(byte) 0xFF, 'x'};
    assertTrue(LineClassifier.isContentLine(notUtf8, 0, notUtf8.length));
  }

  /**
   * Compares the token sources, feeding the hand-written one at most {@code chunk} bytes per read,
   * with every line decoded where it is read and with content lines decoded where they are used.
   */
  private static void assertSameTokens(byte[] document, int chunk) {
    String generated = describe(GeneratedPipeline.tokens(GeneratedPipeline.lexer(document)));
    for (boolean decodeLater : new boolean[] {false, true}) {
      String handWritten =
          describe(GeneratedPipeline.tokens(tokenSource(trickle(document, chunk), decodeLater)));
      assertEquals(generated, handWritten, "decodeLater " + decodeLater);
    }
  }

  private static LineTokenSource tokenSource(InputStream in) {
    return tokenSource(in, false);
  }

  private static LineTokenSource tokenSource(InputStream in, boolean decodeLater) {
    return new LineTokenSource(
        new LineSplitter(in, TextFormat.DEFAULT_MAX_LINE_BYTES), "x", decodeLater);
  }

  private static String describe(List<Token> tokens) {
    return tokens.stream()
        .map(
            t ->
                DigestLexer.VOCABULARY.getSymbolicName(t.getType())
                    + "@"
                    + t.getLine()
                    + " "
                    + t.getText())
        .collect(Collectors.joining("\n"));
  }

  /**
   * A stream that hands out at most {@code chunk} bytes per read, to reach every buffer boundary.
   */
  private static InputStream trickle(byte[] document, int chunk) {
    return new ByteArrayInputStream(document) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
