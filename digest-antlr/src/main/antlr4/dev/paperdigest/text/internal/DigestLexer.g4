/*
 * The line classes of the digest text format, as an ANTLR lexer.
 *
 * Every token is one whole line, without its line end; blank lines and line ends are skipped.
 * When several rules match a whole line, the one listed first wins, so the order of the rules
 * below is the order in which docs/text-format.md decides a line's class.
 *
 * The reader does not run this lexer: it classifies lines with LineTokenSource, which emits the
 * same tokens from UTF-8 bytes many times faster (ANTLR lexers cache DFA transitions only for
 * characters below U+0080, and digests are half Hangul). LexerEquivalenceTest proves the two agree
 * on type, line and text for every token. This grammar is the specification; the Java is the
 * fast implementation of it.
 */
lexer grammar DigestLexer;

@members {
  /** A byte-order mark is dropped at the very start of the input, and nowhere else. */
  @Override
  public Token nextToken() {
    if (_input.index() == 0 && _input.LA(1) == 0xFEFF) {
      _input.consume();
    }
    return super.nextToken();
  }
}

// `2024년 10월 10일`: four ASCII digits for the year, one or two for month and day.
DATE : DATE_PATTERN ;

// `#corpus2024년 10월 11일`: a line that ends with a date line, glued to text that is not
// whitespace. It is what `cat a.txt b.txt` makes when a.txt lacks its final line end; the reader
// refuses it.
GLUED_DATE : CHAR* GLUE DATE_PATTERN ;

// `#scaling-law #moe`: one or more `#word` tokens separated by whitespace.
TAGS : SPACE* TAG (SPACE+ TAG)* SPACE* ;

// A line that starts with `(` and ends with `)`, with or without Hangul.
PAREN_HANGUL : '(' CHAR* HANGUL_CHAR CHAR* ')' ;
PAREN : '(' NON_HANGUL_CHAR* ')' ;

// Any other line with at least one Hangul character.
HANGUL : CHAR* HANGUL_CHAR CHAR* ;

// Whitespace only: dropped, like an empty line.
BLANK : SPACE+ -> skip ;

// Anything else.
TEXT : CHAR+ ;

NEWLINE : ('\r\n' | '\n') -> skip ;

// ANTLR counts lines at `\n` only; a lone `\r` ends a line too.
LONE_CR : '\r' { setLine(getLine() + 1); setCharPositionInLine(0); } -> skip ;

fragment DATE_PATTERN : DIGIT DIGIT DIGIT DIGIT YEAR ' ' DIGIT DIGIT? MONTH ' ' DIGIT DIGIT? DAY ;

// Each unit as a precomposed syllable (NFC), as conjoining jamo (NFD), or as a syllable without
// its final consonant followed by that consonant: the three spellings Unicode holds equivalent.
fragment YEAR : '년' | '\u1102\u1167\u11AB' | '녀\u11AB' ;
fragment MONTH : '월' | '\u110B\u116F\u11AF' | '워\u11AF' ;
fragment DAY : '일' | '\u110B\u1175\u11AF' | '이\u11AF' ;

fragment DIGIT : [0-9] ;

fragment TAG : '#' NON_SPACE+ ;

// What a date is glued to: any character but whitespace.
fragment GLUE : NON_SPACE ;

fragment NON_SPACE : ~[\r\n\t\u000B\u000C \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;

// Unicode White_Space, less the two line ends.
fragment SPACE : [\t\u000B\u000C \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000] ;

// Hangul Jamo, Hangul Compatibility Jamo, Jamo Extended-A, Hangul Syllables, Jamo Extended-B and
// the halfwidth Hangul forms: explicit ranges, so the answer never depends on the JDK.
fragment HANGUL_CHAR : [\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF\uFFA0-\uFFDC] ;

fragment NON_HANGUL_CHAR : ~[\r\n\u1100-\u11FF\u3130-\u318F\uA960-\uA97F\uAC00-\uD7AF\uD7B0-\uD7FF\uFFA0-\uFFDC] ;

fragment CHAR : ~[\r\n] ;
