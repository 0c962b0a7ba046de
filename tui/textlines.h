/* textlines.h — a text wrapped into lines by display width, kept up to
 * date as the text changes.
 *
 * The lines are spans of a text the caller owns (forms/wrap.h breaks
 * them).  After a change, only the lines from just before it to where
 * the old and new breaks meet again are worked out anew, so a keystroke
 * costs the same in a short text and a long one.
 */
#ifndef TRIPREPORT_TUI_TEXTLINES_H
#define TRIPREPORT_TUI_TEXTLINES_H

#include <stdbool.h>
#include <stddef.h>

/* One wrapped line: a span of the text. */
struct textline {
	size_t start;		/* byte offset in the text */
	size_t len;		/* bytes, without the '\n' that ends it */
};

struct textlines {
	struct textline *lines;	/* in order; at least one after a wrap */
	size_t n;
	size_t cap;
	struct textline *scratch;	/* new lines while rewrapping */
	size_t cap_scratch;
	size_t cols;		/* the width wrapped at (at least 2) */
	size_t next;		/* where the first line not yet made starts,
				   or SIZE_MAX when the text is all wrapped */
};

/* Wrap the LEN bytes of T at COLS columns anew, but make only the first
 * UPTO lines (SIZE_MAX: all of them); the rest waits for
 * textlines_more().  An empty text is one empty line; a text ending in
 * '\n' ends with an empty line. */
void textlines_wrap(struct textlines *tl, const char *t, size_t len,
    size_t cols, size_t upto);

/* Go on wrapping the same text until UPTO lines are made (SIZE_MAX:
 * all). */
void textlines_more(struct textlines *tl, const char *t, size_t len,
    size_t upto);

/* Return true when the whole text is wrapped. */
bool textlines_complete(const struct textlines *tl);

/* Bring the lines up to date after OLD_N bytes at POS of the text became
 * the NEW_N bytes now there; T and LEN are the text after the change.
 * A text not all wrapped yet is wrapped whole. */
void textlines_change(struct textlines *tl, const char *t, size_t len,
    size_t pos, size_t old_n, size_t new_n);

/* Return the index of the line that holds byte offset P; an offset where
 * a softly broken line ends belongs to the next line. */
size_t textlines_line_of(const struct textlines *tl, size_t p);

/* Free what TL owns and leave it empty. */
void textlines_clear(struct textlines *tl);

#endif
