package dev.paperdigest.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.paperdigest.testkit.DocumentMutations.Kind;
import dev.paperdigest.testkit.DocumentMutations.Mutation;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentMutationsTest {
  private static final byte[] DOC = "a\nb\nc".getBytes(UTF_8);

  private static String apply(Kind kind, int first, int second, String inserted) {
    return new String(
        new Mutation(kind, first, second, inserted.getBytes(UTF_8)).apply(DOC), UTF_8);
  }

  @Test
  void eachKindDoesWhatItsNameSays() {
    assertEquals("a\nc", apply(Kind.DELETE_LINE, 1, 0, ""));
    assertEquals("a\nb\nb\nc", apply(Kind.DUPLICATE_LINE, 1, 0, ""));
    assertEquals("c\nb\na", apply(Kind.SWAP_LINES, 0, 2, ""));
    assertEquals("a\nb", apply(Kind.TRUNCATE, 3, 0, ""));
    assertEquals("a\nXYb\nc", apply(Kind.INSERT_BYTES, 2, 0, "XY"));
    assertArrayEquals(
        new byte[] {'a', (byte) 0xC3, 'b', '\n', 'c'},
        new Mutation(Kind.REPLACE_BYTE, 1, 0xC3, new byte[0]).apply(DOC));
  }

  @Test
  void theFinalLineEndIsDroppedWhateverItIs() {
    for (String end : new String[] {"\n", "\r\n", "\r"}) {
      byte[] document = ("a\nb" + end).getBytes(UTF_8);
      assertEquals(
          "a\nb",
          new String(
              new Mutation(Kind.DROP_FINAL_LINE_END, 0, 0, new byte[0]).apply(document), UTF_8));
    }
    assertArrayEquals(DOC, new Mutation(Kind.DROP_FINAL_LINE_END, 0, 0, new byte[0]).apply(DOC));
  }

  @Test
  void hangulIsDecomposedOnOneLineOnly() {
    byte[] document = "한\n한".getBytes(UTF_8);
    byte[] decomposed = new Mutation(Kind.DECOMPOSE_HANGUL, 1, 0, new byte[0]).apply(document);
    assertEquals("한\n\u1112\u1161\u11AB", new String(decomposed, UTF_8));
    byte[] notUtf8 = {(byte) 0xFF, '\n', 'a'};
    assertArrayEquals(
        notUtf8, new Mutation(Kind.DECOMPOSE_HANGUL, 0, 0, new byte[0]).apply(notUtf8));
  }

  @Test
  void equivalentsOnlyDropTheFinalLineEndOrDecompose() {
    byte[] document = "2024년 1월 1일\n한국어\n".getBytes(UTF_8);
    String nfc = Normalizer.normalize(new String(document, UTF_8), Normalizer.Form.NFC);
    Set<String> variants = new HashSet<>();
    qt().withFixedSeed(7L)
        .withExamples(100)
        .forAll(DocumentMutations.equivalents(document))
        .checkAssert(
            bytes -> {
              String text = new String(bytes, UTF_8);
              variants.add(text);
              String same = Normalizer.normalize(text, Normalizer.Form.NFC);
              assertTrue(nfc.equals(same) || nfc.equals(same + "\n"), text);
            });
    assertTrue(variants.contains("2024년 1월 1일\n한국어"), "the final line end dropped");
    assertTrue(
        variants.stream().anyMatch(v -> v.startsWith("2024\u1102\u1167\u11AB")),
        "a decomposed date line");
  }

  @Test
  void positionsWrapAroundSoEveryMutationApplies() {
    assertEquals("b\nc", apply(Kind.DELETE_LINE, 3, 0, ""));
    assertEquals(
        "", new String(new Mutation(Kind.TRUNCATE, 7, 0, new byte[0]).apply(new byte[0]), UTF_8));
  }

  @Test
  void generatedVariantsDifferFromTheOriginalInManyWays() {
    Set<String> variants = new HashSet<>();
    qt().withFixedSeed(7L)
        .withExamples(200)
        .forAll(DocumentMutations.of(DOC))
        .checkAssert(bytes -> variants.add(new String(bytes, UTF_8)));
    assertTrue(variants.size() > 20, "only " + variants.size() + " distinct variants");
  }
}
