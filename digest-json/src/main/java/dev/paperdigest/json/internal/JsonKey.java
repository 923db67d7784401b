package dev.paperdigest.json.internal;

/**
 * The keys {@link DigestTokenWriter} writes, in the order it writes them. An adapter pre-encodes
 * each once (by {@link #ordinal()}), so that writing a key copies bytes instead of encoding a
 * string.
 */
public enum JsonKey {
  DATE("date"),
  PAPERS("papers"),
  TITLE("title"),
  AUTHORS("authors"),
  ABSTRACT("abstract"),
  COMMENT("comment"),
  TRANSLATION("translation"),
  TAGS("tags");

  private final String word;

  JsonKey(String word) {
    this.word = word;
  }

  /** The key as written in JSON. */
  public String word() {
    return word;
  }
}
