package dev.paperdigest.examples.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-format.md shows this module's files whole; each block that names a file must be
 * that file, byte for byte, so the guide can never drift from the code that is built and tested.
 */
class GuideMatchesTheCodeTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern NAMED_BLOCK =
      Pattern.compile("```\\w*\\n// (digest-examples/\\S+)\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyFileTheGuideShowsIsTheFileInTheModule() throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/writing-a-format.md"));
    Matcher block = NAMED_BLOCK.matcher(guide);
    List<String> shown = new ArrayList<>();
    while (block.find()) {
      Path file = ROOT.resolve(block.group(1));
      assertEquals(Files.readString(file), block.group(2), "the guide's copy of " + file);
      shown.add(block.group(1));
    }
    for (String file :
        List.of(
            "TsvFormat.java", "TsvLayout.java", "TsvDigestIterator.java", "TsvDigestWriter.java")) {
      assertTrue(
          shown.contains("digest-examples/src/main/java/dev/paperdigest/examples/tsv/" + file),
          "the guide shows " + file + "; it shows " + shown);
    }
  }
}
