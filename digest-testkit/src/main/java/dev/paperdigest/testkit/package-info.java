/**
 * QuickTheories generators of adversarial digests, for the property tests of every format module
 * and of users' own code.
 *
 * <pre>{@code
 * import static org.quicktheories.QuickTheory.qt;
 *
 * qt().withExamples(200)
 *     .forAll(DigestGenerators.digests())
 *     .checkAssert(digest -> assertEquals(digest, myCodec.read(myCodec.write(digest))));
 * }</pre>
 *
 * <p>Generated values shrink towards short ASCII text and the date 2024-10-10, so a failure is
 * reported with the smallest digest that still shows it.
 */
package dev.paperdigest.testkit;
