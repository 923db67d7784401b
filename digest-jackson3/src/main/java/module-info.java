/**
 * Digests in Jackson 3: {@link dev.paperdigest.jackson3.DigestModule} lets any {@code JsonMapper}
 * read and write {@code Digest} and {@code Paper} in the shape of the {@code json} format.
 */
module dev.paperdigest.jackson3 {
  requires transitive dev.paperdigest.core;
  // DigestModule is a Jackson 3 SimpleModule: a user adds it to a mapper builder.
  requires transitive tools.jackson.databind;
  // The JSON shape itself, shared with digest-jackson; this module adapts Jackson 3 to it.
  requires dev.paperdigest.json;

  exports dev.paperdigest.jackson3;

  provides tools.jackson.databind.JacksonModule with
      dev.paperdigest.jackson3.DigestModule;
}
