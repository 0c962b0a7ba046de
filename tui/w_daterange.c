/* w_daterange.c — the date-range widget: two dates typed in ROC form, 從
 * "from" 至 "to", each with its weekday; Enter or Tab goes from the first
 * to the second.  The value is the map {from, to} of ISO dates. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/datepart.h"
#include "tui/draw.h"
#include "tui/widget.h"

/* Columns for a typed date, and for a date with its weekday. */
#define TEXT_COLS 16
#define PART_COLS 22

static const char *const keys[2] = { "from", "to" };

struct w_daterange {
	struct widget base;
	struct datepart part;	/* the date being typed */
	int current;		/* 0: from, 1: to */
	bool editing;		/* the widget has the cursor */
	bool stacked;		/* the two dates on two rows */
	int cursor_col;		/* where the cursor was last drawn */
};

/* Return W's state. */
static struct w_daterange *
state(struct widget *w)
{
	return (struct w_daterange *) w;
}

/* Return part I of the value, or an empty value when it has none. */
static const struct value *
part_value(const struct widget *w, int i)
{
	static const struct value none = { .type = VALUE_NULL };
	const struct value *p = value_map_get(w->value, keys[i]);

	return p != NULL ? p : &none;
}

/* Return part I of the value for change, making the map when missing. */
static struct value *
part_for_change(struct widget *w, int i)
{
	if (w->value->type != VALUE_MAP) {
		value_set_map(w->value);
		value_set_text(value_map_put(w->value, "from"), "");
		value_set_text(value_map_put(w->value, "to"), "");
	}
	return value_map_put(w->value, keys[i]);
}

/* Return the column of part I from the value's column. */
static int
part_x(const struct w_daterange *d, int i)
{
	return i == 0 || d->stacked ? 0 : PART_COLS + 4;
}

/* Return the rows the widget takes, laid out in G (widget_ops). */
static int
range_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_daterange *d = state(w);

	w->geom = *g;
	d->stacked = g->cols - g->value_x - 1 < 2 * PART_COLS + 4;
	return d->stacked ? 2 : 1;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
range_draw(struct widget *w, const struct widget_view *v)
{
	struct w_daterange *d = state(w);
	int cols = w->geom.cols - w->geom.value_x - 1, i;

	for (i = 0; i < 2; i++) {
		int y = widget_row(v, d->stacked ? i : 0);
		int x = w->geom.value_x + part_x(d, i), col;
		int room = d->stacked ? cols : PART_COLS;

		if (y < 0)
			continue;
		if (i == 1 && !d->stacked)
			/* TRANSLATORS: between the two dates of a range
			 * (107年7月7日 至 107年7月11日); 2 columns. */
			tui_draw_text(v->win, y, x - 3, 2, _("to"), 0);
		col = datepart_draw(&d->part, part_value(w, i),
		    d->editing && d->current == i, v->win, y, x,
		    room < TEXT_COLS ? room : TEXT_COLS, room);
		if (d->editing && d->current == i)
			d->cursor_col = part_x(d, i) + col;
	}
}

/* Move the cursor to part I. */
static void
go_to(struct w_daterange *d, int i)
{
	d->current = i;
	datepart_begin(&d->part, part_value(&d->base, i));
}

/* Apply K to the date being typed; a value that has no such part yet
 * gets one only when the key changes it. */
static enum widget_result
part_key(struct widget *w, const struct tui_key *k)
{
	struct w_daterange *d = state(w);
	struct value *target = value_map_get(w->value, keys[d->current]);
	struct value tmp;
	enum lineedit_result r;

	value_init(&tmp);
	r = datepart_key(&d->part, k, target != NULL ? target : &tmp);
	if (r == LINEEDIT_CHANGED && target == NULL)
		value_copy(part_for_change(w, d->current), &tmp);
	value_free(&tmp);
	return widget_result_of_edit(r);
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
range_key(struct widget *w, const struct tui_key *k)
{
	struct w_daterange *d = state(w);
	bool forward = (tui_key_is_enter(k) && !k->pasted)
	    || tui_key_is_char(k, '\t');

	if (forward && d->current == 0) {
		go_to(d, 1);
		return WIDGET_USED;
	}
	if (forward)
		return WIDGET_NEXT;
	if (tui_key_is_func(k, KEY_BTAB) && d->current == 1) {
		go_to(d, 0);
		return WIDGET_USED;
	}
	return part_key(w, k);
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
range_focus(struct widget *w, int dir)
{
	struct w_daterange *d = state(w);

	d->editing = true;
	go_to(d, dir < 0 ? 1 : 0);
}

/* Give the cursor up (widget_ops). */
static void
range_blur(struct widget *w)
{
	struct w_daterange *d = state(w);

	d->editing = false;
	datepart_clear(&d->part);
}

/* Store the cursor's row and column (widget_ops). */
static void
range_cursor(struct widget *w, int *row, int *col)
{
	struct w_daterange *d = state(w);

	*row = d->stacked ? d->current : 0;
	*col = w->geom.value_x + d->cursor_col;
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
range_status(struct widget *w)
{
	return widget_status_with_hint(w->field,
	    _("ROC date, e.g. 1070707 or 107/7/7"));
}

/* Put the cursor on the part SUB names (widget_ops). */
static void
range_jump(struct widget *w, const char *sub)
{
	range_focus(w, 0);
	if (sub != NULL && strstr(sub, "to") != NULL)
		go_to(state(w), 1);
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
range_free(struct widget *w)
{
	datepart_clear(&state(w)->part);
	free(w);
}

static const struct widget_ops daterange_ops = {
	.measure = range_measure,
	.draw = range_draw,
	.handle_key = range_key,
	.focus = range_focus,
	.blur = range_blur,
	.cursor = range_cursor,
	.status = range_status,
	.jump = range_jump,
	.answer = widget_answer_none,
	.free = range_free,
};

struct widget *
w_daterange_new(const struct template_field *f, struct value *v)
{
	struct w_daterange *d = xcalloc(1, sizeof *d);

	(void) f;
	(void) v;
	d->base.ops = &daterange_ops;
	return &d->base;
}
