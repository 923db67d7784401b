/**
 * Digests as JSON, through Jackson 2.
 *
 * <p>Two formats join the codec registry when this module is on the class path: {@link
 * dev.paperdigest.jackson.JsonDigestFormat json} (one digest as an object, an archive as an array)
 * and {@link dev.paperdigest.jackson.JsonLinesDigestFormat jsonl} (one digest per line). And {@link
 * dev.paperdigest.jackson.DigestModule} lets any {@code ObjectMapper} read and write {@link
 * dev.paperdigest.core.Digest} and {@link dev.paperdigest.core.Paper} in the same shape:
 *
 * <pre>{@code
 * {
 *   "date": "2024-10-10",
 *   "papers": [
 *     {
 *       "title": "Round and Round We Go! What makes Rotary Positional Encodings useful?",
 *       "authors": ["Federico Barbero", "Petar Veličković"],
 *       "abstract": "Positional Encodings (PEs) are ...",
 *       "comment": "RoPE에서 고주파수 차원들은 ...",
 *       "translation": "The study found that ...",
 *       "tags": ["positional-encoding"]
 *     }
 *   ]
 * }
 * }</pre>
 *
 * <p>{@code ObjectMapper.findAndRegisterModules()} finds {@code DigestModule} through the jar's
 * service entry. docs/json.md describes the shape, what is read, refused and warned about, and the
 * limits; {@link dev.paperdigest.jackson.JsonDigestFormat#schema()} opens the JSON Schema.
 */
package dev.paperdigest.jackson;
