package dev.paperdigest.text;

import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import java.io.InputStream;

/** Reads the text format; stateless, so one instance serves every caller. */
final class TextDigestReader implements DigestReader {

  @Override
  public DigestIterator open(InputStream in, String sourceName) {
    return new TextDigestIterator(in, sourceName);
  }
}
