package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link DigestModule} on mappers the user builds, inside the user's own types. */
class DigestModuleTest {
  /** A user's record holding a digest and some of its papers. */
  record Reading(String reader, Digest digest, List<Paper> favourites) {}

  private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DigestModule());
  private static final ObjectMapper BUILT =
      JsonMapper.builder().addModule(new DigestModule()).build();

  @Test
  void aUserRecordRoundTripsOnAPlainMapper() throws Exception {
    Digest digest = TestDigests.twoPapers();
    Reading reading =
        new Reading("kim", digest, List.of(digest.papers().get(1), digest.papers().get(0)));
    String json = PLAIN.writeValueAsString(reading);
    assertTrue(
        json.startsWith(
            "{\"reader\":\"kim\",\"digest\":{\"date\":\"2024-10-10\",\"papers\":[{\"title\":"),
        json);
    assertTrue(
        json.contains(
            "\"favourites\":[{\"title\":\"TxT360: A Top-Quality LLM Pre-training Dataset\","
                + "\"authors\":[],\"tags\":[]},{\"title\":\"Round and Round"),
        json);
    assertEquals(reading, PLAIN.readValue(json, Reading.class));
  }

  @Test
  void anyDigestRoundTripsInsideARecordOnABuiltMapper() {
    qt().withExamples(150)
        .forAll(DigestGenerators.digests())
        .checkAssert(
            digest -> {
              Reading reading = new Reading("r", digest, digest.papers());
              try {
                assertEquals(
                    reading, BUILT.readValue(BUILT.writeValueAsBytes(reading), Reading.class));
              } catch (java.io.IOException e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void theMapperWritesTheShapeOfTheFormats() throws Exception {
    Digest digest = TestDigests.twoPapers();
    String line = new JsonLinesDigestFormat().writer().writeAsString(digest);
    assertEquals(line, PLAIN.writeValueAsString(digest) + "\n");
    List<Digest> archive = List.of(digest, digest.withDate(LocalDate.of(2024, 10, 11)));
    String array = new JsonDigestFormat().writer().writeAllAsString(archive);
    assertEquals(archive, PLAIN.readValue(array, new TypeReference<List<Digest>>() {}));
  }

  @Test
  void theMappersSettingsDoNotBendTheShape() throws Exception {
    ObjectMapper tweaked =
        JsonMapper.builder()
            .addModule(new DigestModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    Digest digest = TestDigests.twoPapers();
    assertEquals(PLAIN.writeValueAsString(digest), tweaked.writeValueAsString(digest));
    String withExtra =
        PLAIN.writeValueAsString(digest).replace("{\"date\"", "{\"extra\":1,\"date\"");
    assertThrows(
        UnrecognizedPropertyException.class, () -> tweaked.readValue(withExtra, Digest.class));
  }

  @Test
  void anUnknownKeyFailsWithItsPath() {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\"],\"summary\":\"s\"");
    UnrecognizedPropertyException e =
        assertThrows(
            UnrecognizedPropertyException.class, () -> PLAIN.readValue(json, Reading.class));
    assertEquals("digest.papers[0].summary", path(e));
    assertEquals("summary", e.getPropertyName());
    assertEquals(json.indexOf("\"summary\"") + 1, e.getLocation().getColumnNr());
  }

  @Test
  void aTagWithASpaceFailsWithItsPathAndLocation() {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\",\"deep learning\"]");
    InvalidFormatException e =
        assertThrows(InvalidFormatException.class, () -> PLAIN.readValue(json, Reading.class));
    assertEquals("digest.papers[0].tags[1]", path(e));
    assertEquals(json.indexOf("\"deep learning\"") + 1, e.getLocation().getColumnNr());
    assertEquals(
        "the tag `deep learning` holds whitespace (U+0020 at character 5), but a tag is one word",
        e.getOriginalMessage());
  }

  @Test
  void aFavouritePaperWithoutTitleFailsWithItsPath() {
    String json =
        readingJson().replace("\"favourites\":[]", "\"favourites\":[{\"authors\":[],\"tags\":[]}]");
    MismatchedInputException e =
        assertThrows(MismatchedInputException.class, () -> PLAIN.readValue(json, Reading.class));
    assertEquals("favourites[0]", path(e));
    assertEquals(
        "the paper has no `title`; every paper needs `title`, `authors` and `tags`",
        e.getOriginalMessage());
  }

  @Test
  void anImpossibleDateFailsWithItsPath() {
    String json = readingJson().replace("2024-10-10", "2024-02-30");
    InvalidFormatException e =
        assertThrows(InvalidFormatException.class, () -> PLAIN.readValue(json, Reading.class));
    assertEquals("digest.date", path(e));
    assertEquals("2024-02-30", e.getValue());
  }

  @Test
  void aWrongTypeFailsWithItsPath() {
    String json = readingJson().replace("\"authors\":[\"Kim\"]", "\"authors\":{}");
    MismatchedInputException e =
        assertThrows(MismatchedInputException.class, () -> PLAIN.readValue(json, Reading.class));
    assertEquals("digest.papers[0].authors", path(e));
  }

  @Test
  void aDigestThatIsNotAnObjectFails() {
    assertThrows(
        MismatchedInputException.class,
        () -> PLAIN.readValue("[1]", new TypeReference<List<Digest>>() {}));
  }

  @Test
  void aYearBeyondFourDigitsIsUnwritable() {
    Digest far = Digest.builder().date(LocalDate.of(10_000, 1, 1)).build();
    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> PLAIN.writeValueAsString(far));
    assertInstanceOf(UnwritableDigestException.class, e.getCause());
    assertThrows(
        UnwritableDigestException.class, () -> new JsonDigestFormat().writer().writeAsString(far));
  }

  @Test
  void nullForAnOptionalTextReadsAsAbsent() throws Exception {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\"],\"comment\":null");
    Reading reading = PLAIN.readValue(json, Reading.class);
    assertEquals(Optional.empty(), reading.digest().papers().get(0).comment());
    assertFalse(PLAIN.writeValueAsString(reading).contains("null"));
  }

  /** The service entry in the jar lets Jackson find the module. */
  @Test
  void findAndRegisterModulesFindsIt() throws Exception {
    ObjectMapper found = JsonMapper.builder().findAndAddModules().build();
    assertTrue(
        found.getRegisteredModuleIds().contains(new DigestModule().getTypeId()),
        found.getRegisteredModuleIds()::toString);
    Digest digest = TestDigests.twoPapers();
    assertEquals(PLAIN.writeValueAsString(digest), found.writeValueAsString(digest));
    assertEquals(
        digest,
        new ObjectMapper()
            .findAndRegisterModules()
            .readValue(PLAIN.writeValueAsString(digest), Digest.class));
  }

  /** The version the build gives, as Jackson modules report theirs. */
  @Test
  void versionIsTheBuildsVersion() {
    Version version = new DigestModule().version();
    assertEquals("dev.paperdigest", version.getGroupId());
    assertEquals("digest-jackson", version.getArtifactId());
    assertEquals(System.getProperty("project.version"), version.toString());
    assertFalse(version.isUnknownVersion());
  }

  @Test
  void aRefusalNamesTheFormatThatRefuses() {
    Digest far = Digest.builder().date(LocalDate.of(-1, 12, 31)).build();
    for (DigestFormat format : List.of(new JsonDigestFormat(), new JsonLinesDigestFormat())) {
      UnwritableDigestException e =
          assertThrows(UnwritableDigestException.class, () -> format.writer().writeAsString(far));
      assertEquals(format.name(), e.formatName());
      assertEquals(-1, e.paper());
      assertEquals(Optional.empty(), e.field());
      assertEquals(
          "the "
              + format.name()
              + " format cannot hold the digest of -0001-12-31: its year is outside 0 to 9999, and"
              + " dates are written with four-digit years",
          e.getMessage());
    }
  }

  private static String readingJson() {
    return "{\"reader\":\"kim\",\"digest\":{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"A"
        + " paper\",\"authors\":[\"Kim\"],\"tags\":[\"ml\"]}]},\"favourites\":[]}";
  }

  /** Jackson's path as {@code a.b[0].c}. */
  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .substring(1);
  }
}
