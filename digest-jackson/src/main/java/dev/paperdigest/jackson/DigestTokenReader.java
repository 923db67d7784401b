package dev.paperdigest.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.jackson.ReadProblems.Kind;
import dev.paperdigest.jackson.ReadProblems.Problem;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads digests and papers from JSON tokens, straight from a {@link JsonParser} into the Immutables
 * builders: no tree, no intermediate objects. Keys are accepted in any order; unknown, repeated and
 * missing keys, wrong JSON types, {@code null}s and values the model refuses all go to {@link
 * ReadProblems}, with the location of the offending token and a path built from the parser's
 * contexts.
 *
 * <p>An instance keeps scratch lists between papers; it serves one parser at a time.
 */
final class DigestTokenReader {
  private static final int DATE = 1;
  private static final int PAPERS = 2;

  private static final int TITLE = 1;
  private static final int AUTHORS = 2;
  private static final int ABSTRACT = 4;
  private static final int COMMENT = 8;
  private static final int TRANSLATION = 16;
  private static final int TAGS = 32;

  private final ReadProblems problems;
  private final List<JsonLocation> authorLocations = new ArrayList<>();
  private final List<JsonLocation> tagLocations = new ArrayList<>();

  DigestTokenReader(ReadProblems problems) {
    this.problems = problems;
  }

  /**
   * Reads the digest object at the parser: its current token is the object's {@code START_OBJECT},
   * or (when a caller has consumed that) its first {@code FIELD_NAME} or its {@code END_OBJECT}.
   * Leaves the parser on the {@code END_OBJECT}.
   *
   * @return the digest, or {@code null} if problems were reported
   */
  Digest readDigest(JsonParser p) throws IOException {
    int before = problems.count();
    Digest.Builder digest = Digest.builder();
    int seen = 0;
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      int field =
          switch (key) {
            case "date" -> DATE;
            case "papers" -> PAPERS;
            default -> 0;
          };
      if (field == 0) {
        unknownKey(p, Digest.class, key, JsonKeys.DIGEST_KEYS);
      } else if ((seen & field) != 0) {
        repeatedKey(p, Digest.class, key);
      } else {
        seen |= field;
        JsonToken value = p.nextToken();
        if (field == DATE) {
          LocalDate date = readDate(p, value);
          if (date != null) {
            digest.date(date);
          }
        } else {
          readPapers(p, value, digest);
        }
      }
    }
    requireKey(p, seen, DATE, "date", Digest.class, JsonKeys.DIGEST_KEYS);
    requireKey(p, seen, PAPERS, "papers", Digest.class, JsonKeys.DIGEST_KEYS);
    return problems.count() == before ? digest.build() : null;
  }

  /**
   * Reads the paper object at the parser, positioned as for {@link #readDigest}.
   *
   * @return the paper, or {@code null} if problems were reported
   */
  Paper readPaper(JsonParser p) throws IOException {
    int before = problems.count();
    Paper.Builder paper = Paper.builder();
    authorLocations.clear();
    tagLocations.clear();
    JsonLocation titleAt = null;
    JsonLocation abstractAt = null;
    JsonLocation commentAt = null;
    JsonLocation translationAt = null;
    int seen = 0;
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      t = p.nextToken();
    }
    for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      int field =
          switch (key) {
            case "title" -> TITLE;
            case "authors" -> AUTHORS;
            case "abstract" -> ABSTRACT;
            case "comment" -> COMMENT;
            case "translation" -> TRANSLATION;
            case "tags" -> TAGS;
            default -> 0;
          };
      if (field == 0) {
        unknownKey(p, Paper.class, key, JsonKeys.PAPER_KEYS);
        continue;
      }
      if ((seen & field) != 0) {
        repeatedKey(p, Paper.class, key);
        continue;
      }
      seen |= field;
      JsonToken value = p.nextToken();
      switch (field) {
        case TITLE -> {
          String title = readString(p, value, "the title as a string");
          if (title != null) {
            titleAt = p.currentTokenLocation();
            paper.title(title);
          }
        }
        case AUTHORS ->
            readStrings(
                p, value, "the authors as an array of strings", paper::addAuthors, authorLocations);
        case ABSTRACT -> {
          String text = readOptionalText(p, value, key);
          if (text != null) {
            abstractAt = p.currentTokenLocation();
            paper.abstractText(text);
          }
        }
        case COMMENT -> {
          String text = readOptionalText(p, value, key);
          if (text != null) {
            commentAt = p.currentTokenLocation();
            paper.comment(text);
          }
        }
        case TRANSLATION -> {
          String text = readOptionalText(p, value, key);
          if (text != null) {
            translationAt = p.currentTokenLocation();
            paper.translation(text);
          }
        }
        default ->
            readStrings(p, value, "the tags as an array of strings", paper::addTags, tagLocations);
      }
    }
    requireKey(p, seen, TITLE, "title", Paper.class, JsonKeys.PAPER_REQUIRED_KEYS);
    requireKey(p, seen, AUTHORS, "authors", Paper.class, JsonKeys.PAPER_REQUIRED_KEYS);
    requireKey(p, seen, TAGS, "tags", Paper.class, JsonKeys.PAPER_REQUIRED_KEYS);
    if (problems.count() != before) {
      return null;
    }
    try {
      return paper.build();
    } catch (InvalidPaperException refused) {
      reportRefusedPaper(p, refused, titleAt, abstractAt, commentAt, translationAt);
      return null;
    }
  }

  private void readPapers(JsonParser p, JsonToken t, Digest.Builder digest) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      wrongType(p, t, "the papers as an array of paper objects", List.class);
      return;
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.START_OBJECT) {
        Paper paper = readPaper(p);
        if (paper != null) {
          digest.addPapers(paper);
        }
      } else {
        wrongType(p, t, "a paper object", Paper.class);
      }
    }
  }

  private LocalDate readDate(JsonParser p, JsonToken t) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      wrongType(p, t, "the date as a string like \"2024-10-10\"", LocalDate.class);
      return null;
    }
    String text = p.getText();
    try {
      return IsoDates.parse(text);
    } catch (DateTimeException e) {
      problems.report(
          p,
          new Problem(
              Kind.INVALID_VALUE,
              LocalDate.class,
              text,
              p.currentTokenLocation(),
              null,
              -1,
              quote(text) + " is not a date: " + e.getMessage()));
      return null;
    }
  }

  private String readString(JsonParser p, JsonToken t, String expected) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    wrongType(p, t, expected, String.class);
    return null;
  }

  private String readOptionalText(JsonParser p, JsonToken t, String key) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      problems.report(
          p,
          new Problem(
              Kind.MISMATCH,
              String.class,
              null,
              p.currentTokenLocation(),
              null,
              -1,
              "null is not allowed: leave \"" + key + "\" out when the paper has none"));
      return null;
    }
    return readString(p, t, "the " + key + " as a string");
  }

  private void readStrings(
      JsonParser p,
      JsonToken t,
      String expected,
      Consumer<String> into,
      List<JsonLocation> locations)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      wrongType(p, t, expected, List.class);
      return;
    }
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_STRING) {
        locations.add(p.currentTokenLocation());
        into.accept(p.getText());
      } else {
        wrongType(p, t, "a string", String.class);
      }
    }
  }

  private void unknownKey(JsonParser p, Class<?> owner, String key, List<Object> known)
      throws IOException {
    problems.report(
        p,
        new Problem(
            Kind.UNKNOWN_KEY,
            owner,
            key,
            p.currentTokenLocation(),
            null,
            -1,
            "unknown key "
                + quote(key)
                + "; a "
                + simpleName(owner)
                + " has "
                + JsonKeys.list(known)));
    p.nextToken();
    p.skipChildren();
  }

  private void repeatedKey(JsonParser p, Class<?> owner, String key) throws IOException {
    problems.report(
        p,
        new Problem(
            Kind.MISMATCH,
            owner,
            key,
            p.currentTokenLocation(),
            null,
            -1,
            "the key " + quote(key) + " appears twice in this " + simpleName(owner)));
    p.nextToken();
    p.skipChildren();
  }

  /** Reports a value of the wrong JSON type at the current token, and skips it. */
  private void wrongType(JsonParser p, JsonToken t, String expected, Class<?> type)
      throws IOException {
    String message =
        t == JsonToken.VALUE_NULL
            ? "null is not allowed here: expected " + expected
            : "expected " + expected + ", found " + describe(t);
    problems.report(
        p, new Problem(Kind.MISMATCH, type, null, p.currentTokenLocation(), null, -1, message));
    p.skipChildren();
  }

  /** Reports a missing key at the {@code END_OBJECT} of the object that lacks it. */
  private void requireKey(
      JsonParser p, int seen, int field, String key, Class<?> owner, List<Object> required)
      throws IOException {
    if ((seen & field) == 0) {
      String what = simpleName(owner);
      problems.report(
          p,
          new Problem(
              Kind.MISMATCH,
              owner,
              key,
              p.currentTokenLocation(),
              null,
              -1,
              "the "
                  + what
                  + " has no "
                  + quote(key)
                  + "; every "
                  + what
                  + " needs "
                  + JsonKeys.list(required)));
    }
  }

  /**
   * Turns the model's refusal, which names the field and the element as data, into a problem at
   * that value's own location and JSON path.
   */
  private void reportRefusedPaper(
      JsonParser p,
      InvalidPaperException refused,
      JsonLocation titleAt,
      JsonLocation abstractAt,
      JsonLocation commentAt,
      JsonLocation translationAt)
      throws IOException {
    int index = refused.index();
    JsonLocation at =
        switch (refused.field()) {
          case TITLE -> titleAt;
          case AUTHORS -> authorLocations.get(index);
          case ABSTRACT -> abstractAt;
          case COMMENT -> commentAt;
          case TRANSLATION -> translationAt;
          case TAGS -> tagLocations.get(index);
        };
    problems.report(
        p,
        new Problem(
            Kind.INVALID_VALUE,
            String.class,
            null,
            at,
            // A paper's keys are the fields' own words.
            refused.field().word(),
            index,
            "the " + refused.field().elementWord() + " " + refused.reason()));
  }

  /** The JSON type of {@code t} in words: {@code an array}, {@code a string}, ... */
  static String describe(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static String simpleName(Class<?> type) {
    return type == Digest.class ? "digest" : "paper";
  }

  /**
   * {@code text} in double quotes, control characters escaped and cut short when long, so that a
   * message stays one readable line.
   */
  static String quote(String text) {
    int limit = Math.min(text.length(), 60);
    if (limit < text.length() && Character.isHighSurrogate(text.charAt(limit - 1))) {
      limit--;
    }
    StringBuilder quoted = new StringBuilder(limit + 8).append('"');
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append(limit < text.length() ? "...\"" : "\"").toString();
  }
}
