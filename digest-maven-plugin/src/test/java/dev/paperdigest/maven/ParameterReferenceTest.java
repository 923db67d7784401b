package dev.paperdigest.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The parameter reference of docs/maven-plugin.md is generated from the plugin descriptor, the one
 * {@code mvn digest:help -Ddetail} prints, so that it cannot drift from the code. When a parameter
 * changes, this test fails; {@code -Ddigest.updateDocs=true} rewrites the reference instead.
 */
class ParameterReferenceTest {
  private static final Path GUIDE = Path.of("../docs/maven-plugin.md");
  private static final String DESCRIPTOR =
      "/META-INF/maven/dev.paperdigest/digest-maven-plugin/plugin-help.xml";
  private static final String BEGIN =
      "<!-- Generated from the plugin descriptor by ParameterReferenceTest: do not edit. -->\n";
  private static final String END = "<!-- End of the generated reference. -->\n";

  @Test
  void theGuideDocumentsEveryParameterOfEveryGoal() throws Exception {
    String guide = Files.readString(GUIDE);
    int begin = guide.indexOf(BEGIN);
    int end = guide.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "docs/maven-plugin.md holds the generated reference");
    String documented = guide.substring(begin + BEGIN.length(), end);
    String generated = reference();
    if (Boolean.getBoolean("digest.updateDocs")) {
      Files.writeString(
          GUIDE, guide.substring(0, begin + BEGIN.length()) + generated + guide.substring(end));
      return;
    }
    assertEquals(
        generated,
        documented,
        "docs/maven-plugin.md's parameter reference is out of date; regenerate it with"
            + " mvn -pl digest-maven-plugin -am verify -Ddigest.updateDocs=true");
  }

  /** A section per goal: its phase, and a table of its parameters. */
  private static String reference() throws Exception {
    Element plugin;
    try (InputStream in = ParameterReferenceTest.class.getResourceAsStream(DESCRIPTOR)) {
      plugin =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
    }
    StringBuilder out = new StringBuilder();
    for (Element mojo : children(child(plugin, "mojos"), "mojo")) {
      String goal = text(mojo, "goal");
      if (goal.equals("help")) {
        continue;
      }
      out.append("\n### `digest:").append(goal).append("`\n\n");
      out.append("Bound by default to the `").append(text(mojo, "phase")).append("` phase.\n\n");
      out.append("| Parameter | Default | User property | Description |\n");
      out.append("|---|---|---|---|\n");
      Element configuration = child(mojo, "configuration");
      for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
        String name = text(parameter, "name");
        Element configured = configuration == null ? null : child(configuration, name);
        String defaultValue = configured == null ? "" : configured.getAttribute("default-value");
        String expression = configured == null ? "" : configured.getTextContent().strip();
        out.append("| `").append(name).append("` | ");
        if (!defaultValue.isEmpty()) {
          out.append('`').append(defaultValue).append('`');
        } else if (text(parameter, "required").equals("true")) {
          out.append("required");
        }
        out.append(" | ");
        if (expression.startsWith("${") && expression.endsWith("}")) {
          out.append('`').append(expression, 2, expression.length() - 1).append('`');
        }
        out.append(" | ").append(markdown(text(parameter, "description"))).append(" |\n");
      }
    }
    return out.append('\n').toString();
  }

  /** Plain text safe in a Markdown table cell. */
  private static String markdown(String text) {
    return text.strip()
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replaceAll("\\s+", " ");
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().strip();
  }
}
