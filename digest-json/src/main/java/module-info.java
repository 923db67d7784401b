/**
 * The JSON shape of digests, written once for both Jackson major versions: the token-level reader
 * and writer, their problems in people's words, and JSONPath rendering. It depends on no JSON
 * library; digest-jackson (Jackson 2) and digest-jackson3 (Jackson 3) each adapt their parser and
 * generator to its token interfaces. Users add one of those, never this module alone.
 */
module dev.paperdigest.json {
  requires transitive dev.paperdigest.core;

  // Only the two Jackson adapters build on it; it is no API of its own.
  exports dev.paperdigest.json.internal to
      dev.paperdigest.jackson,
      dev.paperdigest.jackson3;
}
