/**
 * The {@code digest} command line: {@code convert}, {@code validate} and {@code formats}, built
 * with picocli on the codec contract of {@code dev.paperdigest.core}.
 *
 * <pre>{@code
 * $ digest convert examples/2024-10-10.txt -t text
 * $ digest validate digests/
 * }</pre>
 *
 * <p>{@link dev.paperdigest.cli.DigestCommand} is the entry point; everything else is internal.
 */
package dev.paperdigest.cli;
