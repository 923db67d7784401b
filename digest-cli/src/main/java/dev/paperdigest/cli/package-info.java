/**
 * The {@code digest} command line: {@code convert}, {@code validate}, {@code fmt}, {@code lint} and
 * {@code formats}, built with picocli on the codec contract of {@code dev.paperdigest.core} and on
 * {@code dev.paperdigest.lint}.
 *
 * <pre>{@code
 * $ digest convert examples/2024-10-10.txt -t text
 * $ digest validate digests/
 * $ digest fmt --check digests/
 * $ digest lint digests/
 * }</pre>
 *
 * <p>{@link dev.paperdigest.cli.DigestCommand} is the entry point; everything else is internal.
 */
package dev.paperdigest.cli;
