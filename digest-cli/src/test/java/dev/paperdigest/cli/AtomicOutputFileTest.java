package dev.paperdigest.cli;

import static dev.paperdigest.cli.Documents.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputFileTest {
  @TempDir Path dir;

  @Test
  void theTargetAppearsOnlyOnCommit() throws IOException {
    Path target = dir.resolve("out.txt");
    try (AtomicOutputFile file = AtomicOutputFile.create(target)) {
      file.stream().write("complete".getBytes(StandardCharsets.UTF_8));
      file.stream().flush();
      assertFalse(Files.exists(target));
      List<String> during = names(dir);
      assertEquals(1, during.size());
      assertTrue(during.get(0).matches("\\.out\\.txt\\.[0-9a-z]+\\.tmp"), during.get(0));

      file.commit();
    }

    assertEquals("complete", Files.readString(target));
    assertEquals(List.of("out.txt"), names(dir));
  }

  @Test
  void closingWithoutCommitLeavesTheTargetAsItWas() throws IOException {
    Path target = Files.writeString(dir.resolve("out.txt"), "before");
    try (AtomicOutputFile file = AtomicOutputFile.create(target)) {
      file.stream().write("half".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals("before", Files.readString(target));
    assertEquals(List.of("out.txt"), names(dir));
  }

  @Test
  void aLongNameGetsAShortenedTemporaryName() throws IOException {
    String name = "가".repeat(80) + ".txt";
    try (AtomicOutputFile file = AtomicOutputFile.create(dir.resolve(name))) {
      String temporary = names(dir).get(0);
      assertTrue(temporary.startsWith("." + "가".repeat(32) + "."), temporary);
      file.commit();
    }
    assertEquals(List.of(name), names(dir));
  }
}
