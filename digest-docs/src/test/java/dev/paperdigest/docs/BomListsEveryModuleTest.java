package dev.paperdigest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README tells users to import {@code digest-bom} and leave the versions off; that works only
 * if the BOM names every published artifact, including one added after the BOM was written.
 */
class BomListsEveryModuleTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT =
      Pattern.compile("<groupId>dev.paperdigest</groupId>\\s*<artifactId>([^<]+)</artifactId>");

  @Test
  void theBomNamesEveryPublishedArtifactAndNothingElse() throws IOException {
    TreeSet<String> published = new TreeSet<>();
    for (String module : matches(MODULE, Files.readString(ROOT.resolve("pom.xml")))) {
      String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
      // Modules that are never deployed, and pom-only ones (the parent's children that hold no
      // jar: the BOM itself and the distribution's archives), are not dependencies.
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")
          && !pom.contains("<packaging>pom</packaging>")) {
        published.add(module);
      }
    }
    String bom = Files.readString(ROOT.resolve("digest-bom/pom.xml"));
    String managed = bom.substring(bom.indexOf("<dependencyManagement>"));
    assertEquals(published, new TreeSet<>(matches(ARTIFACT, managed)));
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
