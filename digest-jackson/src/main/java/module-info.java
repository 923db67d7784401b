/**
 * Digests as JSON, through Jackson 2: the {@code json} and {@code jsonl} formats, and {@link
 * dev.paperdigest.jackson.DigestModule} for any {@code ObjectMapper}.
 */
module dev.paperdigest.jackson {
  // The formats implement digest-core's DigestFormat and read into its Digest and Paper.
  requires transitive dev.paperdigest.core;
  // The JSON shape itself, shared with digest-jackson3; this module adapts Jackson 2 to it.
  requires dev.paperdigest.json;
  // DigestModule is a Jackson SimpleModule: a user registers it on a mapper.
  requires transitive com.fasterxml.jackson.databind;

  exports dev.paperdigest.jackson;

  provides dev.paperdigest.core.DigestFormat with
      dev.paperdigest.jackson.JsonDigestFormat,
      dev.paperdigest.jackson.JsonLinesDigestFormat;
  provides com.fasterxml.jackson.databind.Module with
      dev.paperdigest.jackson.DigestModule;
}
