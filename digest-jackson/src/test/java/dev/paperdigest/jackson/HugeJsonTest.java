package dev.paperdigest.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.paperdigest.core.DigestFormatException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Positions in a {@code json} input larger than 2 GiB, streamed through the reader. Slow (the
 * parser reads every byte), so it runs with {@code mvn verify -Phuge}; RecentBytesInputStreamTest
 * proves the same arithmetic quickly on every build.
 */
@Tag("huge")
class HugeJsonTest {
  @Test
  void aColumnBeyondTwoGibibytesIsCountedIn64Bits() {
    long spaces = (1L << 31) + 10;
    DigestFormatException e =
        assertThrows(
            DigestFormatException.class,
            () ->
                new JsonDigestFormat()
                    .reader()
                    .readAll(
                        new RecentBytesInputStreamTest.Spaces("{\n\"date\":", spaces, "x}"),
                        "huge.json"));
    assertEquals(
        "huge.json:2:"
            + (8 + spaces)
            + ": error: $.date: `x` is not a JSON value; a string is written in double quotes",
        e.getMessage());
  }
}
