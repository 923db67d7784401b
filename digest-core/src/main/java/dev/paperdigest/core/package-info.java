/**
 * The paper digest model and the contract every digest format implements.
 *
 * <p>A {@link dev.paperdigest.core.Digest} is one day's notes: a date and its {@link
 * dev.paperdigest.core.Paper papers}, in order. Both are immutable values with builders and {@code
 * with*} copy methods, checked when built.
 *
 * <p>Formats (plain text, JSON, Markdown, ...) live in their own modules and are found through
 * {@link dev.paperdigest.core.DigestFormats}: putting a format's jar on the class path is all it
 * takes to use it.
 *
 * <pre>{@code
 * DigestFormat text = DigestFormats.load().byName("text").orElseThrow();
 * Digest digest = text.reader().read(Path.of("2024-10-10.txt"));
 * Paper first = digest.papers().get(0).withTags("in-context-learning", "superposition");
 * Digest changed = digest.withPapers(List.of(first));
 * text.writer().write(changed, System.out);
 * }</pre>
 */
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    allParameters = false,
    // Leaves out @org.immutables.value.Generated: digest-core ships without Immutables, and
    // compilers of dependent projects would warn that they cannot find the annotation.
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
package dev.paperdigest.core;

import org.immutables.value.Value;
