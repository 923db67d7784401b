/*
 * The structure of the digest text format, over one token per line.
 *
 * The grammar does not care what produced its tokens: the generated DigestLexer, or the
 * LineTokenSource the reader uses for speed. The reader cuts the input at date lines and at the
 * end of each entry, and parses each entry on its own with the rule `entry`, so that memory holds
 * one entry's tokens and tree however long the digest; `archive` and `digest` state what a whole
 * file is.
 *
 * A GLUED_DATE line never reaches the rules: the reader reports it, then reads it as the line
 * before the date followed by a DATE line.
 */
parser grammar DigestParser;

options { tokenVocab = DigestLexer; }

archive : digest* EOF ;

digest : DATE entry* ;

// Title, authors, abstract, Korean comment, English translation, tags.
entry : title authors plainLine* (comment plainLine*)? TAGS ;

// Whatever follows a date line or a tag line is a title, unless it is another date line.
title : TAGS | PAREN | PAREN_HANGUL | HANGUL | TEXT ;

authors : PAREN | PAREN_HANGUL ;

// From the first line with Hangul to the last; lines between them belong to it whatever they hold.
comment : hangulLine (plainLine* hangulLine)* ;

plainLine : PAREN | TEXT ;

hangulLine : HANGUL | PAREN_HANGUL ;
