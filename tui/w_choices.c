/* w_choices.c — the widget for any of a field's options, with the free-
 * text "other": check boxes in a row that flows on; arrows move, Space
 * ticks, and on the last box, when the field allows it, what is typed is
 * the "other" kind, ticked as soon as it holds text. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/flow.h"
#include "tui/lineedit.h"
#include "tui/widget.h"

struct w_choices {
	struct widget base;
	size_t cursor;			/* the box under the cursor */
	struct flow_place *places;	/* where each box is drawn */
	size_t n_places;
	char *other;			/* the "other" text being edited */
	struct lineedit edit;		/* over other */
	int edit_x;			/* column of the other text */
	bool focused;			/* the box row has the cursor */
};

/* The columns of the "[X] " mark before an option. */
#define MARK_COLS 4

/* Return W's state. */
static struct w_choices *
state(struct widget *w)
{
	return (struct w_choices *) w;
}

/* Return true when OPTION is ticked in the value. */
static bool
ticked(const struct widget *w, const char *option)
{
	const struct value *v = w->value;
	size_t i;

	if (v->type != VALUE_LIST)
		return false;
	for (i = 0; i < v->n_items; i++) {
		const char *t = value_text(&v->items[i]);

		if (t != NULL && strcmp(t, option) == 0)
			return true;
	}
	return false;
}

/* Return the value's first item that is none of the options, or "". */
static const char *
other_in_value(const struct widget *w)
{
	const struct value *v = w->value;
	size_t i;

	if (v->type != VALUE_LIST)
		return "";
	for (i = 0; i < v->n_items; i++) {
		const char *t = value_text(&v->items[i]);

		if (t != NULL && !template_field_has_option(w->field, t))
			return t;
	}
	return "";
}

/* Return true when the field has an "other" box. */
static bool
has_other(const struct widget *w)
{
	return w->field->allow_other || *other_in_value(w) != '\0';
}

/* Return the number of boxes. */
static size_t
n_items(const struct widget *w)
{
	return w->field->n_options + (has_other(w) ? 1 : 0);
}

/* Write the value again: the ticked options in their order, with the
 * option TOGGLE (when not NULL) flipped, then the other text. */
static void
store(struct widget *w, const char *toggle)
{
	struct w_choices *c = state(w);
	const struct template_field *f = w->field;
	bool *on = xcalloc(f->n_options + 1, sizeof *on);
	size_t i;

	for (i = 0; i < f->n_options; i++) {
		on[i] = ticked(w, f->options[i]);
		if (toggle != NULL && strcmp(toggle, f->options[i]) == 0)
			on[i] = !on[i];
	}
	value_set_list(w->value);
	for (i = 0; i < f->n_options; i++)
		if (on[i])
			value_set_text(value_list_append(w->value),
			    f->options[i]);
	if (c->other != NULL && *c->other != '\0')
		value_set_text(value_list_append(w->value), c->other);
	free(on);
}

/* Take the other text from the value into the editing buffer. */
static void
load_other(struct w_choices *c)
{
	free(c->other);
	c->other = xstrdup(other_in_value(&c->base));
	lineedit_attach(&c->edit, &c->other);
}

/* Return the rows the widget takes, laid out in G (widget_ops). */
static int
choices_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_choices *c = state(w);
	size_t n = n_items(w), i;
	int *widths = xcalloc(n + 1, sizeof *widths), rows;

	w->geom = *g;
	if (!c->focused)
		load_other(c);
	for (i = 0; i < w->field->n_options; i++)
		widths[i] = MARK_COLS + (int) tui_text_width(
		    w->field->options[i], strlen(w->field->options[i]));
	if (n > w->field->n_options) {
		const char *hint = _("other:");
		int tw = (int) tui_text_width(c->other, strlen(c->other));
		int hw = (int) tui_text_width(hint, strlen(hint));

		widths[i] = MARK_COLS + hw + (tw > 8 ? tw : 8) + 1;
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

/* Draw the "other" box P at row Y. */
static void
draw_other(struct w_choices *c, WINDOW *win, int y,
    const struct flow_place *p)
{
	const char *hint = _("other:");
	int x = c->base.geom.value_x + p->x, hw;

	mvwaddstr(win, y, x, *c->other != '\0' ? "[X]" : "[ ]");
	hw = tui_draw_text(win, y, x + MARK_COLS, p->width - MARK_COLS, hint,
	    0);
	c->edit_x = x + MARK_COLS + hw;
	lineedit_draw(&c->edit, win, y, c->edit_x,
	    p->width - MARK_COLS - hw, 0);
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
choices_draw(struct widget *w, const struct widget_view *v)
{
	struct w_choices *c = state(w);
	size_t i;

	for (i = 0; i < c->n_places; i++) {
		const struct flow_place *p = &c->places[i];
		int y = widget_row(v, p->row), x = w->geom.value_x + p->x;
		const char *t;

		if (y < 0)
			continue;
		if (i == w->field->n_options) {
			draw_other(c, v->win, y, p);
			continue;
		}
		t = w->field->options[i];
		mvwaddstr(v->win, y, x, ticked(w, t) ? "[X]" : "[ ]");
		tui_draw_text(v->win, y, x + MARK_COLS, p->width - MARK_COLS,
		    t, 0);
	}
}

/* Apply K on the "other" box. */
static enum widget_result
other_key(struct w_choices *c, const struct tui_key *k)
{
	if (tui_key_is_func(k, KEY_LEFT) && c->edit.cursor == 0) {
		c->cursor--;
		return WIDGET_USED;
	}
	if (tui_key_is_char(k, ' ') && *c->other == '\0')
		return WIDGET_USED;
	switch (lineedit_key(&c->edit, k, NULL)) {
	case LINEEDIT_CHANGED:
		store(&c->base, NULL);
		return WIDGET_CHANGED;
	case LINEEDIT_MOVED:
		return WIDGET_USED;
	default:
		return WIDGET_IGNORED;
	}
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
choices_key(struct widget *w, const struct tui_key *k)
{
	struct w_choices *c = state(w);
	size_t n = n_items(w);

	if (tui_key_is_enter(k) && !k->pasted)
		return WIDGET_NEXT;
	if (c->cursor == w->field->n_options && n > c->cursor)
		return other_key(c, k);
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
		store(w, w->field->options[c->cursor]);
		return WIDGET_CHANGED;
	}
	return tui_key_is_text(k) ? WIDGET_USED : WIDGET_IGNORED;
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
choices_focus(struct widget *w, int dir)
{
	struct w_choices *c = state(w);

	(void) dir;
	load_other(c);
	c->focused = true;
	c->cursor = 0;
}

/* Give the cursor up (widget_ops). */
static void
choices_blur(struct widget *w)
{
	state(w)->focused = false;
	load_other(state(w));
}

/* Store the cursor's row and column (widget_ops). */
static void
choices_cursor(struct widget *w, int *row, int *col)
{
	struct w_choices *c = state(w);

	*row = 0;
	*col = w->geom.value_x + 1;
	if (c->cursor >= c->n_places)
		return;
	*row = c->places[c->cursor].row;
	*col += c->places[c->cursor].x;
	if (c->cursor == w->field->n_options) {
		size_t cc = tui_text_width(c->other, c->edit.cursor);

		*col = c->edit_x + (int) (cc - c->edit.scroll);
	}
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
choices_status(struct widget *w)
{
	if (!value_is_empty(w->value))	/* the hint only while needed */
		return widget_rule_text(w->field);
	/* TRANSLATORS: a hint on the status line. */
	return widget_status_with_hint(w->field,
	    _("arrows move, Space ticks"));
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
choices_free(struct widget *w)
{
	struct w_choices *c = state(w);

	free(c->places);
	free(c->other);
	free(c);
}

static const struct widget_ops choices_ops = {
	.measure = choices_measure,
	.draw = choices_draw,
	.handle_key = choices_key,
	.focus = choices_focus,
	.blur = choices_blur,
	.cursor = choices_cursor,
	.status = choices_status,
	.jump = widget_jump_start,
	.answer = widget_answer_none,
	.free = choices_free,
};

struct widget *
w_choices_new(const struct template_field *f, struct value *v)
{
	struct w_choices *c = xcalloc(1, sizeof *c);

	(void) f;
	(void) v;
	c->base.ops = &choices_ops;
	c->other = xstrdup("");
	lineedit_attach(&c->edit, &c->other);
	return &c->base;
}
