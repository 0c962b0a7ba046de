/* lineedit.h — editing one line of text in place, with sideways scroll.
 *
 * A line editor works on a string it does not own (a scalar of the draft,
 * or a widget's buffer) through a pointer to its pointer, so the string
 * stays the one place the text lives.  The cursor is a byte offset always
 * on a character boundary; the view scrolls sideways, in display columns,
 * to keep the cursor visible.
 */
#ifndef TRIPREPORT_TUI_LINEEDIT_H
#define TRIPREPORT_TUI_LINEEDIT_H

#include <curses.h>
#include <stdbool.h>
#include <stddef.h>

#include "forms/value.h"
#include "tui/input.h"

struct lineedit {
	char **text;		/* the edited string (malloc'd, not owned) */
	size_t cursor;		/* byte offset of the cursor */
	size_t scroll;		/* first display column shown */
};

/* What a key did to the line. */
enum lineedit_result {
	LINEEDIT_IGNORED,	/* not an editing key */
	LINEEDIT_MOVED,		/* the cursor moved */
	LINEEDIT_CHANGED	/* the text changed */
};

/* Point E at the string *TEXT (made "" when NULL), cursor at the end. */
void lineedit_attach(struct lineedit *e, char **text);

/* Point E at the scalar V, which becomes "" when it holds no text. */
void lineedit_attach_value(struct lineedit *e, struct value *v);

/* Apply K: printable characters are inserted (a pasted newline or tab
 * as a space), Left/Right/Home/End/Ctrl-A/Ctrl-E move, Backspace/Delete
 * delete, Ctrl-K/Ctrl-U kill to the end/start.  When ACCEPT is not NULL a
 * character it refuses is not inserted.  Return what happened. */
enum lineedit_result lineedit_key(struct lineedit *e, const struct tui_key *k,
    bool (*accept)(unsigned int cp));

/* Insert the LEN bytes at S at the cursor. */
void lineedit_insert(struct lineedit *e, const char *s, size_t len);

/* Draw the line at Y, X of WIN in COLS columns, scrolled so the cursor is
 * visible; return the cursor's column relative to X. */
int lineedit_draw(struct lineedit *e, WINDOW *win, int y, int x, int cols,
    attr_t attr);

#endif
