/* text.h — the text measures every part relies on.
 *
 * Text in the model is UTF-8 (char *).  This module owns decoding, display
 * width (a double-width CJK character takes 2 columns), fitting text into a
 * number of columns, and the character counts (字數) that length rules use.
 * Width lives behind text_char_width() alone, so a bundled table could
 * replace libc's wcwidth() without touching callers.
 */
#ifndef TRIPREPORT_FORMS_TEXT_H
#define TRIPREPORT_FORMS_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The replacement character, drawn in place of an invalid byte. */
#define TEXT_REPLACEMENT 0xFFFDu

/* Decode the character at S, of which LEN bytes are available.  Return its
 * length in bytes (1 to 4) and store the code point in *CP; return 0 when
 * LEN is 0; return -1 for an invalid or truncated sequence, an overlong
 * form or a surrogate, storing TEXT_REPLACEMENT in *CP (the caller then
 * skips one byte). */
int text_decode(const char *s, size_t len, uint32_t *cp);

/* Write the UTF-8 form of CP into BUF (at least 4 bytes); return its
 * length, or 0 when CP is not a Unicode scalar value. */
int text_encode(uint32_t cp, char *buf);

/* Return true when the LEN bytes at S are valid UTF-8.  Otherwise store the
 * offset of the first bad byte in *BAD (when BAD is not NULL). */
bool text_valid_utf8(const char *s, size_t len, size_t *bad);

/* Return the columns that CP occupies on a terminal: 2 for wide (CJK,
 * full-width) characters, 0 for combining and zero-width ones, 1 else.
 * Control characters are reported as 2, the width of their ^X form; the
 * characters that text_sanitize() shows as <U+XXXX> (C1 controls, bidi
 * controls) as 8, the width of that form.  So text_width(s) equals
 * text_width(text_sanitize(s)). */
int text_char_width(uint32_t cp);

/* Return true when text_sanitize() shows CP as <U+XXXX>: a C1 control
 * (U+0080-U+009F) or a bidi control (U+061C, U+200E, U+200F,
 * U+202A-U+202E, U+2066-U+2069). */
bool text_shown_escaped(uint32_t cp);

/* Return the columns that the NUL-terminated text S occupies, as drawn
 * (an invalid byte counts as one U+FFFD, a control character as ^X). */
size_t text_width(const char *s);

/* Return how many bytes of S fit into COLS columns without splitting a
 * character; store the columns used in *USED (when not NULL). */
size_t text_fit(const char *s, size_t cols, size_t *used);

/* Return the number of characters in S that are not white space (the
 * "nonspace" count: each CJK character, letter, digit or punctuation
 * mark is one).  Characters of width 0 (combining marks, zero-width
 * spaces and joiners, variation selectors) ride on the character before
 * them and are not counted; an invalid byte counts as one. */
size_t text_count_nonspace(const char *s);

/* Return the number of Han ideographs in S (the "han" count). */
size_t text_count_han(const char *s);

/* Return the number of characters (code points) in S; an invalid byte
 * counts as one. */
size_t text_count_chars(const char *s);

/* Return true when CP is a Han ideograph (CJK unified, extensions,
 * compatibility ideographs, and 〇). */
bool text_is_han(uint32_t cp);

/* Return true when CP is white space (ASCII space and controls \t\n\v\f\r,
 * U+3000 ideographic space, U+00A0 and the other Unicode spaces). */
bool text_is_space(uint32_t cp);

/* Return a copy of S safe to show on a terminal or in a message: control
 * characters (C0, DEL, C1) as ^X or <U+0085>, bidi overrides and other
 * invisible format characters as <U+202E>, invalid bytes as U+FFFD.
 * Tab and newline are C0 controls too and become ^I and ^J: a caller that
 * lays out lines or tab stops splits the text first.  Printable text is
 * unchanged.  Caller frees. */
char *text_sanitize(const char *s);

/* Return a copy of S with leading and trailing white space removed.
 * Caller frees. */
char *text_trim(const char *s);

#endif
