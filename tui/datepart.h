/* datepart.h — one date as it is typed, in ROC form, beside its weekday.
 *
 * The user types 1070707, 107/7/7, 107年7月7日 and the like into a line;
 * while the line reads as a real date the value holds its ISO form and
 * the weekday is shown beside it; while it does not, the value holds the
 * line as typed (so nothing is lost, and validation names it) and the
 * date is flagged at once.  Used by the date and date-range widgets and by
 * the date columns of tables.
 */
#ifndef TRIPREPORT_TUI_DATEPART_H
#define TRIPREPORT_TUI_DATEPART_H

#include <curses.h>
#include <stdbool.h>

#include "forms/value.h"
#include "tui/input.h"
#include "tui/lineedit.h"

struct datepart {
	char *buf;		/* the line being typed; owned */
	struct lineedit edit;	/* over buf */
};

/* Start editing the date in V: the line shows it in ROC form (or as it
 * was typed, when it is no date). */
void datepart_begin(struct datepart *d, const struct value *v);

/* Free what D owns. */
void datepart_clear(struct datepart *d);

/* Apply K to the line; when it changed, store it in V (ISO when it reads
 * as a date).  Return what the line editor did. */
enum lineedit_result datepart_key(struct datepart *d, const struct tui_key *k,
    struct value *v);

/* Draw the date of V at Y, X of WIN: its text in TEXT_COLS columns (the
 * line being typed when EDITING), then its weekday or a flag within COLS
 * in all.  Return the cursor's column from X when EDITING. */
int datepart_draw(struct datepart *d, const struct value *v, bool editing,
    WINDOW *win, int y, int x, int text_cols, int cols);

/* Return the text shown for the date in V when not editing: ROC form, or
 * the value as it is.  Caller frees. */
char *datepart_shown(const struct value *v);

#endif
