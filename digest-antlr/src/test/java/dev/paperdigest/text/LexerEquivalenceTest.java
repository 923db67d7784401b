package dev.paperdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  @Test
  void agreeOnTheSample() throws Exception {
    assertSameTokens(Files.readAllBytes(SampleTest.SAMPLE), 4096);
  }

  @Test
  void agreeOnLinesAtTheEdgesOfEveryClass() {
    qt().withExamples(400).forAll(LineSoup.documents(), SourceDSL.integers().between(1, 9))
        .checkAssert(LexerEquivalenceTest::assertSameTokens);
  }

  @Test
  void agreeOnNoisyAndDamagedDigests() {
    Gen<byte[]> noisy = DigestGenerators.archives(DigestGenerators.textDigests())
        .zip(SourceDSL.longs().all(), NoisyText::of)
        .map(text -> text.getBytes(StandardCharsets.UTF_8));
    Gen<byte[]> documents = noisy.mix(noisy.flatMap(DocumentMutations::of), 50);
    qt().withExamples(200).forAll(documents, SourceDSL.integers().between(1, 4096))
        .checkAssert(LexerEquivalenceTest::assertSameTokens);
  }

  @Test
  void agreeOnLinesLongerThanTheReadBuffer() {
    String longLine = "x한".repeat(150_000);
    byte[] document = ("\uFEFF2024년 1월 1일\r\n" + longLine + "\r" + longLine + "\n\n#t\r\n")
        .getBytes(StandardCharsets.UTF_8);
    assertSameTokens(document, 70_000);
    assertSameTokens(document, 3);
  }

  /** Compares the two token sources, feeding the hand-written one at most {@code chunk} bytes per read. */
  private static void assertSameTokens(byte[] document, int chunk) {
    String generated = describe(GeneratedPipeline.tokens(GeneratedPipeline.lexer(document)));
    String handWritten = describe(GeneratedPipeline.tokens(new LineTokenSource(trickle(document, chunk), "x")));
    assertEquals(generated, handWritten);
  }

  private static String describe(List<Token> tokens) {
    return tokens.stream()
        .map(t -> DigestLexer.VOCABULARY.getSymbolicName(t.getType()) + "@" + t.getLine() + " " + t.getText())
        .collect(Collectors.joining("\n"));
  }

  /** A stream that hands out at most {@code chunk} bytes per read, to reach every buffer boundary. */
  private static InputStream trickle(byte[] document, int chunk) {
    return new ByteArrayInputStream(document) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }
}
