/**
 * Digests as Markdown: the {@code markdown} format, written as CommonMark and read back with
 * commonmark-java. It provides {@link dev.paperdigest.core.DigestFormat}, so {@link
 * dev.paperdigest.core.DigestFormats#load()} finds it on the module path as on the class path.
 */
module dev.paperdigest.markdown {
  requires dev.paperdigest.core;
  requires org.commonmark;

  exports dev.paperdigest.markdown;

  provides dev.paperdigest.core.DigestFormat with
      dev.paperdigest.markdown.MarkdownFormat;
}
