package dev.paperdigest.examples.tsv;

import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.DigestWriter;
import java.util.List;

/**
 * Digests as tab-separated values ({@code tsv}, files ending {@code .tsv}): one paper per row, the
 * layout spreadsheets open and {@code cut} and {@code awk} read. <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/writing-a-format.md">docs/writing-a-format.md</a>
 * builds it step by step.
 *
 * <pre>{@code
 * DigestFormat tsv = DigestFormats.load().require("tsv");
 * tsv.writer().writeAll(digests, Files.newOutputStream(Path.of("papers.tsv")));
 * }</pre>
 */
public final class TsvFormat implements DigestFormat {
  /** The format's name. */
  static final String NAME = "tsv";

  private final DigestWriter writer = new TsvDigestWriter();

  /** The format; cheap to create, as the format registry requires. */
  public TsvFormat() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> extensions() {
    return List.of(".tsv");
  }

  @Override
  public DigestReader reader() {
    return TsvDigestIterator::new;
  }

  @Override
  public DigestWriter writer() {
    return writer;
  }
}
