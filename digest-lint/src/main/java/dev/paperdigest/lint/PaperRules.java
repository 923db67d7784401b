package dev.paperdigest.lint;

import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.spi.MessageText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules that look at one paper alone. */
final class PaperRules {
  /** What may end the last sentence of an abstract, besides a link. */
  private static final String SENTENCE_ENDS = ".!?…)]}\"'”’»›」』）］。！？．";

  /** A host name with a top-level domain, and perhaps a path: {@code pyramid-flow.github.io}. */
  private static final Pattern HOST =
      Pattern.compile("[\\p{Alnum}-]+(\\.[\\p{Alnum}-]+)*\\.\\p{Alpha}{2,}(/\\S*)?");

  /** Words a title may end with whose full stop is an abbreviation's, not a sentence's. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("al", "etc", "vs", "inc", "ltd", "co", "corp", "jr", "sr", "no", "vol");

  /** How many code points of the end of an abstract a message shows. */
  private static final int SHOWN_ENDING = 40;

  private PaperRules() {}

  /**
   * Checks paper {@code index}, its fields in the order papers list them, so that findings at one
   * place (when a reader records no finer places) come in that order too.
   *
   * @param readerCodes the rule ids the reader already reported for this digest: lint does not look
   *     for those again
   */
  static void check(
      Paper paper, int index, DigestLocations where, Set<String> readerCodes, DigestFindings out) {
    if (endsWithFullStop(paper.title())) {
      out.add(
          LintRule.TITLE_FULL_STOP,
          where.field(index, PaperField.TITLE),
          index,
          "the title ends with a full stop; paper titles have none");
    }
    authors(paper, index, where, readerCodes, out);
    paper
        .abstractText()
        .filter(text -> !endsASentence(text))
        .ifPresent(
            text ->
                out.add(
                    LintRule.ABSTRACT_UNFINISHED,
                    where.field(index, PaperField.ABSTRACT),
                    index,
                    "the abstract stops mid-sentence, at "
                        + MessageText.quote(ending(text))
                        + "; was the rest lost when pasting?"));
    commentAndTranslation(paper, index, where, out);
    lineWhitespace(paper, index, where, out);
    if (!readerCodes.contains(LintRule.TAG_HASH.id())) {
      for (int k = 0; k < paper.tags().size(); k++) {
        String tag = paper.tags().get(k);
        if (tag.startsWith("#")) {
          out.add(
              LintRule.TAG_HASH,
              where.element(index, PaperField.TAGS, k),
              index,
              "the tag "
                  + MessageText.quote(tag)
                  + " starts with `#`, which is not part of a tag; it would show as "
                  + MessageText.quote("#" + tag));
        }
      }
    }
  }

  private static void authors(
      Paper paper, int index, DigestLocations where, Set<String> readerCodes, DigestFindings out) {
    List<String> authors = paper.authors();
    if (authors.isEmpty()) {
      out.add(
          LintRule.NO_AUTHORS,
          where.field(index, PaperField.AUTHORS),
          index,
          "the paper lists no authors");
    }
    boolean readerFoundCommas = readerCodes.contains(LintRule.AUTHOR_COMMA.id());
    Map<String, Integer> firstOfName = new HashMap<>();
    for (int k = 0; k < authors.size(); k++) {
      String author = authors.get(k);
      Integer first = firstOfName.putIfAbsent(TextKeys.nameKey(author), k);
      if (first != null) {
        out.add(
            LintRule.DUPLICATE_AUTHOR,
            where.element(index, PaperField.AUTHORS, k),
            index,
            "author "
                + (k + 1)
                + " "
                + MessageText.quote(author)
                + " repeats author "
                + (first + 1)
                + "; remove one, or silence duplicate-author for this paper if two people share"
                + " the name");
      }
      if (!readerFoundCommas && author.contains(", ")) {
        out.add(
            LintRule.AUTHOR_COMMA,
            where.element(index, PaperField.AUTHORS, k),
            index,
            "the author "
                + MessageText.quote(author)
                + " holds `, `: is it two names? The text format would read it as two authors");
      }
    }
  }

  private static void commentAndTranslation(
      Paper paper, int index, DigestLocations where, DigestFindings out) {
    Optional<String> comment = paper.comment();
    Optional<String> translation = paper.translation();
    if (comment.isPresent() && translation.isEmpty()) {
      out.add(
          LintRule.COMMENT_WITHOUT_TRANSLATION,
          where.field(index, PaperField.COMMENT),
          index,
          "the comment has no translation; add the English translation after it");
    }
    if (translation.isPresent() && comment.isEmpty()) {
      out.add(
          LintRule.TRANSLATION_WITHOUT_COMMENT,
          where.field(index, PaperField.TRANSLATION),
          index,
          "the translation has no comment to translate; add the Korean comment before it");
    }
    comment
        .filter(text -> !UnicodeText.containsHangul(text))
        .ifPresent(
            text ->
                out.add(
                    LintRule.COMMENT_WITHOUT_HANGUL,
                    where.field(index, PaperField.COMMENT),
                    index,
                    "the comment holds no Hangul; is it the translation or the abstract? The text"
                        + " format would read it as abstract"));
    translation.ifPresent(
        text -> {
          String[] lines = text.split("\n", -1);
          for (int n = 0; n < lines.length; n++) {
            if (UnicodeText.containsHangul(lines[n])) {
              out.add(
                  LintRule.TRANSLATION_HANGUL,
                  where.field(index, PaperField.TRANSLATION),
                  index,
                  lineOf(n, lines.length, PaperField.TRANSLATION)
                      + " holds Hangul, "
                      + MessageText.quote(lines[n])
                      + "; does it belong in the comment?");
              return;
            }
          }
        });
  }

  private static void lineWhitespace(
      Paper paper, int index, DigestLocations where, DigestFindings out) {
    whitespaceAtEnds(paper.title(), "the title", where.field(index, PaperField.TITLE), index, out);
    for (int k = 0; k < paper.authors().size(); k++) {
      String author = paper.authors().get(k);
      whitespaceAtEnds(
          author,
          "author " + (k + 1) + " " + MessageText.quote(author),
          where.element(index, PaperField.AUTHORS, k),
          index,
          out);
    }
    Map<PaperField, Optional<String>> texts =
        Map.of(
            PaperField.ABSTRACT, paper.abstractText(),
            PaperField.COMMENT, paper.comment(),
            PaperField.TRANSLATION, paper.translation());
    for (PaperField field :
        List.of(PaperField.ABSTRACT, PaperField.COMMENT, PaperField.TRANSLATION)) {
      Optional<String> text = texts.get(field);
      if (text.isEmpty()) {
        continue;
      }
      String[] lines = text.get().split("\n", -1);
      for (int n = 0; n < lines.length; n++) {
        whitespaceAtEnds(
            lines[n], lineOf(n, lines.length, field), where.field(index, field), index, out);
      }
    }
  }

  private static void whitespaceAtEnds(
      String line,
      String what,
      dev.paperdigest.core.SourcePosition at,
      int index,
      DigestFindings out) {
    if (line.isEmpty()) {
      return;
    }
    int first = line.codePointAt(0);
    int last = line.codePointBefore(line.length());
    boolean leading = UnicodeText.isWhitespace(first);
    boolean trailing = UnicodeText.isWhitespace(last);
    String problem;
    if (UnicodeText.isBlank(line)) {
      problem = " holds only whitespace";
    } else if (leading && trailing) {
      problem =
          " begins with whitespace ("
              + MessageText.codePointName(first)
              + ") and ends with whitespace ("
              + MessageText.codePointName(last)
              + ")";
    } else if (leading) {
      problem = " begins with whitespace (" + MessageText.codePointName(first) + ")";
    } else if (trailing) {
      problem = " ends with whitespace (" + MessageText.codePointName(last) + ")";
    } else {
      return;
    }
    out.add(LintRule.LINE_WHITESPACE, at, index, what + problem);
  }

  /** "the abstract" for a text of one line, "line 2 of the abstract" for one of several. */
  private static String lineOf(int line, int lines, PaperField field) {
    return lines == 1 ? "the " + field.word() : "line " + (line + 1) + " of the " + field.word();
  }

  /**
   * Whether an abstract ends a sentence: its last character, whitespace aside, is one of {@link
   * #SENTENCE_ENDS}, or its last word is a link ({@code https://…}, {@code www.…}, or a host name
   * such as {@code pyramid-flow.github.io}), which many abstracts end with and which a full stop
   * would break.
   */
  static boolean endsASentence(String text) {
    String trimmed = stripTrailingWhitespace(text);
    if (trimmed.isEmpty()) {
      return true;
    }
    if (SENTENCE_ENDS.indexOf(trimmed.codePointBefore(trimmed.length())) >= 0) {
      return true;
    }
    String lastWord = trimmed.substring(lastWhitespace(trimmed) + 1);
    return lastWord.contains("://")
        || lastWord.toLowerCase(Locale.ROOT).startsWith("www.")
        || HOST.matcher(lastWord).matches();
  }

  /**
   * Whether a title ends with a full stop ({@code .}, {@code 。} or {@code ．}) that ends a sentence:
   * not an ellipsis ({@code ...}), nor the stop of an abbreviation ({@code et al.}, {@code etc.},
   * {@code U.S.}).
   */
  static boolean endsWithFullStop(String title) {
    String trimmed = stripTrailingWhitespace(title);
    if (!(trimmed.endsWith(".") || trimmed.endsWith("。") || trimmed.endsWith("．"))
        || trimmed.endsWith("..")) {
      return false;
    }
    String lastWord = trimmed.substring(lastWhitespace(trimmed) + 1, trimmed.length() - 1);
    return !lastWord.contains(".") && !ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT));
  }

  /**
   * The words in the last {@link #SHOWN_ENDING} code points of {@code text}, after an ellipsis when
   * cut.
   */
  private static String ending(String text) {
    String trimmed = stripTrailingWhitespace(text);
    int count = trimmed.codePointCount(0, trimmed.length());
    if (count <= SHOWN_ENDING) {
      return trimmed;
    }
    String tail = trimmed.substring(trimmed.offsetByCodePoints(0, count - SHOWN_ENDING));
    int space = tail.indexOf(' ');
    return "…" + (space < 0 ? tail : tail.substring(space + 1));
  }

  private static String stripTrailingWhitespace(String text) {
    int end = text.length();
    while (end > 0 && UnicodeText.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static int lastWhitespace(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (UnicodeText.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
