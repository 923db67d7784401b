package dev.paperdigest.testkit;

import static org.quicktheories.api.Pair.of;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The fragments adversarial lines are made of. Each generator shrinks towards its first, plainest
 * value, so that a failing line shrinks to something a person can read.
 */
final class TextPieces {
  private TextPieces() {}

  private static final List<String> WORDS =
      List.of("a", "Model", "LLM", "scaling", "x", "The", "of", "RoPE", "μP", "Veličković");

  /** Characters Markdown, HTML, LaTeX or the text format give a meaning to. */
  private static final List<String> METACHARACTERS =
      List.of(
          "\\", "*", "_", "[", "]", "(", ")", "<", ">", "&", "#", "|", "!", "~", "`", "$", "{", "}",
          "^", "%", "+", "-", "=", ":", ".", ",", ", ", "\"", "'", "@");

  /** Text that means something at the start of a Markdown line or of a digest line. */
  private static final List<String> LINE_STARTS =
      List.of(
          "1. ",
          "1) ",
          "- ",
          "+ ",
          "* ",
          "> ",
          "# ",
          "## ",
          "#",
          "---",
          "===",
          "***",
          "___",
          "    ",
          "\t",
          "```",
          "~~~",
          "(",
          "#tag",
          "#1 takeaway: ",
          "2024",
          "2024년 10월 10일",
          "2024년 9월 5일",
          // The same dates typed where Hangul is decomposed, wholly or in part.
          "2024\u1102\u1167\u11AB 10\u110B\u116F\u11AF 10\u110B\u1175\u11AF",
          "2024\uB140\u11AB 9\uC6CC\u11AF 5\uC774\u11AF",
          "[^1]: ",
          "| a | b |",
          "<!--",
          "[x]: http://x");

  private static final List<String> MARKUP =
      List.of(
          "<br>",
          "<태그>",
          "&amp;",
          "&#65;",
          "&nbsp;",
          "&#x1F600;",
          "<!-- x -->",
          "<div>",
          "</p>",
          "<https://example.com>",
          "https://pyramid-flow.github.io",
          "[link](http://x)",
          "![img](x.png)",
          "**bold**",
          "_em_",
          "`code`",
          "\\textbf{Effective}",
          "$x_1^2$",
          "\\(a\\)",
          "\\\\",
          "η ∝ sqrt(T)",
          "T → ∞",
          "a  \\",
          "  ",
          "\\*",
          "&",
          "<",
          "a_b_c");

  private static final List<String> SPACES =
      List.of(
          " ", "  ", "\t", "\u000B", "\u000C", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028",
          "\u2029", "\u202F", "\u205F", "\u3000", "\u200B", "\uFEFF");

  static Gen<String> word() {
    return Generate.pick(WORDS);
  }

  /** One fragment of a line: never a line break, never an unpaired surrogate. */
  static Gen<String> piece() {
    return Generate.frequency(
        of(30, word()),
        of(10, Generate.pick(METACHARACTERS)),
        of(6, Generate.pick(LINE_STARTS)),
        of(8, Generate.pick(MARKUP)),
        of(6, Generate.pick(SPACES)),
        of(12, hangulComposed()),
        of(6, hangulDecomposed()),
        of(2, hangulHalfDecomposed()),
        of(3, Generate.range(0x3131, 0x318E).map(TextPieces::fromCodePoint)),
        of(12, anyPlaneCodePoint()),
        of(4, Generate.range(0x1F300, 0x1FAFF).map(TextPieces::fromCodePoint)),
        of(1, longRun()));
  }

  /** Precomposed Hangul syllables, the form most text arrives in. */
  static Gen<String> hangulComposed() {
    return Generate.range(0xAC00, 0xD7A3).map(TextPieces::fromCodePoint);
  }

  /** The same syllables decomposed into conjoining jamo (NFD), as some systems send them. */
  static Gen<String> hangulDecomposed() {
    return hangulComposed().map(s -> Normalizer.normalize(s, Normalizer.Form.NFD));
  }

  /**
   * Syllables with a final consonant, spelled as the syllable without it followed by the consonant:
   * equivalent to the precomposed syllable, and neither NFC nor NFD.
   */
  static Gen<String> hangulHalfDecomposed() {
    return hangulComposed()
        .map(s -> Normalizer.normalize(s, Normalizer.Form.NFD))
        .map(
            jamo ->
                jamo.length() < 3
                    ? jamo
                    : Normalizer.normalize(jamo.substring(0, 2), Normalizer.Form.NFC)
                        + jamo.substring(2));
  }

  /**
   * A code point from any of the 17 planes, assigned or not, except surrogates and the line breaks
   * CR and LF.
   */
  static Gen<String> anyPlaneCodePoint() {
    return Generate.range(0, 16)
        .zip(Generate.range(0, 0xFFFF, 0x61), (plane, offset) -> (plane << 16) | offset)
        .map(TextPieces::fromCodePoint);
  }

  /** Occasionally a huge value: one run of several thousand characters. */
  private static Gen<String> longRun() {
    return Generate.range(1_000, 20_000).zip(word(), (n, w) -> w.repeat(n / w.length()));
  }

  /** A line made of 1 to 8 pieces; it may be blank, but never holds a line break. */
  static Gen<String> line() {
    return SourceDSL.lists().of(piece()).ofSizeBetween(1, 8).map(pieces -> String.join("", pieces));
  }

  /** 1 to 4 lines joined by {@code \n}; now and then a line is empty. */
  static Gen<String> text() {
    Gen<String> lineOrEmpty = Generate.frequency(of(9, line()), of(1, Generate.constant("")));
    // A single empty line would be the empty string, which the model reads as "absent".
    return SourceDSL.lists()
        .of(lineOrEmpty)
        .ofSizeBetween(1, 4)
        .map(lines -> String.join("\n", lines))
        .map(text -> text.isEmpty() ? "\n" : text);
  }

  private static String fromCodePoint(int codePoint) {
    if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
      return "\uFFFD";
    }
    if (codePoint == '\n' || codePoint == '\r') {
      return " ";
    }
    return new String(Character.toChars(codePoint));
  }

  /** {@code value} without the code points {@code drop} rejects. */
  static String without(String value, java.util.function.IntPredicate drop) {
    return value
        .codePoints()
        .filter(cp -> !drop.test(cp))
        .mapToObj(TextPieces::fromCodePoint)
        .collect(Collectors.joining());
  }
}
