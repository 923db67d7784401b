package dev.paperdigest.fuzz;

import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.jackson.JsonDigestFormat;
import dev.paperdigest.jackson.JsonLinesDigestFormat;
import dev.paperdigest.markdown.MarkdownFormat;
import dev.paperdigest.testkit.DigestGenerators;
import dev.paperdigest.text.TextFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;

/**
 * Writes the seed inputs of every fuzz target into its inputs directory, as files named {@code
 * seed-*}: the sample, the docs' examples, digests the test kit generates, and inputs as people
 * type them. Files of other names there are findings and stay. Run by {@code ./fuzz seeds} from the
 * repository root; the output is deterministic, so the seeds are committed.
 */
public final class SeedCorpus {
  private static final Path INPUTS =
      Path.of("digest-fuzz/src/test/resources/dev/paperdigest/fuzz/DigestFuzzTestInputs");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

  /** The longest input {@code ./fuzz} tries ({@code -max_len}). */
  private static final int MAX_SEED_BYTES = 8192;

  private final Map<String, byte[]> seeds = new LinkedHashMap<>();

  private SeedCorpus() {}

  public static void main(String[] args) throws IOException {
    for (String target : List.of("text", "json", "jsonl", "markdown", "module", "chain")) {
      SeedCorpus corpus = new SeedCorpus();
      corpus.collect(target);
      corpus.writeTo(INPUTS.resolve(target));
    }
  }

  private void collect(String target) throws IOException {
    switch (target) {
      case "text", "chain" -> {
        add("sample", Files.readAllBytes(Path.of("examples/2024-10-10.txt")));
        addDocs("text-format", "");
        addGenerated(new TextFormat(), DigestGenerators.textDigests());
        addTyped(TYPED_TEXT);
      }
      case "json", "module" -> {
        addDocs("json", "json");
        addGenerated(new JsonDigestFormat(), DigestGenerators.digests());
        addTyped(TYPED_JSON);
      }
      case "jsonl" -> {
        addGenerated(new JsonLinesDigestFormat(), DigestGenerators.digests());
        addTyped(TYPED_JSONL);
      }
      case "markdown" -> {
        addDocs("markdown", "markdown");
        addGenerated(new MarkdownFormat(), DigestGenerators.digests());
        addTyped(TYPED_MARKDOWN);
      }
      default -> throw new IllegalArgumentException(target);
    }
  }

  private void addDocs(String page, String language) throws IOException {
    String doc = Files.readString(Path.of("docs/" + page + ".md"));
    Matcher block = FENCE.matcher(doc);
    int n = 0;
    while (block.find()) {
      if (block.group(1).equals(language)) {
        add("docs-" + page + "-" + ++n, block.group(2).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /**
   * Twenty archives the test kit generates, written by the format, of those no longer than the
   * inputs {@code ./fuzz} tries: longer ones would be cut. A fixed seed keeps them.
   */
  private void addGenerated(DigestFormat format, Gen<Digest> digests) {
    List<byte[]> written = new ArrayList<>();
    qt().withFixedSeed(16)
        .withExamples(200)
        .forAll(DigestGenerators.archives(digests))
        .checkAssert(
            archive -> {
              byte[] bytes = ReaderOracle.write(format, archive);
              if (bytes.length <= MAX_SEED_BYTES && written.size() < 20) {
                written.add(bytes);
              }
            });
    for (int i = 0; i < written.size(); i++) {
      add("testkit-" + (i + 1), written.get(i));
    }
  }

  private void addTyped(Map<String, String> typed) {
    typed.forEach((name, content) -> add(name, content.getBytes(StandardCharsets.UTF_8)));
  }

  private void add(String name, byte[] content) {
    seeds.put("seed-" + name, content);
  }

  private void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    try (Stream<Path> old = Files.list(directory)) {
      for (Path file : old.filter(f -> f.getFileName().toString().startsWith("seed-")).toList()) {
        Files.delete(file);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
      Files.write(directory.resolve(seed.getKey()), seed.getValue());
    }
  }

  private static final String PAPER =
      "Round and Round We Go!\n(Federico Barbero, Petar Veličković)\nAn abstract line.\n"
          + "한국어 코멘트.\nAn English translation.\n#rope #positional-encoding\n";

  private static final Map<String, String> TYPED_TEXT =
      Map.of(
          "nfd-hangul",
          "2024\u1102\u1167\u11AB 10\u110B\u116F\u11AF 10\u110B\u1175\u11AF\n"
              + PAPER.replace("한국어", "\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165"),
          "crlf",
          ("2024년 10월 10일\n" + PAPER).replace("\n", "\r\n"),
          "no-final-newline",
          ("2024년 10월 10일\n" + PAPER).stripTrailing(),
          "bom",
          "\uFEFF2024년 10월 10일\n" + PAPER,
          "tabs",
          "2024년 10월 10일\t\n" + PAPER.replace(", ", ",\t").replace("#rope ", "#rope\t"),
          "glued-date",
          "2024년 10월 10일\n" + PAPER.stripTrailing() + "2024년 10월 11일\n" + PAPER,
          "two-digests-no-papers",
          "2024년 10월 10일\n2024년 10월 11일\n");

  private static final Map<String, String> TYPED_JSON =
      Map.of(
          "escapes-from-python",
          "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"Caf\\u00e9 \\ud83d\\ude00\","
              + " \"authors\": [\"Petar Veli\\u010dkovi\\u0107\"], \"abstract\": null,"
              + " \"comment\": \"\\ud55c\\uad6d\\uc5b4\", \"translation\": null, \"tags\":"
              + " [\"rope\"]}]}",
          "pretty-with-nulls",
          "{\n    \"date\" : \"2024-10-10\",\n    \"papers\" : [ {\n      \"title\" : \"T\",\n"
              + "      \"authors\" : [ ],\n      \"abstract\" : null,\n      \"comment\" : null,\n"
              + "      \"translation\" : null,\n      \"tags\" : [ ]\n    } ]\n}\n",
          "archive-crlf",
          "[{\"date\":\"2024-10-10\",\"papers\":[]},\r\n"
              + "{\"date\":\"2024-10-11\",\"papers\":[]}]\r\n",
          "bom",
          "\uFEFF{\"date\":\"2024-10-10\",\"papers\":[]}");

  private static final Map<String, String> TYPED_JSONL =
      Map.of(
          "escapes-from-python",
          "{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \"Caf\\u00e9\", \"authors\": [],"
              + " \"tags\": [], \"abstract\": null}]}\n"
              + "{\"date\": \"2024-10-11\", \"papers\": []}\n",
          "crlf-no-final-newline",
          "{\"date\":\"2024-10-10\",\"papers\":[]}\r\n{\"date\":\"2024-10-11\",\"papers\":[]}",
          "blank-lines",
          "\n{\"date\":\"2024-10-10\",\"papers\":[]}\n\n");

  private static final Map<String, String> TYPED_MARKDOWN =
      Map.of(
          "hand-written",
          "# 2024-10-10\n\n## Round and Round We Go!\n\n*Federico Barbero*, *Petar Veličković*\n\n"
              + "> An abstract\\\n> on two lines.\n\n**Comment:** 한국어 코멘트.\n\n"
              + "**Translation:** An English translation.\n\n`#rope` `#positional-encoding`\n",
          "crlf-setext-and-escapes",
          "2024-10-10\r\n==========\r\n\r\n## A \\| table \\$x\\$ \\*title\\*\r\n\r\n"
              + "*Ann*, *Bob, Jr.*\r\n",
          "no-final-newline",
          "# 2024-10-10\n\n## Title only",
          "tabs",
          "#\t2024-10-10\n\n##\tTitle\n\n`#tag`\t`#other`\n");
}
