package dev.paperdigest.text;

import dev.paperdigest.core.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens of {@code DigestLexer.g4}, read straight from UTF-8 bytes: one token per line that is
 * not blank, then {@link Token#EOF}.
 *
 * <p>The generated lexer walks its ATN for every character above U+007F, and digests are half
 * Hangul; this source finds line ends in the bytes, decodes each line once and classifies it with
 * {@link LineClassifier}. {@code LexerEquivalenceTest} proves that both yield the same types, lines
 * and texts.
 *
 * <p>Bytes that are not UTF-8 are decoded as U+FFFD, as the generated lexer's input would be, and
 * the first bad sequence of each line is described by {@link #encodingProblem()}.
 */
final class LineTokenSource implements TokenSource {
  private static final int INITIAL_BUFFER = 1 << 16;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LOW_BITS = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LINE_FEEDS = LOW_BITS * '\n';
  private static final long CARRIAGE_RETURNS = LOW_BITS * '\r';

  private final InputStream in;
  private final String sourceName;
  private final Pair<TokenSource, CharStream> origin = new Pair<>(this, null);
  private TokenFactory<?> factory = CommonTokenFactory.DEFAULT;

  private byte[] buffer = new byte[INITIAL_BUFFER];
  private int position;
  private int limit;
  private boolean endOfInput;
  private boolean started;

  /** The last line ended with {@code \r}: a {@code \n} right after it completes that line end. */
  private boolean afterCarriageReturn;

  /** Line ends seen so far; the current line is this plus one. */
  private int lineEnds;

  private int lineStart;
  private int lineLength;

  /** The current line has only ASCII bytes: it holds no Hangul and decodes without a problem. */
  private boolean lineAscii;

  private int lineNumber;
  private Diagnostic encodingProblem;

  LineTokenSource(InputStream in, String sourceName) {
    this.in = in;
    this.sourceName = sourceName;
  }

  @Override
  public Token nextToken() {
    encodingProblem = null;
    try {
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      while (nextLine()) {
        String text = new String(buffer, lineStart, lineLength, StandardCharsets.UTF_8);
        if (!lineAscii && text.indexOf('\uFFFD') >= 0) {
          encodingProblem = findMalformedSequence();
        }
        int type = LineClassifier.classify(text, lineAscii);
        if (type != DigestLexer.BLANK) {
          return factory.create(origin, type, text, Token.DEFAULT_CHANNEL, -1, -1, lineNumber, 0);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return factory.create(
        origin, Token.EOF, "<EOF>", Token.DEFAULT_CHANNEL, -1, -1, lineEnds + 1, 0);
  }

  /**
   * The first invalid UTF-8 sequence of the line of the token {@link #nextToken()} returned last,
   * or {@code null} if the line is valid.
   */
  Diagnostic encodingProblem() {
    return encodingProblem;
  }

  private void skipByteOrderMark() throws IOException {
    while (limit - position < 3 && fill()) {
      // keep reading: a stream may deliver fewer bytes than asked
    }
    if (limit - position >= 3
        && buffer[position] == (byte) 0xEF
        && buffer[position + 1] == (byte) 0xBB
        && buffer[position + 2] == (byte) 0xBF) {
      position += 3;
    }
  }

  /** Finds the next line and its number; {@code false} at the end of the input. */
  private boolean nextLine() throws IOException {
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (position == limit && !fill()) {
        return false;
      }
      if (buffer[position] == '\n') {
        position++;
      }
    }
    int scan = position;
    // The bytes of the line or'ed together: a high bit is set when one of them is not ASCII.
    long bits = 0;
    while (true) {
      // Eight bytes at a time up to the word that holds a line end, then byte by byte.
      for (; scan + Long.BYTES <= limit; scan += Long.BYTES) {
        long word = (long) LONGS.get(buffer, scan);
        if (hasZeroByte(word ^ LINE_FEEDS) || hasZeroByte(word ^ CARRIAGE_RETURNS)) {
          break;
        }
        bits |= word;
      }
      for (; scan < limit; scan++) {
        byte b = buffer[scan];
        bits |= b;
        if (b == '\n' || b == '\r') {
          takeLine(scan, (bits & HIGH_BITS) == 0);
          position = scan + 1;
          afterCarriageReturn = b == '\r';
          lineEnds++;
          return true;
        }
      }
      int scanned = scan - position;
      if (!fill()) {
        if (position == limit) {
          return false;
        }
        takeLine(limit, (bits & HIGH_BITS) == 0);
        position = limit;
        return true;
      }
      scan = position + scanned;
    }
  }

  /** Whether one of the eight bytes of {@code word} is zero. */
  private static boolean hasZeroByte(long word) {
    return ((word - LOW_BITS) & ~word & HIGH_BITS) != 0;
  }

  private void takeLine(int end, boolean ascii) {
    lineStart = position;
    lineLength = end - position;
    lineAscii = ascii;
    lineNumber = lineEnds + 1;
  }

  /**
   * Reads more input behind what is buffered, moving the unread bytes to the front of the buffer
   * (or into a larger one, when a single line fills it). {@code false} at the end of the input.
   */
  private boolean fill() throws IOException {
    if (endOfInput) {
      return false;
    }
    int unread = limit - position;
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, unread);
    } else if (unread == buffer.length) {
      byte[] larger = new byte[buffer.length * 2];
      System.arraycopy(buffer, 0, larger, 0, unread);
      buffer = larger;
    }
    position = 0;
    limit = unread;
    int read;
    do {
      read = in.read(buffer, limit, buffer.length - limit);
    } while (read == 0);
    if (read < 0) {
      endOfInput = true;
      return false;
    }
    limit += read;
    return true;
  }

  /**
   * Decodes the current line strictly to locate its first bad sequence. The fast decoding could not
   * tell a replacement character that was in the file from one it produced.
   */
  private Diagnostic findMalformedSequence() {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(buffer, lineStart, lineLength);
    CharBuffer chars = CharBuffer.allocate(lineLength);
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      return null;
    }
    chars.flip();
    int column = Character.codePointCount(chars, 0, chars.length()) + 1;
    StringBuilder message = new StringBuilder("invalid UTF-8: ");
    int bad = bytes.position();
    if (result.length() == 1) {
      message.append("byte ").append(hex(buffer[bad])).append(" does not start a valid sequence");
    } else {
      message.append("bytes");
      for (int i = 0; i < result.length(); i++) {
        message.append(' ').append(hex(buffer[bad + i]));
      }
      message.append(" do not form a valid sequence");
    }
    message.append(" (the text format is read as UTF-8)");
    return Diagnostic.error(sourceName, lineNumber, column, message.toString());
  }

  private static String hex(byte b) {
    return String.format("0x%02X", b & 0xFF);
  }

  @Override
  public int getLine() {
    return lineEnds + 1;
  }

  @Override
  public int getCharPositionInLine() {
    return 0;
  }

  /** There is no character stream: lines are decoded one by one. */
  @Override
  public CharStream getInputStream() {
    return null;
  }

  @Override
  public String getSourceName() {
    return sourceName;
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    this.factory = factory;
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return factory;
  }
}
