package dev.paperdigest.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.testkit.DigestGenerators;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project with Jackson 2 and Jackson 3 on one class path, as Spring Boot 4 applications often are
 * through their libraries. Runs in a surefire execution of its own, with digest-jackson beside this
 * module.
 */
class BothJacksonsTest {
  /**
   * Jackson 3 writes a character beyond U+FFFF as its UTF-8 bytes; Jackson 2 writes it as two
   * {@code \\u} escapes unless told otherwise. The mapper's layout is the user's to choose, so the
   * Jackson 2 mapper is told.
   */
  private static final ObjectMapper JACKSON_2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .findAndAddModules()
          .build();

  private static final JsonMapper JACKSON_3 = JsonMapper.builder().findAndAddModules().build();

  /** DigestFormats refuses two formats of one name; json and jsonl are there once each. */
  @Test
  void theFormatsAreRegisteredOnce() {
    List<String> names = DigestFormats.load().all().stream().map(DigestFormat::name).toList();
    assertEquals(1, names.stream().filter("json"::equals).count(), names::toString);
    assertEquals(1, names.stream().filter("jsonl"::equals).count(), names::toString);
  }

  @Test
  void bothMappersWriteTheSameBytes() {
    qt().withExamples(150)
        .forAll(DigestGenerators.digests())
        .checkAssert(
            digest -> {
              try {
                assertEquals(
                    JACKSON_2.writeValueAsString(digest), JACKSON_3.writeValueAsString(digest));
              } catch (JsonProcessingException e) {
                throw new AssertionError(e);
              }
            });
  }

  /** What the formats write, Jackson 3 reads, and the other way round. */
  @Test
  void eachReadsWhatTheOtherWrites() throws Exception {
    DigestFormats formats = DigestFormats.load();
    Digest sample = formats.require("text").reader().read(Path.of("../examples/2024-10-10.txt"));
    DigestFormat json = formats.require("json");
    DigestFormat jsonl = formats.require("jsonl");
    List<Digest> archive = List.of(sample, sample.withDate(sample.date().plusDays(1)));

    assertEquals(
        archive,
        JACKSON_3.readValue(
            json.writer().writeAllAsString(archive), new TypeReference<List<Digest>>() {}));
    assertEquals(jsonl.writer().writeAsString(sample), JACKSON_3.writeValueAsString(sample) + "\n");
    assertEquals(sample, json.reader().read(JACKSON_3.writeValueAsString(sample)));
  }
}
