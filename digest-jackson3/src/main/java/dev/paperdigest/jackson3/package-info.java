/**
 * Digests in Jackson 3 ({@code tools.jackson}): {@link dev.paperdigest.jackson3.DigestModule} lets
 * any {@code JsonMapper} read and write {@link dev.paperdigest.core.Digest} and {@link
 * dev.paperdigest.core.Paper} in the shape of the {@code json} format (docs/json.md), byte for byte
 * as digest-jackson's module does in Jackson 2.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * Digest digest = mapper.readValue(json, Digest.class);
 * }</pre>
 *
 * <p>{@code MapperBuilder.findAndAddModules()} finds the module through the jar's {@code
 * META-INF/services/tools.jackson.databind.JacksonModule} entry, and so does Spring Boot 4.
 */
package dev.paperdigest.jackson3;
