package dev.paperdigest.lint;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnicodeText;
import dev.paperdigest.core.spi.DigestDates;
import dev.paperdigest.core.spi.MessageText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code .digestlint.toml}. jackson-dataformat-toml parses it into a tree, which keeps no
 * positions; a value's line is then found in the text by where it is written, which for keys, table
 * headers and quoted rule ids is unambiguous enough to point a person at the right line.
 */
final class ConfigurationParser {
  private static final TomlMapper TOML = new TomlMapper();
  private static final Set<String> TOP_KEYS = Set.of("select", "ignore", "suppress");
  private static final Set<String> SUPPRESS_KEYS = Set.of("title", "date", "rules", "reason");

  private final String text;
  private final String source;
  private final String[] lines;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Set<String> reportedIds = new LinkedHashSet<>();

  ConfigurationParser(String text, String source) {
    this.text = text;
    this.source = source;
    this.lines = text.split("\r\n|\r|\n", -1);
  }

  LintConfiguration parse() {
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      long column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
      throw new LintConfigurationException(
          List.of(
              Diagnostic.error(
                  source, line, column, "the file is not valid TOML: " + e.getOriginalMessage())));
    }
    Optional<Set<String>> select = Optional.empty();
    Set<String> ignore = Set.of();
    List<Suppression> suppressions = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      switch (entry.getKey()) {
        case "select" -> select = Optional.of(ruleIds("select", entry.getValue()));
        case "ignore" -> ignore = ruleIds("ignore", entry.getValue());
        case "suppress" -> suppressions(entry.getValue(), suppressions);
        default ->
            error(
                keyPosition(entry.getKey(), 0),
                "unknown key "
                    + MessageText.quote(entry.getKey())
                    + "; the file has `select`, `ignore` and `[[suppress]]` tables");
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparingLong(Diagnostic::line)
              .thenComparingLong(Diagnostic::column));
      throw new LintConfigurationException(problems);
    }
    return new LintConfiguration(select, ignore, List.copyOf(suppressions));
  }

  private Set<String> ruleIds(String key, JsonNode value) {
    Set<String> ids = new LinkedHashSet<>();
    if (!value.isArray()) {
      error(
          keyPosition(key, 0),
          MessageText.quote(key) + " is a list of rule ids, like [\"tag-spelling\"]");
      return ids;
    }
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        error(
            keyPosition(key, 0),
            MessageText.quote(key) + " holds " + element + ", which is not a rule id in quotes");
      } else if (!RuleIds.isKnown(element.asText())) {
        unknownRule(element.asText());
      } else {
        ids.add(element.asText());
      }
    }
    return Set.copyOf(ids);
  }

  private void suppressions(JsonNode value, List<Suppression> into) {
    if (!value.isArray()) {
      error(
          keyPosition("suppress", 0),
          "`suppress` is written as `[[suppress]]` tables, one per paper or digest");
      return;
    }
    int index = 0;
    for (JsonNode entry : value) {
      SourcePosition at = tablePosition(index++);
      if (!entry.isObject()) {
        error(at, "each `[[suppress]]` entry is a table with `title`, `date` and `rules`");
        continue;
      }
      suppression(entry, at).ifPresent(into::add);
    }
  }

  private Optional<Suppression> suppression(JsonNode entry, SourcePosition at) {
    int before = problems.size();
    for (Map.Entry<String, JsonNode> property : entry.properties()) {
      String name = property.getKey();
      if (!SUPPRESS_KEYS.contains(name)) {
        error(
            keyPosition(name, at.line()),
            "unknown key "
                + MessageText.quote(name)
                + " in `[[suppress]]`; an entry has `title`, `date`, `rules` and `reason`");
      }
    }
    String titleKey = null;
    JsonNode title = entry.get("title");
    if (title != null) {
      if (!title.isTextual() || UnicodeText.isBlank(title.asText())) {
        error(keyPosition("title", at.line()), "`title` is the paper's title in quotes");
      } else {
        titleKey = TextKeys.nameKey(title.asText());
      }
    }
    LocalDate date = null;
    JsonNode dateValue = entry.get("date");
    if (dateValue != null) {
      try {
        date = DigestDates.parseIso(dateValue.asText());
      } catch (DateTimeException e) {
        error(
            keyPosition("date", at.line()),
            "`date` is the digest's date, like 2024-10-10, but "
                + MessageText.quote(dateValue.asText())
                + " is not one: "
                + e.getMessage());
      }
    }
    if (title == null && dateValue == null) {
      error(
          at, "a `[[suppress]]` entry needs a `title`, a `date` or both, to say what it silences");
    }
    JsonNode rules = entry.get("rules");
    Set<String> ids = Set.of();
    if (rules == null || (rules.isArray() && rules.isEmpty())) {
      error(
          at,
          "a `[[suppress]]` entry needs `rules`, the ids of the rules it silences, like"
              + " rules = [\"duplicate-author\"]");
    } else {
      ids = ruleIds("rules", rules);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Suppression(titleKey, date, ids));
  }

  private void unknownRule(String id) {
    if (!reportedIds.add(id)) {
      return;
    }
    List<SourcePosition> places = quotedPositions(id);
    if (places.isEmpty()) {
      error(SourcePosition.START, RuleIds.unknown(id));
    }
    places.forEach(place -> error(place, RuleIds.unknown(id)));
  }

  private void error(SourcePosition at, String message) {
    problems.add(Diagnostic.error(source, at.line(), at.column(), message));
  }

  /** Where {@code "id"} or {@code 'id'} is written. */
  private List<SourcePosition> quotedPositions(String id) {
    List<SourcePosition> found = new ArrayList<>();
    for (int n = 0; n < lines.length; n++) {
      for (String quoted : List.of("\"" + id + "\"", "'" + id + "'")) {
        int at = lines[n].indexOf(quoted);
        while (at >= 0) {
          found.add(new SourcePosition(n + 1, 1 + lines[n].codePointCount(0, at)));
          at = lines[n].indexOf(quoted, at + 1);
        }
      }
    }
    return found;
  }

  /** The first line at or after {@code fromLine} (counted from 1; 0 for anywhere) that sets key. */
  private SourcePosition keyPosition(String key, long fromLine) {
    for (int n = (int) Math.max(0, fromLine - 1); n < lines.length; n++) {
      String line = lines[n].stripLeading();
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith("=")) {
        return new SourcePosition(n + 1, 1 + lines[n].length() - line.length());
      }
    }
    return SourcePosition.START;
  }

  /** Where the {@code index}-th {@code [[suppress]]} header is, counted from 0. */
  private SourcePosition tablePosition(int index) {
    int seen = 0;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.startsWith("[[") && line.substring(2).strip().startsWith("suppress")) {
        if (seen++ == index) {
          return new SourcePosition(n + 1, 1 + lines[n].indexOf('['));
        }
      }
    }
    return SourcePosition.START;
  }
}
