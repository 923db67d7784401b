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
 * <p>{@link dev.paperdigest.markdown.MarkdownFormat} is the one public class: its reader and writer
 * are reached through it, as every format's are.
 */
package dev.paperdigest.markdown;
