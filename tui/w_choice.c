/* w_choice.c — the widget for one of a field's options: the options in a
 * row that flows on, "(*)" before the chosen one; arrows move, Space
 * chooses.  A value that is none of the options is shown after them, so
 * that nothing read from a draft is hidden. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/flow.h"
#include "tui/widget.h"

struct w_choice {
	struct widget base;
	size_t cursor;			/* the item under the cursor */
	size_t n_places;		/* items laid out */
	struct flow_place *places;	/* where each item is drawn */
};

/* The columns of the "(*) " mark before an option. */
#define MARK_COLS 4

/* Return W's state. */
static struct w_choice *
state(struct widget *w)
{
	return (struct w_choice *) w;
}

/* Return the value's text, or "" when it holds none. */
static const char *
chosen(const struct widget *w)
{
	const char *t = value_text(w->value);

	return t != NULL ? t : "";
}

/* Return true when the value is text that is none of the options. */
static bool
has_stray(const struct widget *w)
{
	const char *t = chosen(w);

	return *t != '\0' && !template_field_has_option(w->field, t);
}

/* Return the number of items: the options, and a stray value. */
static size_t
n_items(const struct widget *w)
{
	return w->field->n_options + (has_stray(w) ? 1 : 0);
}

/* Return the text of item I. */
static const char *
item_text(const struct widget *w, size_t i)
{
	return i < w->field->n_options ? w->field->options[i] : chosen(w);
}

/* Return the rows the widget takes, laid out in G (widget_ops). */
static int
choice_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_choice *c = state(w);
	size_t n = n_items(w), i;
	int *widths = xcalloc(n + 1, sizeof *widths), rows;

	w->geom = *g;
	for (i = 0; i < n; i++) {
		const char *t = item_text(w, i);

		widths[i] = MARK_COLS + (int) tui_text_width(t, strlen(t));
	}
	free(c->places);
	c->places = xcalloc(n + 1, sizeof *c->places);
	c->n_places = n;
	rows = flow_layout(widths, n, g->cols - g->value_x - 1, 2, c->places);
	free(widths);
	if (c->cursor >= n && n > 0)
		c->cursor = n - 1;
	return rows;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
choice_draw(struct widget *w, const struct widget_view *v)
{
	struct w_choice *c = state(w);
	const char *now = chosen(w);
	size_t i;

	for (i = 0; i < c->n_places && i < n_items(w); i++) {
		const struct flow_place *p = &c->places[i];
		int y = widget_row(v, p->row), x = w->geom.value_x + p->x;
		const char *t = item_text(w, i);

		if (y < 0)
			continue;
		mvwaddstr(v->win, y, x, strcmp(now, t) == 0 ? "(*)" : "( )");
		tui_draw_text(v->win, y, x + MARK_COLS,
		    p->width - MARK_COLS, t, 0);
	}
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
choice_key(struct widget *w, const struct tui_key *k)
{
	struct w_choice *c = state(w);
	size_t n = n_items(w);

	if (tui_key_is_enter(k))
		return WIDGET_NEXT;
	if (tui_key_is_func(k, KEY_LEFT) || tui_key_is_func(k, KEY_HOME)) {
		c->cursor = tui_key_is_func(k, KEY_HOME) || c->cursor == 0 ? 0
		    : c->cursor - 1;
		return WIDGET_USED;
	}
	if (tui_key_is_func(k, KEY_RIGHT) || tui_key_is_func(k, KEY_END)) {
		if (n > 0)
			c->cursor = tui_key_is_func(k, KEY_END)
			    || c->cursor + 1 >= n ? n - 1 : c->cursor + 1;
		return WIDGET_USED;
	}
	if (tui_key_is_char(k, ' ') && c->cursor < w->field->n_options) {
		if (strcmp(chosen(w), item_text(w, c->cursor)) == 0)
			return WIDGET_USED;
		value_set_text(w->value, item_text(w, c->cursor));
		return WIDGET_CHANGED;
	}
	return tui_key_is_text(k) ? WIDGET_USED : WIDGET_IGNORED;
}

/* Put the cursor on the chosen item, or the first. */
static void
choice_focus(struct widget *w, int dir)
{
	struct w_choice *c = state(w);
	size_t i;

	(void) dir;
	c->cursor = 0;
	for (i = 0; i < n_items(w); i++)
		if (strcmp(chosen(w), item_text(w, i)) == 0)
			c->cursor = i;
}

/* Give the cursor up (widget_ops). */
static void
choice_blur(struct widget *w)
{
	(void) w;
}

/* Store the cursor's row and column (widget_ops). */
static void
choice_cursor(struct widget *w, int *row, int *col)
{
	struct w_choice *c = state(w);

	*row = 0;
	*col = w->geom.value_x + 1;
	if (c->cursor < c->n_places) {
		*row = c->places[c->cursor].row;
		*col += c->places[c->cursor].x;
	}
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
choice_status(struct widget *w)
{
	if (*chosen(w) != '\0')	/* the hint only while it is needed */
		return widget_rule_text(w->field);
	/* TRANSLATORS: a hint on the status line. */
	return widget_status_with_hint(w->field,
	    _("arrows move, Space chooses"));
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
choice_free(struct widget *w)
{
	free(state(w)->places);
	free(w);
}

static const struct widget_ops choice_ops = {
	.measure = choice_measure,
	.draw = choice_draw,
	.handle_key = choice_key,
	.focus = choice_focus,
	.blur = choice_blur,
	.cursor = choice_cursor,
	.status = choice_status,
	.jump = widget_jump_start,
	.answer = widget_answer_none,
	.free = choice_free,
};

struct widget *
w_choice_new(const struct template_field *f, struct value *v)
{
	struct w_choice *c = xcalloc(1, sizeof *c);

	(void) f;
	(void) v;
	c->base.ops = &choice_ops;
	return &c->base;
}
