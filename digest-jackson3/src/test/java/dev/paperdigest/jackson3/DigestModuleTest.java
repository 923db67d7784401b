package dev.paperdigest.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** {@link DigestModule} on Jackson 3 mappers the user builds, inside the user's own types. */
class DigestModuleTest {
  /** A user's record holding a digest and some of its papers. */
  record Reading(String reader, Digest digest, List<Paper> favourites) {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new DigestModule()).build();

  @Test
  void aUserRecordRoundTrips() {
    Digest digest = TestDigests.twoPapers();
    Reading reading =
        new Reading("kim", digest, List.of(digest.papers().get(1), digest.papers().get(0)));
    String json = MAPPER.writeValueAsString(reading);
    assertTrue(
        json.startsWith(
            "{\"reader\":\"kim\",\"digest\":{\"date\":\"2024-10-10\",\"papers\":[{\"title\":"),
        json);
    assertTrue(
        json.contains(
            "\"favourites\":[{\"title\":\"TxT360: A Top-Quality LLM Pre-training Dataset\","
                + "\"authors\":[],\"tags\":[]},{\"title\":\"Round and Round"),
        json);
    assertEquals(reading, MAPPER.readValue(json, Reading.class));
  }

  @Test
  void anyDigestRoundTripsInsideARecord() {
    qt().withExamples(150)
        .forAll(DigestGenerators.digests())
        .checkAssert(
            digest -> {
              Reading reading = new Reading("r", digest, digest.papers());
              assertEquals(
                  reading, MAPPER.readValue(MAPPER.writeValueAsBytes(reading), Reading.class));
            });
  }

  @Test
  void anyArchiveRoundTripsAsAList() {
    TypeReference<List<Digest>> archiveType = new TypeReference<>() {};
    qt().withExamples(100)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive ->
                assertEquals(
                    archive, MAPPER.readValue(MAPPER.writeValueAsString(archive), archiveType)));
  }

  /** The shape of the {@code jsonl} format, which docs/json.md shows. */
  @Test
  void theMapperWritesTheShapeOfTheFormats() {
    Paper bare = Paper.builder().title("A paper").addAuthors("Kim").addTags("ml").build();
    Digest digest =
        Digest.builder()
            .date(LocalDate.of(2024, 10, 10))
            .addPapers(bare, bare.withComment("좋은 논문"))
            .build();
    assertEquals(
        "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"A paper\",\"authors\":[\"Kim\"],"
            + "\"tags\":[\"ml\"]},{\"title\":\"A paper\",\"authors\":[\"Kim\"],"
            + "\"comment\":\"좋은 논문\",\"tags\":[\"ml\"]}]}",
        MAPPER.writeValueAsString(digest));
  }

  @Test
  void theMappersSettingsDoNotBendTheShape() {
    JsonMapper tweaked =
        JsonMapper.builder()
            .addModule(new DigestModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();
    Digest digest = TestDigests.twoPapers();
    assertEquals(MAPPER.writeValueAsString(digest), tweaked.writeValueAsString(digest));
    String withExtra =
        MAPPER.writeValueAsString(digest).replace("{\"date\"", "{\"extra\":1,\"date\"");
    assertThrows(
        UnrecognizedPropertyException.class, () -> tweaked.readValue(withExtra, Digest.class));
  }

  @Test
  void anUnknownKeyFailsWithItsPath() {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\"],\"summary\":\"s\"");
    UnrecognizedPropertyException e =
        assertThrows(
            UnrecognizedPropertyException.class, () -> MAPPER.readValue(json, Reading.class));
    assertEquals("digest.papers[0].summary", path(e));
    assertEquals("summary", e.getPropertyName());
    assertEquals(json.indexOf("\"summary\"") + 1, e.getLocation().getColumnNr());
  }

  @Test
  void aTagWithASpaceFailsWithItsPathAndLocation() {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\",\"deep learning\"]");
    InvalidFormatException e =
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(json, Reading.class));
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
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Reading.class));
    assertEquals("favourites[0]", path(e));
    assertEquals(
        "the paper has no `title`; every paper needs `title`, `authors` and `tags`",
        e.getOriginalMessage());
  }

  @Test
  void anImpossibleDateFailsWithItsPath() {
    String json = readingJson().replace("2024-10-10", "2024-02-30");
    InvalidFormatException e =
        assertThrows(InvalidFormatException.class, () -> MAPPER.readValue(json, Reading.class));
    assertEquals("digest.date", path(e));
    assertEquals("2024-02-30", e.getValue());
  }

  @Test
  void aWrongTypeFailsWithItsPath() {
    String json = readingJson().replace("\"authors\":[\"Kim\"]", "\"authors\":{}");
    MismatchedInputException e =
        assertThrows(MismatchedInputException.class, () -> MAPPER.readValue(json, Reading.class));
    assertEquals("digest.papers[0].authors", path(e));
  }

  @Test
  void aDigestThatIsNotAnObjectFails() {
    MismatchedInputException e =
        assertThrows(
            MismatchedInputException.class,
            () -> MAPPER.readValue("[1]", new TypeReference<List<Digest>>() {}));
    assertEquals("expected a digest object, found a number", e.getOriginalMessage());
  }

  @Test
  void aYearBeyondFourDigitsIsUnwritable() {
    Digest far = Digest.builder().date(LocalDate.of(10_000, 1, 1)).build();
    DatabindException e =
        assertThrows(DatabindException.class, () -> MAPPER.writeValueAsString(far));
    UnwritableDigestException cause =
        assertInstanceOf(UnwritableDigestException.class, e.getCause());
    assertEquals("json", cause.formatName());
  }

  @Test
  void nullForAnOptionalTextReadsAsAbsent() {
    String json = readingJson().replace("\"tags\":[\"ml\"]", "\"tags\":[\"ml\"],\"comment\":null");
    Reading reading = MAPPER.readValue(json, Reading.class);
    assertEquals(Optional.empty(), reading.digest().papers().get(0).comment());
    assertFalse(MAPPER.writeValueAsString(reading).contains("null"));
  }

  /** The service entry in the jar lets Jackson 3 find the module, once. */
  @Test
  void findAndAddModulesFindsIt() {
    JsonMapper found = JsonMapper.builder().findAndAddModules().build();
    assertEquals(
        1,
        found.registeredModules().stream().filter(m -> m instanceof DigestModule).count(),
        found.registeredModules()::toString);
    Digest digest = TestDigests.twoPapers();
    assertEquals(MAPPER.writeValueAsString(digest), found.writeValueAsString(digest));
    assertEquals(digest, found.readValue(MAPPER.writeValueAsString(digest), Digest.class));
  }

  /** Adding the module twice, by hand and through the service entry, registers it once. */
  @Test
  void addingItTwiceRegistersItOnce() {
    JsonMapper twice =
        JsonMapper.builder().addModule(new DigestModule()).findAndAddModules().build();
    assertEquals(
        1, twice.registeredModules().stream().filter(m -> m instanceof DigestModule).count());
  }

  /** The version the build gives, as Jackson modules report theirs. */
  @Test
  void versionIsTheBuildsVersion() {
    Version version = new DigestModule().version();
    assertEquals("dev.paperdigest", version.getGroupId());
    assertEquals("digest-jackson3", version.getArtifactId());
    assertEquals(System.getProperty("project.version"), version.toString());
    assertFalse(version.isUnknownVersion());
  }

  private static String readingJson() {
    return "{\"reader\":\"kim\",\"digest\":{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"A"
        + " paper\",\"authors\":[\"Kim\"],\"tags\":[\"ml\"]}]},\"favourites\":[]}";
  }

  /** Jackson's path as {@code a.b[0].c}. */
  private static String path(DatabindException e) {
    return e.getPath().stream()
        .map(
            r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .substring(1);
  }
}
