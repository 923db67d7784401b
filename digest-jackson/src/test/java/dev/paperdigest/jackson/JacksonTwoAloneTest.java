package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.Paper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A project with Jackson 2 alone: this test runs in a surefire execution of its own, with Jackson 3
 * (which the schema validator of the other tests brings) taken off the class path.
 */
class JacksonTwoAloneTest {
  record Reading(String reader, Digest digest, List<Paper> favourites) {}

  @Test
  void jacksonThreeIsNotOnTheClassPath() {
    for (String jackson3 :
        List.of("tools.jackson.databind.ObjectMapper", "tools.jackson.core.JsonParser")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(jackson3), jackson3);
    }
  }

  @Test
  void findAndRegisterModulesBindsTheSample() throws Exception {
    DigestFormats formats = DigestFormats.load();
    Digest sample = formats.require("text").reader().read(Path.of("../examples/2024-10-10.txt"));
    String json = formats.require("json").writer().writeAsString(sample);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertEquals(sample, mapper.readValue(json, Digest.class));
    Reading reading = new Reading("kim", sample, List.of(sample.papers().get(2)));
    assertEquals(reading, mapper.readValue(mapper.writeValueAsBytes(reading), Reading.class));
  }
}
