package dev.paperdigest.core.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigestDatesTest {
  private static String refusal(String iso) {
    return assertThrows(DateTimeException.class, () -> DigestDates.parseIso(iso)).getMessage();
  }

  @Test
  void impossibleDatesAreRefusedInPeoplesWords() {
    assertEquals("there is no February 30 in 2024", refusal("2024-02-30"));
    assertEquals("there is no February 29 in 2023", refusal("2023-02-29"));
    assertEquals("there is no month 13", refusal("2024-13-01"));
    assertEquals("there is no month 0", refusal("2024-00-10"));
    assertEquals("there is no October 0 in 2024", refusal("2024-10-00"));
    assertEquals(LocalDate.of(2024, 2, 29), DigestDates.parseIso("2024-02-29"));
  }

  @Test
  void onlyTheTenCharacterFormIsADate() {
    assertTrue(refusal("2024-1-10").startsWith("a date is written YYYY-MM-DD"));
    assertTrue(refusal("+2024-10-10").startsWith("a date is written YYYY-MM-DD"));
    assertTrue(refusal("2024-１0-10").contains("digits only"));
    assertTrue(refusal("2024-10-10T00:00").startsWith("a date is written YYYY-MM-DD"));
  }

  @Test
  void writesFourDigitYearsAndKnowsWhichYearsFit() {
    assertEquals("0007-03-04", DigestDates.iso(LocalDate.of(7, 3, 4)));
    assertEquals(LocalDate.of(7, 3, 4), DigestDates.parseIso("0007-03-04"));
    assertTrue(DigestDates.isWritable(LocalDate.of(0, 1, 1)));
    assertTrue(DigestDates.isWritable(LocalDate.of(9999, 12, 31)));
    assertFalse(DigestDates.isWritable(LocalDate.of(-1, 12, 31)));
    assertFalse(DigestDates.isWritable(LocalDate.of(10000, 1, 1)));
  }
}
