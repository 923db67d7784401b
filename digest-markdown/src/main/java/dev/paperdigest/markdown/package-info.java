/**
 * Digests as Markdown: the {@code markdown} format, written as CommonMark and read back with
 * commonmark-java.
 *
 * <pre>{@code
 * DigestFormats formats = DigestFormats.load();
 * Digest digest = formats.byName("text").orElseThrow().reader().read(Path.of("2024-10-10.txt"));
 * String page = formats.byName("markdown").orElseThrow().writer().writeAsString(digest);
 * }</pre>
 *
 * <p>{@link dev.paperdigest.markdown.MarkdownFormat} is the entry point; {@link
 * dev.paperdigest.markdown.MarkdownDigestWriter} and {@link
 * dev.paperdigest.markdown.MarkdownDigestReader} can also be used on their own.
 */
package dev.paperdigest.markdown;
