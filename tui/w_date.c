/* w_date.c — the date widget: a date typed in ROC form (1070707,
 * 107/7/7, 107年7月7日 ...), stored ISO, its weekday beside it, a date
 * that cannot be flagged at once. */
#include <config.h>

#include <stdlib.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/datepart.h"
#include "tui/widget.h"

/* Columns for the typed date: 民國107年12月31日 fits. */
#define DATE_TEXT_COLS 18

struct w_date {
	struct widget base;
	struct datepart part;
	bool editing;		/* the widget has the cursor */
	int cursor_col;		/* where the cursor was last drawn */
};

/* Return W's state. */
static struct w_date *
state(struct widget *w)
{
	return (struct w_date *) w;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
date_draw(struct widget *w, const struct widget_view *v)
{
	struct w_date *d = state(w);
	int y = widget_row(v, 0), cols = w->geom.cols - w->geom.value_x - 1;

	if (y < 0)
		return;
	d->cursor_col = datepart_draw(&d->part, w->value, d->editing, v->win,
	    y, w->geom.value_x, cols < DATE_TEXT_COLS ? cols : DATE_TEXT_COLS,
	    cols);
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
date_key(struct widget *w, const struct tui_key *k)
{
	struct w_date *d = state(w);

	if (tui_key_is_enter(k) && !k->pasted)
		return WIDGET_NEXT;
	return widget_result_of_edit(datepart_key(&d->part, k, w->value));
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
date_focus(struct widget *w, int dir)
{
	struct w_date *d = state(w);

	(void) dir;
	datepart_begin(&d->part, w->value);
	d->editing = true;
	d->cursor_col = 0;
}

/* Give the cursor up (widget_ops). */
static void
date_blur(struct widget *w)
{
	struct w_date *d = state(w);

	d->editing = false;
	datepart_clear(&d->part);
}

/* Store the cursor's row and column (widget_ops). */
static void
date_cursor(struct widget *w, int *row, int *col)
{
	*row = 0;
	*col = w->geom.value_x + state(w)->cursor_col;
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
date_status(struct widget *w)
{
	/* TRANSLATORS: a hint on the status line; the examples are dates
	 * of the ROC calendar and stay as they are. */
	return widget_status_with_hint(w->field,
	    _("ROC date, e.g. 1070707 or 107/7/7"));
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
date_free(struct widget *w)
{
	datepart_clear(&state(w)->part);
	free(w);
}

static const struct widget_ops date_ops = {
	.measure = widget_measure_one_row,
	.draw = date_draw,
	.handle_key = date_key,
	.focus = date_focus,
	.blur = date_blur,
	.cursor = date_cursor,
	.status = date_status,
	.jump = widget_jump_start,
	.answer = widget_answer_none,
	.free = date_free,
};

struct widget *
w_date_new(const struct template_field *f, struct value *v)
{
	struct w_date *d = xcalloc(1, sizeof *d);

	(void) f;
	(void) v;
	d->base.ops = &date_ops;
	return &d->base;
}
