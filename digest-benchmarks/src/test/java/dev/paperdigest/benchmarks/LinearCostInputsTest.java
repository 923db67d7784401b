package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinearCostInputsTest {

  @Test
  void theLargestScaleIsAOneMebibyteLineAndOneHundredThousandAuthors() {
    Paper longLine =
        LinearCostInputs.digests(LinearCostInputs.ABSTRACT_LINE, 16).get(0).papers().get(0);
    String line = longLine.abstractText().orElseThrow();
    assertFalse(line.contains("\n"));
    assertTrue(line.getBytes(StandardCharsets.UTF_8).length >= 1024 * 1024);
    assertEquals(
        100_000,
        LinearCostInputs.digests(LinearCostInputs.AUTHORS, 16)
            .get(0)
            .papers()
            .get(0)
            .authors()
            .size());
    assertEquals("1 MiB", LinearCostInputs.size(LinearCostInputs.ABSTRACT_LINE, 16));
    assertEquals("64 KiB", LinearCostInputs.size(LinearCostInputs.ABSTRACT_LINE, 1));
    assertEquals("100,000", LinearCostInputs.size(LinearCostInputs.AUTHORS, 16));
    assertEquals("16 MB", LinearCostInputs.size(LinearCostInputs.ARCHIVE, 16));
  }

  @ParameterizedTest
  @ValueSource(strings = {Corpus.TEXT, Corpus.JSON, Corpus.MARKDOWN})
  void everyFormatWritesAndReadsBackEveryShape(String format) throws IOException {
    for (String shape : LinearCostInputs.SHAPES) {
      List<Digest> digests = LinearCostInputs.digests(shape, 1);
      byte[] document = Corpus.written(format, digests);
      assertEquals(
          digests,
          Corpus.format(format).reader().readAll(new ByteArrayInputStream(document), shape),
          format + " " + shape);
    }
  }
}
