/* wrap.h — breaking text into lines of at most a number of columns.
 *
 * One rule set serves the form's multi-line fields and the printed copy:
 * measured by display width (text_width), a line never exceeds the columns
 * and never splits a character; closing punctuation (，。、；：」』）and the
 * like) is kept off the start of a line and opening brackets off its end;
 * a Latin word is kept whole where it fits on a line of its own; a '\n'
 * always ends a line.  Spaces where a line breaks stay at the end of the
 * line they follow (the printer drops them, the form shows them); they
 * count toward its width, so when they would pass the columns the line
 * breaks before the word they follow instead.  Where kinsoku cannot be
 * kept (a run of closing marks longer than a line) a word is still kept
 * whole.  A line is wider than COLS only when it holds a single
 * character wider than COLS (a control shown as <U+0085> is 8 columns).
 */
#ifndef TRIPREPORT_FORMS_WRAP_H
#define TRIPREPORT_FORMS_WRAP_H

#include <stddef.h>

/* One line of wrapped text, as a span of the text it came from. */
struct wrap_line {
	size_t start;	/* byte offset of the line in the text */
	size_t len;	/* bytes, without the '\n' that ended it */
	size_t width;	/* display columns of those bytes */
	int hard_end;	/* 1 when a '\n' ends the line, 0 for a soft break */
};

/* Return the byte length of the first line of the LEN bytes at S when
 * wrapped at COLS columns (COLS >= 2), stopping before a '\n'.  Store its
 * width in *WIDTH (when not NULL).  At least one character is taken when
 * LEN > 0 and S does not start with '\n', so callers always progress. */
size_t wrap_line_end(const char *s, size_t len, size_t cols, size_t *width);

/* Wrap the NUL-terminated TEXT at COLS columns.  Return the lines (caller
 * frees the array) and store their number in *N; an empty text is one
 * empty line, and a text ending in '\n' ends with an empty line. */
struct wrap_line *wrap_text(const char *text, size_t cols, size_t *n);

#endif
