package dev.paperdigest.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.Paper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A project with Jackson 3 alone, as a new Spring Boot 4 application is: this module's tests run
 * with Jackson 2 and digest-jackson taken off the class path (see the POM), which the first test
 * checks.
 */
class JacksonThreeAloneTest {
  record Reading(String reader, Digest digest, List<Paper> favourites) {}

  @Test
  void jacksonTwoIsNotOnTheClassPath() {
    for (String jackson2 :
        List.of(
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.core.JsonParser",
            "dev.paperdigest.jackson.DigestModule")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(jackson2), jackson2);
    }
  }

  @Test
  void findAndAddModulesBindsTheSample() throws Exception {
    Digest sample =
        DigestFormats.load().require("text").reader().read(Path.of("../examples/2024-10-10.txt"));
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(sample);
    assertTrue(json.contains("\"date\" : \"2024-10-10\""), json);
    assertEquals(sample, mapper.readValue(json, Digest.class));

    Reading reading = new Reading("kim", sample, List.of(sample.papers().get(2)));
    assertEquals(reading, mapper.readValue(mapper.writeValueAsBytes(reading), Reading.class));
  }
}
