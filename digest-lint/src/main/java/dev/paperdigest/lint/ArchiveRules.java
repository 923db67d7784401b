package dev.paperdigest.lint;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestLocations;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.spi.MessageText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules that compare a digest with the digests before it in the archive. They keep a summary of
 * what they have seen, never the digests: the last date, a place per date, a place per paper title
 * and one per tag spelling. So an archive of any length streams through, and memory grows only with
 * the number of distinct dates, titles and tags.
 */
final class ArchiveRules {
  /** Where something was first seen. */
  private record Place(String source, long line, long column) {
    static Place of(String source, SourcePosition at) {
      return new Place(source, at.line(), at.column());
    }

    @Override
    public String toString() {
      return source + ":" + line + ":" + column;
    }
  }

  private record Seen(Place place, LocalDate date) {}

  /** The first spelling of a tag, which later spellings are held to. */
  private record Spelling(String tag, Place place) {}

  private final LocalDate today;
  private LocalDate previousDate;
  private Place previousPlace;
  private final Map<LocalDate, Place> dates = new HashMap<>();
  private final Map<String, Seen> titles = new HashMap<>();
  private final Map<String, Spelling> tagSpellings = new HashMap<>();

  /** The distinct tag keys long enough for near matches, to look for one slip apart. */
  private final List<String> longTagKeys = new ArrayList<>();

  /**
   * @param today the last day that has begun anywhere on Earth: later dates are in the future
   */
  ArchiveRules(LocalDate today) {
    this.today = today;
  }

  /** Checks {@code digest}, read from {@code source}, against the archive so far. */
  void check(String source, Digest digest, DigestLocations where, DigestFindings out) {
    LocalDate date = digest.date();
    Place here = Place.of(source, where.digest());
    if (digest.papers().isEmpty()) {
      out.add(LintRule.EMPTY_DIGEST, where.digest(), "the digest of " + date + " has no papers");
    }
    if (date.isAfter(today)) {
      out.add(
          LintRule.FUTURE_DATE,
          where.digest(),
          "the digest is dated "
              + date
              + ", a day that has not begun anywhere yet (today is "
              + today
              + " at the latest); is the date right?");
    }
    if (previousDate != null && date.isBefore(previousDate)) {
      out.add(
          LintRule.DATE_ORDER,
          where.digest(),
          date
              + " comes after "
              + previousDate
              + " ("
              + previousPlace
              + "); keep the archive in date order");
    }
    Place first = dates.putIfAbsent(date, here);
    if (first != null) {
      out.add(
          LintRule.DUPLICATE_DATE,
          where.digest(),
          "there is already a digest of " + date + " at " + first + "; merge the two");
    }
    previousDate = date;
    previousPlace = here;
    for (int i = 0; i < digest.papers().size(); i++) {
      Paper paper = digest.papers().get(i);
      paper(source, date, paper, i, where, out);
      tags(source, paper, i, where, out);
    }
  }

  private void paper(
      String source,
      LocalDate date,
      Paper paper,
      int index,
      DigestLocations where,
      DigestFindings out) {
    SourcePosition at = where.paper(index);
    Seen before =
        titles.putIfAbsent(TextKeys.nameKey(paper.title()), new Seen(Place.of(source, at), date));
    if (before != null) {
      out.add(
          LintRule.DUPLICATE_PAPER,
          at,
          index,
          "the paper "
              + MessageText.quote(paper.title())
              + " is already in the digest of "
              + before.date()
              + " at "
              + before.place());
    }
  }

  private void tags(
      String source, Paper paper, int index, DigestLocations where, DigestFindings out) {
    for (int k = 0; k < paper.tags().size(); k++) {
      String tag = paper.tags().get(k);
      SourcePosition at = where.element(index, PaperField.TAGS, k);
      Spelling first = firstSpelling(tag, Place.of(source, at));
      if (!first.tag().equals(tag)) {
        out.add(
            LintRule.TAG_SPELLING,
            at,
            index,
            "the tag "
                + MessageText.quote("#" + tag)
                + " is spelled "
                + MessageText.quote("#" + first.tag())
                + " at "
                + first.place()
                + "; use one spelling");
      }
    }
  }

  /** The spelling the archive first used for the tag {@code tag} is, or {@code tag} if new. */
  private Spelling firstSpelling(String tag, Place place) {
    String key = TextKeys.tagKey(tag);
    Spelling known = tagSpellings.get(key);
    if (known != null) {
      return known;
    }
    Spelling spelling = new Spelling(tag, place);
    for (String other : longTagKeys) {
      if (TextKeys.oneSlipApart(key, other)) {
        spelling = tagSpellings.get(other);
        break;
      }
    }
    tagSpellings.put(key, spelling);
    if (key.codePointCount(0, key.length()) >= TextKeys.NEAR_MATCH_MIN_LENGTH) {
      longTagKeys.add(key);
    }
    return spelling;
  }
}
