/** The example format of docs/writing-a-format.md: digests as tab-separated values. */
module dev.paperdigest.examples {
  requires dev.paperdigest.core;

  provides dev.paperdigest.core.DigestFormat with
      dev.paperdigest.examples.tsv.TsvFormat;
}
