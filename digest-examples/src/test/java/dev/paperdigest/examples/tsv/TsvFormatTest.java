package dev.paperdigest.examples.tsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestFormats;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import dev.paperdigest.core.UnwritableDigestException;
import dev.paperdigest.testkit.DigestGenerators;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TsvFormatTest {
  private static final DigestFormats FORMATS = DigestFormats.load();
  private static final DigestFormat TSV = FORMATS.require("tsv");

  private static List<Diagnostic> problems(String tsv) {
    return assertThrows(DigestFormatException.class, () -> TSV.reader().readAll(tsv)).diagnostics();
  }

  @Test
  void isFoundByNameAndExtension() {
    assertEquals(TSV, FORMATS.byPath(Path.of("papers.TSV")).orElseThrow());
  }

  @Test
  void everyDigestReadsBackAsWrittenOrIsRefusedWhole() {
    AtomicInteger written = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(200)
        .forAll(DigestGenerators.archives(DigestGenerators.digests()))
        .checkAssert(
            archive -> {
              String tsv;
              try {
                tsv = TSV.writer().writeAllAsString(archive);
              } catch (UnwritableDigestException e) {
                refused.incrementAndGet();
                return;
              }
              written.incrementAndGet();
              assertEquals(archive, TSV.reader().readAll(tsv));
            });
    assertTrue(written.get() > 130, "most archives are writable: " + written);
  }

  @Test
  void theSampleGoesThroughTsvAndBackToTheSameDigest() throws Exception {
    Digest sample = FORMATS.require("text").reader().read(Path.of("../examples/2024-10-10.txt"));
    String tsv = TSV.writer().writeAsString(sample);
    assertEquals(9, tsv.lines().count(), "a header and a row per paper");
    assertEquals(sample, TSV.reader().read(tsv));
  }

  @Test
  void readsWhatASpreadsheetExports() {
    String exported =
        "2024-10-10\tRound and Round We Go!\tFederico Barbero; Petar Veličković\t\t"
            + "RoPE에서 고주파\tHigh frequencies\tpositional-encoding rope\r\n"
            + "2024-10-11\r\n";
    List<Digest> digests = TSV.reader().readAll(exported);
    assertEquals(2, digests.size());
    assertEquals(
        List.of("Federico Barbero", "Petar Veličković"), digests.get(0).papers().get(0).authors());
    assertEquals(List.of(), digests.get(1).papers());
  }

  @Test
  void problemsAreReportedWithLineAndColumnAndReadingGoesOn() {
    String typed =
        TsvLayout.HEADER
            + "\n2024-02-30\tA title\t\t\t\t\tt\n"
            + "2024-10-11\tSecond\tKim\tC:\\Users\t\t\tt\n"
            + "2024-10-12\tThird\tLee\n"
            + "2024-10-13\tFourth\t\t\t\t\tdeep learning\n";
    assertEquals(
        List.of(
            "<string>:2:1: error: `2024-02-30` is not a date: there is no February 30 in 2024",
            "<string>:3:25: error: a backslash starts an escape, `\\\\`, `\\t` or `\\n`; write"
                + " `\\\\` for a backslash",
            "<string>:4:1: error: expected 7 columns separated by tabs (date title authors"
                + " abstract comment translation tags), found 3"),
        problems(typed).stream().map(Diagnostic::toString).toList());
  }

  @Test
  void aModelRuleIsReportedAtItsColumnInTheWordsOfTheField() {
    assertEquals(
        List.of("<string>:1:12: error: the title ` ` is blank"),
        problems("2024-10-10\t \t\t\t\t\tt").stream().map(Diagnostic::toString).toList());
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() {
    byte[] bytes =
        "2024-10-10\tT\t\t\t\t\tt\n2024-10-11\tX\t\t\t\t\tt\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 3] = (byte) 0xFF;
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () -> TSV.reader().readAll(new ByteArrayInputStream(bytes), "bad.tsv"));
    assertEquals(
        "bad.tsv:2:1: error: invalid UTF-8: byte 0xFF does not begin any character; save the file"
            + " as UTF-8",
        e.getMessage());
  }

  @Test
  void aTagWrittenWithItsHashIsKeptWithAWarningAtTheTag() {
    try (DigestIterator digests =
        TSV.reader()
            .open(
                new ByteArrayInputStream(
                    "2024-10-10\tT\tKim\t\t\t\tllm #rope".getBytes(StandardCharsets.UTF_8)),
                "w.tsv")) {
      assertEquals(List.of("llm", "#rope"), digests.next().papers().get(0).tags());
      assertEquals(
          List.of(
              "w.tsv:1:25: warning: the tag `#rope` keeps its `#`; tags are written without it"),
          digests.warnings().stream().map(Diagnostic::toString).toList());
      assertEquals(new SourcePosition(1, 21), digests.locations().element(0, PaperField.TAGS, 0));
      assertEquals(new SourcePosition(1, 14), digests.locations().field(0, PaperField.AUTHORS));
    }
  }

  @Test
  void theWriterRefusesWhatWouldReadBackDifferently() {
    Digest digest = TSV.reader().read("2024-10-10\tT\tKim\t\t\t\tt");
    UnwritableDigestException e =
        assertThrows(
            UnwritableDigestException.class,
            () -> TSV.writer().writeAllAsString(List.of(digest, digest)));
    assertTrue(e.getMessage().contains("two digests of 2024-10-10"), e.getMessage());

    Digest split = digest.withPapers(digest.papers().get(0).withAuthors("Kim; Lee"));
    UnwritableDigestException author =
        assertThrows(UnwritableDigestException.class, () -> TSV.writer().writeAsString(split));
    assertEquals(0, author.paper());
    assertEquals(PaperField.AUTHORS, author.field().orElseThrow());
  }
}
