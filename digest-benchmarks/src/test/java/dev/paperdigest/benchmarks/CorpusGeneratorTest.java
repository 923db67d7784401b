package dev.paperdigest.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormat;
import dev.paperdigest.core.DigestFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
  private static final Path SAMPLE = Path.of("../examples/2024-10-10.txt");
  private static final DigestFormat TEXT = DigestFormats.load().byName("text").orElseThrow();

  @Test
  void theSameSeedAndSizeGiveTheSameBytes() {
    byte[] first = CorpusGenerator.fromSample(7).text(500_000);
    byte[] second = CorpusGenerator.fromSample(7).text(500_000);
    assertArrayEquals(first, second);
  }

  @Test
  void anotherSeedShufflesTheEntriesDifferently() {
    byte[] first = CorpusGenerator.fromSample(7).text(500_000);
    byte[] other = CorpusGenerator.fromSample(8).text(500_000);
    assertEquals(first.length, other.length, "the same entries, so the same size");
    assertFalse(Arrays.equals(first, other));
  }

  @Test
  void theArchiveReachesTheRequestedSizeAndOvershootsByLessThanOneDigest() throws IOException {
    long sampleBytes = Files.size(SAMPLE);
    for (long target : new long[] {1, 100_000, 1_000_000, 2_500_000}) {
      int size = CorpusGenerator.fromSample().text(target).length;
      assertTrue(size >= target, target + " requested, " + size + " written");
      assertTrue(size < target + sampleBytes + 32, target + " requested, " + size + " written");
    }
  }

  @Test
  void aZeroTargetStillGivesOneDigest() {
    assertEquals(1, CorpusGenerator.fromSample().digests(0).size());
  }

  @Test
  void theFirstDigestHoldsTheSamplesEntriesUnderItsDate() throws IOException {
    String text = new String(CorpusGenerator.fromSample().text(1), StandardCharsets.UTF_8);
    List<String> generated = text.lines().toList();
    List<String> sample = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
    assertEquals(sample.get(0), generated.get(0));
    assertEquals(new HashSet<>(sample), new HashSet<>(generated));
    assertEquals(sample.size(), generated.size());
  }

  @Test
  void theTextReaderReadsTheArchiveAsTheGeneratorsDigests() {
    CorpusGenerator generator = CorpusGenerator.fromSample();
    byte[] text = generator.text(1_500_000);
    List<Digest> expected = generator.digests(1_500_000);
    List<Digest> read = TEXT.reader().readAll(new String(text, StandardCharsets.UTF_8));
    assertEquals(expected, read);
    assertTrue(read.size() > 50, read.size() + " digests");
    for (int i = 0; i < read.size(); i++) {
      assertEquals(LocalDate.of(2024, 10, 10).plusDays(i), read.get(i).date());
      assertEquals(new HashSet<>(generator.samplePapers()), new HashSet<>(read.get(i).papers()));
    }
  }

  @Test
  void theArchiveIsCanonicalText() {
    CorpusGenerator generator = CorpusGenerator.fromSample();
    String text = new String(generator.text(300_000), StandardCharsets.UTF_8);
    assertEquals(text, TEXT.writer().writeAllAsString(generator.digests(300_000)));
  }

  @Test
  void theCommandLineWritesTheArchiveToAFileAndSaysWhatItWrote(@TempDir Path directory)
      throws IOException {
    Path output = directory.resolve("corpus.txt");
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    PrintStream standardError = System.err;
    System.setErr(new PrintStream(messages, true, StandardCharsets.UTF_8));
    try {
      CorpusGenerator.main(new String[] {"0.25", output.toString(), "11"});
    } finally {
      System.setErr(standardError);
    }
    byte[] expected = CorpusGenerator.fromSample(11).text(250_000);
    assertArrayEquals(expected, Files.readAllBytes(output));
    int digests = CorpusGenerator.fromSample(11).digests(250_000).size();
    assertEquals(
        String.format("%s: %,d digests, %,d bytes%n", output, digests, expected.length),
        messages.toString(StandardCharsets.UTF_8));
  }
}
