package dev.paperdigest.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestFormatsTest {

  /** A format that only has a name and extensions: enough for the registry. */
  private static DigestFormat named(String name, String... extensions) {
    DigestFormat real = new DateLinesFormat();
    return new DigestFormat() {
      public String name() {
        return name;
      }

      public List<String> extensions() {
        return List.of(extensions);
      }

      public DigestReader reader() {
        return real.reader();
      }

      public DigestWriter writer() {
        return real.writer();
      }
    };
  }

  @Test
  void loadFindsFormatsRegisteredOnTheClassPath() {
    DigestFormats formats = DigestFormats.load();
    assertTrue(formats.byName("datelines").orElseThrow() instanceof DateLinesFormat);
  }

  @Test
  void namesMatchIgnoringCaseAndFormatsAreListedByName() {
    DigestFormat b = named("b", ".b");
    DigestFormat a = named("a", ".a");
    DigestFormats formats = DigestFormats.of(b, a);
    assertEquals(List.of(a, b), formats.all());
    assertSame(a, formats.byName("A").orElseThrow());
    assertTrue(formats.byName("c").isEmpty());
  }

  @Test
  void theLongestMatchingExtensionWins() {
    DigestFormat json = named("json", ".json");
    DigestFormat special = named("special", ".digest.json");
    DigestFormats formats = DigestFormats.of(json, special);
    assertSame(json, formats.byPath(Path.of("dir/x.JSON")).orElseThrow());
    assertSame(special, formats.byPath(Path.of("x.digest.json")).orElseThrow());
    assertTrue(formats.byPath(Path.of("x.md")).isEmpty());
    assertTrue(formats.byPath(Path.of("/")).isEmpty());
  }

  @Test
  void aFormatSaysWhichOfItsExtensionsEndsAName() {
    DigestFormat json = named("json", ".json", ".digest.json");
    assertEquals(Optional.of(".digest.json"), json.extensionOf("2024.Digest.JSON"));
    assertEquals(Optional.of(".json"), json.extensionOf("a.json"));
    assertEquals(Optional.empty(), json.extensionOf("a.jsonl"));
  }

  @Test
  void requireSaysWhichModuleToAddForAMissingFormat() {
    DigestFormats formats = DigestFormats.of(named("text", ".txt"), named("markdown", ".md"));
    assertEquals("text", formats.require("TEXT").name());
    IllegalStateException missing =
        assertThrows(IllegalStateException.class, () -> formats.require("json"));
    assertEquals(
        "no format `json` on the class path; add the dependency dev.paperdigest:digest-jackson"
            + " (formats found: markdown, text)",
        missing.getMessage());
    IllegalStateException unknown =
        assertThrows(IllegalStateException.class, () -> DigestFormats.of().require("yaml"));
    assertEquals("no format `yaml` on the class path (formats found: none)", unknown.getMessage());
  }

  @Test
  void twoFormatsWithOneNameAreRefusedNamingBothClasses() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DigestFormats.of(named("x", ".x"), named("x", ".y")));
    assertTrue(e.getMessage().contains("\"x\""), e.getMessage());
  }
}
