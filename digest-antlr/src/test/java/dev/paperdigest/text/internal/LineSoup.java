package dev.paperdigest.text.internal;

import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.testkit.DocumentMutations;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Documents made of lines that sit on the edges of the line classes: almost-dates, dates spelled
 * with decomposed Hangul, dates glued to the end of a line, almost-tags, half parentheses, the
 * first and last code point of every Hangul block and their neighbours, every kind of whitespace,
 * byte-order marks, mixed line ends, and bytes that are not UTF-8.
 */
public final class LineSoup {
  private static final List<String> EDGE_LINES =
      List.of(
          "2024년 10월 10일",
          "2024년 9월 5일",
          "2024년 09월 05일",
          "2024년 2월 30일",
          "0000년 0월 0일",
          "2024년 10월 10일 ",
          " 2024년 10월 10일",
          "2024년  10월 10일",
          "12024년 1월 1일",
          "2024년 123월 1일",
          "2024년 1월 1일x",
          "２０２４년 1월 1일",
          "2024년 1월 1",
          "2024년 1월 1일일",
          "2024\u1102\u1167\u11AB 10\u110B\u116F\u11AF 10\u110B\u1175\u11AF",
          "2024\uB140\u11AB 1\uC6CC\u11AF 1\uC774\u11AF",
          "2024년 1\u110B\u116F\u11AF 1일",
          "2024년 1월 1\u110B\u1175",
          "2024\u1102\u1167 1월 1일",
          "#tag2024년 10월 11일",
          "x2024년 1월 1일",
          "x 2024년 1월 1일",
          "\u00A02024년 1월 1일",
          "x2024년 1월 1일2024년 1월 2일",
          "(a)2024년 1월 1일",
          "한2024\u1102\u1167\u11AB 1월 1일",
          "\uD83D\uDE002024년 1월 1일",
          "\uFFFD2024년 1월 1일",
          "#a",
          "#a #b",
          "  #a\t#b  ",
          "#",
          "# a",
          "#a #",
          "#1 takeaway: it works",
          "##x",
          "#한글 #b",
          "#a\u3000#b",
          "\u0085#a",
          "#a\u2028",
          "#a\u200B#b",
          "#\uD83D\uDE00",
          "()",
          "(",
          ")",
          "(a)",
          "(a, b)",
          "(가)",
          "(a) b",
          " (a)",
          "(a)(b)",
          "(,)",
          "(, )",
          "( )",
          "(a, , b)",
          "(\u1100)",
          "((한))",
          "\u1100",
          "\u11FF",
          "\u10FF",
          "\u1200",
          "\u3130",
          "\u318F",
          "\u312F",
          "\u3190",
          "\uA960",
          "\uA97F",
          "\uA95F",
          "\uA980",
          "\uAC00",
          "\uD7A3",
          "\uD7AF",
          "\uD7B0",
          "\uD7FF",
          "\uFFA0",
          "\uFFDC",
          "\uFF9F",
          "\uFFDD",
          "x \u1112\u1161\u11AB y",
          "",
          " ",
          "\t",
          "\u3000",
          "\u000B",
          "\u000C",
          "\u0085",
          "\u2028 \u2029",
          "\u200B",
          "\uFEFF",
          "\u0000",
          "Title",
          "an abstract line",
          "\uD83D\uDE00",
          "\uFFFD",
          "한국어 코멘트",
          "English.");

  private LineSoup() {}

  /**
   * Lines from the edges and from the shared generators, with any line ends, then maybe damaged.
   */
  public static Gen<byte[]> documents() {
    Gen<String> line = Generate.pick(EDGE_LINES).mix(DigestGenerators.lines(), 25);
    Gen<String> lineEnd = Generate.pick(List.of("\n", "\r\n", "\r"));
    Gen<List<String>> lines =
        SourceDSL.lists().of(line.zip(lineEnd, String::concat)).ofSizeBetween(0, 25);
    Gen<String> start =
        Generate.pick(List.of("", "\uFEFF", "2024년 1월 1일\n", "\uFEFF2024년 1월 1일\r\n"));
    Gen<byte[]> documents =
        start.zip(lines, (s, l) -> (s + String.join("", l)).getBytes(StandardCharsets.UTF_8));
    return documents.mix(documents.flatMap(DocumentMutations::of), 50);
  }

  /**
   * The lines of a document as a reader sees them: decoded with U+FFFD for bad bytes, split at
   * every line end; the byte-order mark at the start is dropped.
   */
  public static List<String> decodedLines(byte[] document) {
    int start =
        document.length >= 3
                && document[0] == (byte) 0xEF
                && document[1] == (byte) 0xBB
                && document[2] == (byte) 0xBF
            ? 3
            : 0;
    String text = new String(document, start, document.length - start, StandardCharsets.UTF_8);
    return Arrays.asList(text.split("\r\n|\r|\n", -1));
  }
}
