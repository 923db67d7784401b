/**
 * The JSON shape of digests over {@link dev.paperdigest.json.internal.TokenSource} and {@link
 * dev.paperdigest.json.internal.TokenSink}: {@link dev.paperdigest.json.internal.DigestTokenReader}
 * reads a digest or a paper from tokens, {@link dev.paperdigest.json.internal.DigestTokenWriter}
 * writes one as tokens. Each Jackson major version supplies a thin adapter of its parser and
 * generator, so the shape, its checks and its messages exist once:
 *
 * <pre>{@code
 * // in an adapter, with tokens wrapping a Jackson parser positioned at the start of an object
 * Digest digest = new DigestTokenReader<>(events).readDigest(tokens);
 * }</pre>
 *
 * <p>Not an API: exported only to {@code dev.paperdigest.jackson} and {@code
 * dev.paperdigest.jackson3}, and free to change in any release.
 */
package dev.paperdigest.json.internal;
