package dev.paperdigest.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of README.md and docs/*.md, taken as a reader pastes it, so that the documentation
 * cannot drift from the code. Each {@code ```java} block is one of three kinds:
 *
 * <ul>
 *   <li>a file of this repository shown whole, named by its first line ({@code //
 *       digest-examples/src/main/java/...}): it must be that file, byte for byte, which its own
 *       module compiles and tests;
 *   <li>a whole source file (imports, then a class or record): it must compile on its own, and a
 *       class with a {@code main} method must also run, in a directory holding the repository's
 *       {@code examples/};
 *   <li>statements, after their imports: they must compile as the body of a method that declares no
 *       exception, so a snippet that needs a {@code throws} clause has to show its method.
 * </ul>
 *
 * <p>Snippets compile against this module's test class path, which holds every published module.
 */
class DocumentationSnippetsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK =
      Pattern.compile("^```java\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
  private static final Pattern NAMED_FILE = Pattern.compile("// (\\S+/\\S+)\\n");
  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:public |final |abstract |sealed )*(?:class|record|interface|enum) (\\w+)",
          Pattern.MULTILINE);
  private static final Pattern MAIN_METHOD =
      Pattern.compile("public static void main\\(String\\[\\] \\w+\\)");

  @TempDir Path work;

  @TestFactory
  Stream<DynamicTest> everyJavaBlockOfTheDocumentation() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (Path document : documents()) {
      blocks.addAll(blocksOf(document));
    }
    assertFalse(blocks.isEmpty(), "the documentation holds Java blocks");
    return blocks.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> check(block)));
  }

  @TestFactory
  Stream<DynamicTest> theGuideShowsEveryFileOfItsFormat() throws IOException {
    List<String> shown =
        blocksOf(ROOT.resolve("docs/writing-a-format.md")).stream()
            .map(Block::namedFile)
            .collect(Collectors.toList());
    return Stream.of("TsvFormat", "TsvLayout", "TsvDigestIterator", "TsvDigestWriter")
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () ->
                        assertTrue(
                            shown.contains(
                                "digest-examples/src/main/java/dev/paperdigest/examples/tsv/"
                                    + name
                                    + ".java"),
                            "docs/writing-a-format.md shows "
                                + name
                                + ".java; it shows "
                                + shown)));
  }

  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    documents.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return documents;
  }

  private static List<Block> blocksOf(Path document) throws IOException {
    String text = Files.readString(document);
    List<Block> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(text);
    while (block.find()) {
      int line = (int) text.substring(0, block.start(1)).chars().filter(c -> c == '\n').count() + 1;
      blocks.add(new Block(ROOT.relativize(document).toString(), line, block.group(1)));
    }
    return blocks;
  }

  private void check(Block block) throws Exception {
    if (block.namedFile() != null) {
      Path file = ROOT.resolve(block.namedFile());
      assertTrue(
          Files.isRegularFile(file), block.where() + " shows " + file + ", which is missing");
      assertEquals(
          Files.readString(file), block.afterName(), block.where() + ": the copy of " + file);
      return;
    }
    Matcher type = TYPE_DECLARATION.matcher(block.code());
    if (type.find()) {
      Path classes = compile(block, type.group(1) + ".java", block.code(), 0);
      if (MAIN_METHOD.matcher(block.code()).find()) {
        run(block, classes, type.group(1));
      }
    } else {
      compile(block, "Snippet.java", asMethodBody(block.code()), 1);
    }
  }

  /**
   * Imports stay at the top; the rest becomes the body of a method that declares no exception.
   * Every import comes before the first statement, as in a real file, so lines keep their order.
   */
  private static String asMethodBody(String code) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return imports + "final class Snippet { void snippet() {\n" + body + "} }\n";
  }

  private Path compile(Block block, String fileName, String source, int linesAdded)
      throws IOException {
    Path sources = Files.createDirectories(work.resolve(block.id()).resolve("src"));
    Path classes = Files.createDirectories(work.resolve(block.id()).resolve("classes"));
    Path file = Files.writeString(sources.resolve(fileName), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> problems = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(problems, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-proc:none",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString());
      boolean compiled =
          javac
              .getTask(
                  new StringWriter(),
                  files,
                  problems,
                  options,
                  null,
                  files.getJavaFileObjects(file.toFile()))
              .call();
      if (!compiled) {
        fail(
            problems.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> block.lineOf(d.getLineNumber() - linesAdded) + ": " + d.getMessage(null))
                .collect(
                    Collectors.joining("\n", "the snippet does not compile as pasted:\n", "")));
      }
    }
    return classes;
  }

  /** Runs a snippet's main in its own process, where {@code examples/} is as in the repository. */
  private void run(Block block, Path classes, String mainClass) throws Exception {
    Path directory = Files.createDirectories(work.resolve(block.id()).resolve("run"));
    Path examples = Files.createDirectories(directory.resolve("examples"));
    try (Stream<Path> files = Files.list(ROOT.resolve("examples"))) {
      for (Path example : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(example)) {
          Files.copy(example, examples.resolve(example.getFileName()));
        }
      }
    }
    Path output = directory.resolve("output.txt");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + System.getProperty("java.class.path"),
                mainClass)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(block.where() + ": the snippet's main did not finish in 2 minutes");
    }
    assertEquals(
        0,
        process.exitValue(),
        () -> {
          try {
            return block.where() + ": the snippet's main failed:\n" + Files.readString(output);
          } catch (IOException e) {
            return block.where() + ": the snippet's main failed";
          }
        });
  }

  /** A Java block: where it starts in which document, and its text. */
  private record Block(String document, int line, String code) {
    String where() {
      return document + ":" + line;
    }

    String id() {
      return document.replaceAll("\\W", "_") + "_" + line;
    }

    /** The repository file whose copy the block is, or {@code null}. */
    String namedFile() {
      Matcher name = NAMED_FILE.matcher(code);
      return name.lookingAt() && name.group(1).contains(".") ? name.group(1) : null;
    }

    String afterName() {
      return code.substring(code.indexOf('\n') + 1);
    }

    /** The document's line for a line of the block, counted from 1. */
    String lineOf(long blockLine) {
      return document + ":" + (line + blockLine - 1);
    }
  }
}
