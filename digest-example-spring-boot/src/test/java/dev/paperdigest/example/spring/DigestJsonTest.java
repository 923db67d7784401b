package dev.paperdigest.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;
import tools.jackson.databind.json.JsonMapper;

/** Boot's JSON slice: its auto-configured JsonMapper has found DigestModule by itself. */
@JsonTest
class DigestJsonTest {
  @Autowired JacksonTester<Digest> json;
  @Autowired JsonMapper mapper;

  @Test
  void bootsMapperHasTheModule() {
    assertThat(mapper.registeredModules())
        .anyMatch(m -> m instanceof dev.paperdigest.jackson3.DigestModule);
  }

  @Test
  void aDigestWritesAndReadsBack() throws Exception {
    Digest digest =
        Digest.builder()
            .date(LocalDate.of(2024, 10, 10))
            .addPapers(Paper.builder().title("TxT360").addTags("corpus").build())
            .build();
    assertThat(json.write(digest))
        .isEqualToJson(
            "{\"date\":\"2024-10-10\",\"papers\":[{\"title\":\"TxT360\",\"authors\":[],"
                + "\"tags\":[\"corpus\"]}]}");
    assertThat(json.parseObject(json.write(digest).getJson())).isEqualTo(digest);
  }
}
