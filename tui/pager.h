/* pager.h — lines of text over the whole screen, to page through: a
 * title on the first row, the lines below, a message and the keys of the
 * screen at the foot.  Used by the print preview and the list of what
 * differs in a recovery file.  Text is sanitised when drawn.
 */
#ifndef TRIPREPORT_TUI_PAGER_H
#define TRIPREPORT_TUI_PAGER_H

#include <stdbool.h>
#include <stddef.h>

#include "tui/input.h"

struct pager {
	const char *text;	/* the lines, '\n'-separated; not owned */
	size_t *starts;		/* byte offset of each line; owned */
	size_t n;		/* lines */
	size_t top;		/* first line shown */
	const char *title;	/* not owned */
	const char *keys;	/* the keys of the screen; not owned */
	char *message;		/* above the keys, or NULL; owned */
};

/* Set P up over TEXT (not copied) with TITLE and KEYS (not copied). */
void pager_init(struct pager *p, const char *text, const char *title,
    const char *keys);

/* Free what P owns. */
void pager_clear(struct pager *p);

/* Put MSG (copied; NULL clears) above the keys. */
void pager_message(struct pager *p, const char *msg);

/* Draw P on the whole screen and send it. */
void pager_draw(struct pager *p);

/* Scroll P by key K (arrows, PgUp, PgDn, Home, End).  Return false when
 * K is no key of scrolling. */
bool pager_scroll(struct pager *p, const struct tui_key *k);

/* Show QUESTION at the foot of P and read a line, starting from INITIAL.
 * Return it (caller frees), or NULL when the user cancelled (Esc, ^C,
 * ^X) or the terminal is gone. */
char *pager_ask_line(struct pager *p, const char *question,
    const char *initial);

/* Show QUESTION (or nothing when NULL) at the foot of P, with the keys
 * that answer it (NULL: P's own keys), and wait for a key.  Return the
 * character typed (lower case for ASCII), 27 for Esc and the cancelling
 * keys, or 0 when the terminal is gone. */
unsigned pager_ask_key(struct pager *p, const char *question,
    const char *keys);

#endif
