package dev.paperdigest.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.paperdigest.core.Diagnostic;
import dev.paperdigest.core.Digest;
import dev.paperdigest.core.DigestFormatException;
import dev.paperdigest.core.DigestIterator;
import dev.paperdigest.core.DigestReader;
import dev.paperdigest.core.Paper;
import dev.paperdigest.core.PaperField;
import dev.paperdigest.core.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive is read a digest at a time: nothing is read before a digest is asked for, each digest
 * is parsed on its own, and the input is released as soon as it is used up.
 */
class MarkdownStreamingTest {
  private static final LocalDate DAY = LocalDate.of(2024, 10, 10);
  private final DigestReader reader = new MarkdownFormat().reader();

  @TempDir Path dir;

  /** An input that records whether it was read and closed. */
  private static final class Watched extends FilterInputStream {
    int reads;
    boolean closed;

    Watched(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      reads++;
      return super.read(buffer, offset, length);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static List<Digest> archive(int digests) {
    List<Digest> archive = new ArrayList<>();
    for (int i = 0; i < digests; i++) {
      archive.add(
          Digest.builder()
              .date(DAY.plusDays(i))
              .addPapers(
                  Paper.builder()
                      .title("Paper " + i)
                      .addAuthors("Ann", "Bob")
                      .abstractText("An abstract.")
                      .addTags("t" + i)
                      .build())
              .build());
    }
    return archive;
  }

  private static byte[] markdown(List<Digest> archive) {
    return new MarkdownFormat().writer().writeAllAsString(archive).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void readsNothingBeforeADigestIsAskedForAndClosesTheInputWhenItIsUsedUp() {
    List<Digest> archive = archive(3);
    Watched in = new Watched(markdown(archive));
    DigestIterator digests = reader.open(in, "archive.md");
    assertEquals(0, in.reads);

    List<Digest> read = new ArrayList<>();
    while (!in.closed) {
      assertTrue(digests.hasNext());
      read.add(digests.next());
    }
    assertEquals(archive, read, "the input closes as the last digest is read, not before");
    assertFalse(digests.hasNext());
  }

  @Test
  void holdsNoFileHandleBeforeReadingOrAfterTheLastDigest() throws IOException {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "open file handles are listed in /proc/self/fd");
    Path file = dir.resolve("archive.md");
    Files.write(file, markdown(archive(3)));

    DigestIterator digests = reader.open(file);
    assertEquals(0, handlesOn(file, fds));
    assertTrue(digests.hasNext());
    digests.next();
    digests.next();
    digests.next();
    assertEquals(0, handlesOn(file, fds), "released at the end of input, without close()");
  }

  private static long handlesOn(Path file, Path fds) throws IOException {
    Path target = file.toRealPath();
    try (Stream<Path> open = Files.list(fds)) {
      return open.filter(
              fd -> {
                try {
                  return Files.readSymbolicLink(fd).equals(target);
                } catch (IOException e) {
                  return false; // the handle that lists the directory, closed by now
                }
              })
          .count();
    }
  }

  @Test
  void parsesEachDigestOfAnArchiveOnItsOwn() {
    List<Digest> archive = archive(50);
    List<Integer> headingsPerParse = new ArrayList<>();
    Parser.Builder watched =
        Parser.builder()
            .postProcessor(
                document -> {
                  int headings = 0;
                  for (Node b = document.getFirstChild(); b != null; b = b.getNext()) {
                    if (b instanceof Heading && ((Heading) b).getLevel() == 1) {
                      headings++;
                    }
                  }
                  headingsPerParse.add(headings);
                  return document;
                });
    assertEquals(
        archive,
        new MarkdownDigestReader(watched)
            .readAll(new String(markdown(archive), StandardCharsets.UTF_8)));
    // Each parse holds one digest and the heading of the next, which ends it.
    assertEquals(50, headingsPerParse.size());
    assertTrue(headingsPerParse.stream().allMatch(h -> h <= 2), headingsPerParse::toString);
  }

  @Test
  void refusesOnlyTheDigestWithBytesThatAreNotUtf8() throws IOException {
    byte[] bytes = markdown(archive(3));
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int paper = text.indexOf("Paper 1");
    bytes[paper + 2] = (byte) 0xC3; // "Pa\xC3er 1": a lead byte followed by ASCII
    try (DigestIterator digests = reader.open(new ByteArrayInputStream(bytes), "mixed.md")) {
      assertEquals(DAY, digests.next().date());
      DigestFormatException e = assertThrows(DigestFormatException.class, digests::next);
      assertEquals(
          List.of(
              "mixed.md:13:6: error: invalid UTF-8: byte 0xC3 begins a character that does not"
                  + " end; save the file as UTF-8"),
          e.diagnostics().stream().map(Diagnostic::toString).toList());
      assertEquals(DAY.plusDays(2), digests.next().date());
      assertFalse(digests.hasNext());
    }
  }

  @Test
  void recordsWhereEachPartOfEachPaperBegins() {
    String markdown =
        """
        # 2024-10-10

        ## First

        *Ann*, *Bob*

        > An abstract.

        **Comment:** 코멘트

        **Translation:** A comment.

        `#one`  `#two`

        ## Second

        *Smith\\, J.*, *Lee*
        """;
    try (DigestIterator digests =
        reader.open(new ByteArrayInputStream(markdown.getBytes(StandardCharsets.UTF_8)), "a.md")) {
      digests.next();
      var where = digests.locations();
      assertEquals(new SourcePosition(1, 1), where.digest());
      assertEquals(new SourcePosition(3, 1), where.paper(0));
      assertEquals(new SourcePosition(3, 4), where.field(0, PaperField.TITLE));
      assertEquals(new SourcePosition(5, 1), where.field(0, PaperField.AUTHORS));
      assertEquals(new SourcePosition(5, 1), where.element(0, PaperField.AUTHORS, 0));
      assertEquals(new SourcePosition(5, 8), where.element(0, PaperField.AUTHORS, 1));
      assertEquals(new SourcePosition(7, 1), where.field(0, PaperField.ABSTRACT));
      assertEquals(new SourcePosition(9, 1), where.field(0, PaperField.COMMENT));
      assertEquals(new SourcePosition(11, 1), where.field(0, PaperField.TRANSLATION));
      assertEquals(new SourcePosition(13, 1), where.element(0, PaperField.TAGS, 0));
      assertEquals(new SourcePosition(13, 9), where.element(0, PaperField.TAGS, 1));
      // An escape stops the cursor: the names after it fall back to the paragraph.
      assertEquals(new SourcePosition(17, 1), where.element(1, PaperField.AUTHORS, 0));
      assertEquals(new SourcePosition(17, 1), where.element(1, PaperField.AUTHORS, 1));
    }
  }
}
