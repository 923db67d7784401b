package dev.paperdigest.core;

/**
 * Where a digest read from an input, and each of its parts, begins in that input: what a warning, a
 * lint finding or a writer's refusal needs to point at the line a person wrote.
 *
 * <pre>{@code
 * try (DigestIterator digests = reader.open(Path.of("2024-10-10.md"))) {
 *   Digest digest = digests.next();
 *   DigestLocations where = digests.locations();
 *   SourcePosition title = where.paper(2);                          // the third paper's heading
 *   SourcePosition tag = where.element(2, PaperField.TAGS, 0);      // its first tag
 * }
 * }</pre>
 *
 * <p>A format tells as much as it knows; what it does not know falls back to the enclosing part: an
 * element to its field, a field to its paper, a paper to the digest. Papers, and elements of list
 * fields, are counted from 0.
 */
public interface DigestLocations {

  /**
   * Where the digest begins: its date line, date heading or object.
   *
   * @return the position
   */
  SourcePosition digest();

  /**
   * Where paper {@code paper} begins, usually its title.
   *
   * @param paper the paper's index in the digest, from 0
   * @return the position, or {@link #digest()} when unknown
   */
  SourcePosition paper(int paper);

  /**
   * Where the value of {@code field} of paper {@code paper} begins.
   *
   * @param paper the paper's index, from 0
   * @param field the field
   * @return the position, or {@link #paper(int)} when unknown
   */
  SourcePosition field(int paper, PaperField field);

  /**
   * Where element {@code index} of a list field (an author, a tag) begins.
   *
   * @param paper the paper's index, from 0
   * @param field {@link PaperField#AUTHORS} or {@link PaperField#TAGS}
   * @param index the element's index, from 0
   * @return the position, or {@link #field(int, PaperField)} when unknown
   */
  SourcePosition element(int paper, PaperField field, int index);

  /**
   * Locations that know only where the digest begins.
   *
   * @param digest where the digest begins
   * @return locations whose every part falls back to {@code digest}
   */
  static DigestLocations at(SourcePosition digest) {
    return new DigestLocations() {
      @Override
      public SourcePosition digest() {
        return digest;
      }

      @Override
      public SourcePosition paper(int paper) {
        return digest;
      }

      @Override
      public SourcePosition field(int paper, PaperField field) {
        return digest;
      }

      @Override
      public SourcePosition element(int paper, PaperField field, int index) {
        return digest;
      }
    };
  }
}
