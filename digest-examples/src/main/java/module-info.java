/**
 * The example format of <a
 * href="https://github.com/paperdigest/paperdigest/blob/main/docs/writing-a-format.md">docs/writing-a-format.md</a>:
 * digests as tab-separated values.
 */
module dev.paperdigest.examples {
  requires dev.paperdigest.core;

  provides dev.paperdigest.core.DigestFormat with
      dev.paperdigest.examples.tsv.TsvFormat;
}
