package dev.paperdigest.json.internal;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.InvalidPaperException;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import dev.paperdigest.json.internal.ReadEvents.Kind;
import dev.paperdigest.json.internal.ReadEvents.Problem;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads digests and papers from JSON tokens, straight from a {@link TokenSource} into the
 * Immutables builders: no tree, no intermediate objects. Keys are accepted in any order. Unknown,
 * repeated and missing keys, wrong JSON types, {@code null} where a value is required, and values
 * the model refuses all go to {@link ReadEvents}, with the place of the offending token and a path
 * built from the parser's contexts; one problem does not hide the others of the same paper.
 *
 * <p>{@code null} for an optional text ({@code "comment": null}) means the paper has none, as
 * Python's {@code None} and JavaScript's {@code null} are written by their serializers.
 *
 * <p>An instance keeps the values of the paper being read; it serves one parser at a time.
 *
 * @param <S> the adapter of the parser
 * @param <P> how the listener marks a place in the input
 */
public final class DigestTokenReader<S extends TokenSource, P> {
  private static final int DATE = 1;
  private static final int PAPERS = 2;
  private static final int FIELDS = PaperField.values().length;
  private static final List<PaperField> REQUIRED_FIELDS =
      List.of(PaperField.TITLE, PaperField.AUTHORS, PaperField.TAGS);

  private final ReadEvents<S, P> events;

  /** Problems reported so far: a part that adds none is read. */
  private long reported;

  /**
   * The values of the paper being read and where each begins, kept so that every value the model
   * refuses can be reported, not only the first. A list element of the wrong JSON type is held as
   * {@code null}, so that the others keep their index.
   */
  private final String[] values = new String[FIELDS];

  private final List<P> places = new ArrayList<>(Collections.nCopies(FIELDS, null));
  private final List<String> authors = new ArrayList<>();
  private final List<P> authorPlaces = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();
  private final List<P> tagPlaces = new ArrayList<>();

  /** A reader that tells {@code events} what it finds. */
  public DigestTokenReader(ReadEvents<S, P> events) {
    this.events = events;
  }

  /**
   * Reads the digest object at the parser: its current token is the object's {@code START_OBJECT},
   * or (when a caller has consumed that) its first {@code KEY} or its {@code END_OBJECT}. Leaves
   * the parser on the {@code END_OBJECT}.
   *
   * @return the digest, or {@code null} if problems were reported
   */
  public Digest readDigest(S p) throws IOException {
    long before = reported;
    Digest.Builder digest = Digest.builder();
    int seen = 0;
    Token t = p.currentToken();
    if (t == Token.START_OBJECT) {
      t = p.nextToken();
    }
    for (; t == Token.KEY; t = p.nextToken()) {
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
        Token value = p.nextToken();
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
    return reported == before ? digest.build() : null;
  }

  /**
   * Reads the paper object at the parser, positioned as for {@link #readDigest}.
   *
   * @param paper the paper's index in its digest, for the places reported
   * @return the paper, or {@code null} if problems were reported
   */
  public Paper readPaper(S p, int paper) throws IOException {
    long before = reported;
    clearValues();
    events.paperBegins(paper, events.place(p));
    int seen = 0;
    Token t = p.currentToken();
    if (t == Token.START_OBJECT) {
      t = p.nextToken();
    }
    for (; t == Token.KEY; t = p.nextToken()) {
      String key = p.currentName();
      PaperField field = paperField(key);
      if (field == null) {
        unknownKey(p, Paper.class, key, JsonKeys.PAPER_KEYS);
        continue;
      }
      int bit = 1 << field.ordinal();
      if ((seen & bit) != 0) {
        repeatedKey(p, Paper.class, key);
        continue;
      }
      seen |= bit;
      Token value = p.nextToken();
      P at = events.place(p);
      if (field.isList()) {
        readList(p, value, paper, field, at);
      } else if (field == PaperField.TITLE) {
        keep(paper, field, at, readTitle(p, value));
      } else {
        keep(paper, field, at, readOptionalText(p, value, field));
      }
    }
    for (PaperField required : REQUIRED_FIELDS) {
      requireKey(
          p,
          seen,
          1 << required.ordinal(),
          required.word(),
          Paper.class,
          JsonKeys.PAPER_REQUIRED_KEYS);
    }
    if (reported == before) {
      try {
        return build();
      } catch (InvalidPaperException refused) {
        // The model names only the first value it refuses; each value is checked below.
      }
    }
    reportRefusedValues(p);
    return null;
  }

  private void readPapers(S p, Token t, Digest.Builder digest) throws IOException {
    if (t != Token.START_ARRAY) {
      mismatch(
          p,
          t,
          List.class,
          "the papers as an array of paper objects",
          "`papers` is null; write [] for a digest without papers");
      return;
    }
    int index = 0;
    while ((t = p.nextToken()) != Token.END_ARRAY) {
      if (t == Token.START_OBJECT) {
        Paper paper = readPaper(p, index);
        if (paper != null) {
          digest.addPapers(paper);
        }
      } else {
        mismatch(
            p,
            t,
            Paper.class,
            "a paper object",
            "a paper is null; leave it out, or give the paper as an object");
      }
      index++;
    }
  }

  private LocalDate readDate(S p, Token t) throws IOException {
    if (t != Token.STRING) {
      mismatch(
          p,
          t,
          LocalDate.class,
          "the date as a string like " + MessageText.quote("\"2024-10-10\""),
          "the date is null; every digest needs a date, as a string like "
              + MessageText.quote("\"2024-10-10\""));
      return null;
    }
    P at = events.place(p);
    String text = p.text();
    try {
      return DigestDates.parseIso(text);
    } catch (DateTimeException e) {
      report(
          p,
          new Problem<>(
              Kind.INVALID_VALUE,
              LocalDate.class,
              text,
              at,
              null,
              -1,
              MessageText.quote(text) + " is not a date: " + e.getMessage()));
      return null;
    }
  }

  private String readTitle(S p, Token t) throws IOException {
    if (t == Token.STRING) {
      return p.text();
    }
    mismatch(
        p,
        t,
        String.class,
        "the title as a string",
        "the title is null; every paper needs a title, as a string");
    return null;
  }

  /** An abstract, comment or translation; {@code null} when absent, as JSON's {@code null} says. */
  private String readOptionalText(S p, Token t, PaperField field) throws IOException {
    if (t == Token.STRING) {
      return p.text();
    }
    if (t != Token.NULL) {
      mismatch(p, t, String.class, "the " + field.word() + " as a string", null);
    }
    return null;
  }

  /** The authors or the tags, each string kept with its place. */
  private void readList(S p, Token t, int paper, PaperField field, P at) throws IOException {
    String word = field.elementWord();
    if (t != Token.START_ARRAY) {
      mismatch(
          p,
          t,
          List.class,
          "the " + field.word() + " as an array of strings",
          "`" + field.word() + "` is null; write [] for a paper without " + field.word());
      return;
    }
    events.valueBegins(paper, field, -1, at);
    List<String> strings = field == PaperField.AUTHORS ? authors : tags;
    List<P> stringPlaces = field == PaperField.AUTHORS ? authorPlaces : tagPlaces;
    for (int index = 0; (t = p.nextToken()) != Token.END_ARRAY; index++) {
      P elementAt = events.place(p);
      String value = null;
      if (t == Token.STRING) {
        value = p.text();
        events.valueBegins(paper, field, index, elementAt);
        warnAbout(p, field, value, elementAt);
      } else {
        mismatch(
            p,
            t,
            String.class,
            (field == PaperField.AUTHORS ? "an " : "a ") + word + " as a string",
            (field == PaperField.AUTHORS ? "an " : "a ")
                + word
                + " is null; leave it out, or give the "
                + word
                + " as a string");
      }
      strings.add(value);
      stringPlaces.add(elementAt);
    }
  }

  /** Warns about an author or a tag that reads, but probably not as its writer meant. */
  private void warnAbout(S p, PaperField field, String value, P at) {
    String message = null;
    String code = null;
    if (field == PaperField.TAGS && value.startsWith("#")) {
      code = "tag-hash";
      String bare = value.replaceFirst("^#+", "");
      message =
          "the tag "
              + MessageText.quote(value)
              + " starts with `#`, but tags are stored without it"
              + (bare.isEmpty()
                  ? ""
                  : "; write " + MessageText.quote(bare) + " if the `#` is not part of the tag");
    } else if (field == PaperField.AUTHORS && value.contains(", ")) {
      code = "author-comma";
      message =
          "the author "
              + MessageText.quote(value)
              + " holds `, `; if it names more than one author, give each its own string";
    }
    if (message != null) {
      events.warning(
          p, new Problem<>(Kind.INVALID_VALUE, String.class, value, at, null, -1, message), code);
    }
  }

  private void keep(int paper, PaperField field, P at, String value) {
    if (value != null) {
      events.valueBegins(paper, field, -1, at);
      values[field.ordinal()] = value;
      places.set(field.ordinal(), at);
    }
  }

  private void clearValues() {
    Arrays.fill(values, null);
    Collections.fill(places, null);
    authors.clear();
    authorPlaces.clear();
    tags.clear();
    tagPlaces.clear();
  }

  private Paper build() {
    return Paper.builder()
        .title(values[PaperField.TITLE.ordinal()])
        .addAllAuthors(authors)
        .abstractText(Optional.ofNullable(values[PaperField.ABSTRACT.ordinal()]))
        .comment(Optional.ofNullable(values[PaperField.COMMENT.ordinal()]))
        .translation(Optional.ofNullable(values[PaperField.TRANSLATION.ordinal()]))
        .addAllTags(tags)
        .build();
  }

  /** Reports every value of the paper that the model refuses, each at its own place. */
  private void reportRefusedValues(S p) throws IOException {
    for (PaperField field : PaperField.values()) {
      if (field.isList()) {
        List<String> strings = field == PaperField.AUTHORS ? authors : tags;
        List<P> stringPlaces = field == PaperField.AUTHORS ? authorPlaces : tagPlaces;
        for (int i = 0; i < strings.size(); i++) {
          check(p, field, i, strings.get(i), stringPlaces.get(i));
        }
      } else {
        check(p, field, -1, values[field.ordinal()], places.get(field.ordinal()));
      }
    }
  }

  /**
   * Reports {@code value} if the model refuses it. The model checks values only as part of a paper,
   * so the value is checked in a paper of its own, which is built only for a paper already refused.
   */
  private void check(S p, PaperField field, int index, String value, P at) throws IOException {
    if (value == null) {
      return;
    }
    Paper.Builder alone = Paper.builder().title(field == PaperField.TITLE ? value : "-");
    switch (field) {
      case TITLE -> {}
      case AUTHORS -> alone.addAuthors(value);
      case ABSTRACT -> alone.abstractText(value);
      case COMMENT -> alone.comment(value);
      case TRANSLATION -> alone.translation(value);
      case TAGS -> alone.addTags(value);
    }
    try {
      alone.build();
    } catch (InvalidPaperException refused) {
      report(
          p,
          new Problem<>(
              Kind.INVALID_VALUE,
              String.class,
              value,
              at,
              // A paper's keys are the fields' own words.
              field.word(),
              index,
              "the "
                  + field.elementWord()
                  + " "
                  + MessageText.quote(value)
                  + " "
                  + refused.reason()));
    }
  }

  private void unknownKey(S p, Class<?> owner, String key, List<String> known) throws IOException {
    reportHere(
        p,
        Kind.UNKNOWN_KEY,
        owner,
        key,
        "unknown key "
            + MessageText.quote(key)
            + "; "
            + JsonKeys.suggestion(key, known)
            + "a "
            + simpleName(owner)
            + " has "
            + JsonKeys.list(known));
    p.nextToken();
    p.skipChildren();
  }

  private void repeatedKey(S p, Class<?> owner, String key) throws IOException {
    reportHere(
        p,
        Kind.MISMATCH,
        owner,
        key,
        "the key " + MessageText.quote(key) + " appears twice in this " + simpleName(owner));
    p.nextToken();
    p.skipChildren();
  }

  /**
   * Reports a value of the wrong JSON type at the current token, and skips it.
   *
   * @param ifNull the message when the value is {@code null}
   */
  private void mismatch(S p, Token t, Class<?> type, String expected, String ifNull)
      throws IOException {
    String message =
        t == Token.NULL && ifNull != null
            ? ifNull
            : "expected " + expected + ", found " + Token.describe(t);
    reportHere(p, Kind.MISMATCH, type, null, message);
    p.skipChildren();
  }

  /** Reports a missing key at the {@code END_OBJECT} of the object that lacks it. */
  private void requireKey(
      S p, int seen, int field, String key, Class<?> owner, List<String> required)
      throws IOException {
    if ((seen & field) == 0) {
      String what = simpleName(owner);
      reportHere(
          p,
          Kind.MISMATCH,
          owner,
          key,
          "the "
              + what
              + " has no "
              + MessageText.quote(key)
              + "; every "
              + what
              + " needs "
              + JsonKeys.list(required));
    }
  }

  /** Reports a problem where the parser is now, of {@code key} of {@code owner} if any. */
  private void reportHere(S p, Kind kind, Class<?> owner, String key, String message)
      throws IOException {
    report(p, new Problem<>(kind, owner, key, events.place(p), null, -1, message));
  }

  private void report(S p, Problem<P> problem) throws IOException {
    reported++;
    events.problem(p, problem);
  }

  /** The field whose key is {@code key}: a paper's keys are the fields' own words. */
  private static PaperField paperField(String key) {
    return switch (key) {
      case "title" -> PaperField.TITLE;
      case "authors" -> PaperField.AUTHORS;
      case "abstract" -> PaperField.ABSTRACT;
      case "comment" -> PaperField.COMMENT;
      case "translation" -> PaperField.TRANSLATION;
      case "tags" -> PaperField.TAGS;
      default -> null;
    };
  }

  private static String simpleName(Class<?> type) {
    return type == Digest.class ? "digest" : "paper";
  }
}
