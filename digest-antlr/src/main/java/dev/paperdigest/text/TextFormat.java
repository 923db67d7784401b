package dev.paperdigest.text;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.util.List;

/**
 * The plain-text digest format ({@code text}, files ending {@code .txt}): a date line, then for
 * each paper its title, authors, abstract, Korean comment, English translation and tags, one field
 * after another and no markup. {@code docs/text-format.md} describes it in full.
 *
 * <p>The format is registered with {@link dev.paperdigest.core.DigestFormats}, so having this
 * module on the class path is enough:
 *
 * <pre>{@code
 * DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
 * Digest digest = text.reader().read(Path.of("examples/2024-10-10.txt"));
 * try (DigestIterator archive = text.reader().open(Path.of("archive.txt"))) {
 *   while (archive.hasNext()) {
 *     try {
 *       Digest day = archive.next();
 *       ...
 *     } catch (DigestFormatException e) {
 *       e.diagnostics().forEach(System.err::println);   // archive.txt:12:1: error: ...
 *     }
 *   }
 * }
 * text.writer().write(digest, System.out);              // canonical text, no final newline
 * }</pre>
 *
 * <p>Reading is lazy and holds one digest at a time; after a broken digest it goes on at the next
 * date line, and inside a digest it reports every broken entry. Writing refuses, with {@link
 * dev.paperdigest.core.UnwritableDigestException}, any digest that would not read back exactly (an
 * abstract containing Hangul, say), before writing anything of it.
 *
 * <p>The classes ANTLR generates in this package ({@code DigestLexer}, {@code DigestParser}) are
 * public because ANTLR makes them so; they are not part of this module's API.
 */
public final class TextFormat implements DigestFormat {
  private final DigestReader reader = new TextDigestReader();
  private final DigestWriter writer = new TextDigestWriter();

  /** The format; cheap to create, as the format registry requires. */
  public TextFormat() {}

  /** {@code text}. */
  @Override
  public String name() {
    return "text";
  }

  /** {@code .txt}. */
  @Override
  public List<String> extensions() {
    return List.of(".txt");
  }

  @Override
  public DigestReader reader() {
    return reader;
  }

  @Override
  public DigestWriter writer() {
    return writer;
  }
}
