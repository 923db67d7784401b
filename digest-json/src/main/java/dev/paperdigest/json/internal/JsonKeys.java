package dev.paperdigest.json.internal;

import dev.paperdigest.core.spi.MessageText;
import java.util.List;
import java.util.Locale;

/** The keys of the JSON shape by object, for messages and for Jackson's exceptions. */
public final class JsonKeys {
  /** The keys of a digest object, all required. */
  public static final List<String> DIGEST_KEYS = List.of("date", "papers");

  /** The keys of a paper object. */
  public static final List<String> PAPER_KEYS =
      List.of("title", "authors", "abstract", "comment", "translation", "tags");

  /** The keys a paper object must have. */
  public static final List<String> PAPER_REQUIRED_KEYS = List.of("title", "authors", "tags");

  private JsonKeys() {}

  /** {@code keys} as an error message lists them: {@code `a`, `b` and `c`}. */
  public static String list(List<String> keys) {
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        listed.append(i == keys.size() - 1 ? " and " : ", ");
      }
      listed.append(MessageText.quote(keys.get(i)));
    }
    return listed.toString();
  }

  /**
   * {@code did you mean `abstract`? } when {@code key} is one of {@code known} in other letter case
   * or in the model's Java name ({@code abstractText}, as a bean serializer writes it), else empty.
   */
  public static String suggestion(String key, List<String> known) {
    String folded = key.toLowerCase(Locale.ROOT).replace("_", "");
    for (String candidate : known) {
      if (folded.equals(candidate)
          || (candidate.equals("abstract") && folded.equals("abstracttext"))) {
        return "did you mean " + MessageText.quote(candidate) + "? ";
      }
    }
    return "";
  }
}
