/* w_table.c — the table widget: rows of typed columns under a header,
 * columns sized to the terminal.  The cursor moves by cell (Tab, Enter,
 * Shift-Tab, Up, Down); Tab past the last cell of a filled last row starts
 * a new row, and an empty last row is dropped when the cursor leaves the
 * table; Ctrl-N or Insert adds a row, Ctrl-K deletes one after asking.
 * The value is the list of rows, each a map of column id to text. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/datepart.h"
#include "tui/draw.h"
#include "tui/lineedit.h"
#include "tui/widget.h"

struct w_table {
	struct widget base;
	size_t row, col;	/* the cell with the cursor */
	int *widths;		/* columns of each table column */
	int *xs;		/* where each column starts */
	bool stale;		/* widths must be worked out again */
	int laid_cols;		/* the screen width they were made for */
	bool focused;		/* the table has the cursor */
	char *buf;		/* the text cell being edited */
	struct lineedit edit;	/* over buf */
	struct datepart date;	/* the date cell being edited */
	int cursor_col;		/* where the cursor was last drawn */
};

/* Return W's state. */
static struct w_table *
state(struct widget *w)
{
	return (struct w_table *) w;
}

/* Return the number of rows. */
static size_t
n_rows(const struct widget *w)
{
	return w->value->type == VALUE_LIST ? w->value->n_items : 0;
}

/* Return column I of the table. */
static const struct template_field *
column(const struct widget *w, size_t i)
{
	return &w->field->columns[i];
}

/* Return the value of cell ROW, COL, or an empty value. */
static const struct value *
cell(const struct widget *w, size_t row, size_t col)
{
	static const struct value none = { .type = VALUE_NULL };
	const struct value *v;

	if (row >= n_rows(w))
		return &none;
	v = value_map_get(&w->value->items[row], column(w, col)->id);
	return v != NULL ? v : &none;
}

/* Return cell ROW, COL for change (the row exists). */
static struct value *
cell_for_change(struct widget *w, size_t row, size_t col)
{
	struct value *r = &w->value->items[row];

	if (r->type != VALUE_MAP)
		value_set_map(r);
	return value_map_put(r, column(w, col)->id);
}

/* Return the text shown for cell ROW, COL.  Caller frees. */
static char *
cell_shown(const struct widget *w, size_t row, size_t col)
{
	const struct value *v = cell(w, row, col);
	const char *t;

	if (column(w, col)->kind == FIELD_DATE)
		return datepart_shown(v);
	t = value_text(v);
	return xstrdup(t != NULL ? t : "");
}

/* Return true when no cell of ROW holds text (true: FILLED every cell). */
static bool
row_is(const struct widget *w, size_t row, bool filled)
{
	size_t i;

	for (i = 0; i < w->field->n_columns; i++)
		if (value_is_empty(cell(w, row, i)) == filled)
			return false;
	return true;
}

/* Start editing the cell under the cursor. */
static void
open_cell(struct w_table *t)
{
	struct widget *w = &t->base;
	const struct value *v = cell(w, t->row, t->col);
	const char *text = value_text(v);

	t->stale = true;
	if (w->field->n_columns == 0)
		return;
	if (column(w, t->col)->kind == FIELD_DATE) {
		datepart_begin(&t->date, v);
		return;
	}
	free(t->buf);
	t->buf = xstrdup(text != NULL ? text : "");
	lineedit_attach(&t->edit, &t->buf);
}

/* Insert an empty row at AT and put the cursor on its first cell. */
static void
add_row(struct w_table *t, size_t at)
{
	struct widget *w = &t->base;
	struct value *r;
	size_t i;

	if (w->value->type != VALUE_LIST)
		value_set_list(w->value);
	r = value_list_insert(w->value, at);
	value_set_map(r);
	for (i = 0; i < w->field->n_columns; i++)
		value_set_text(value_map_put(r, column(w, i)->id), "");
	t->row = at;
	t->col = 0;
	open_cell(t);
}

/* Remove the last row when it is entirely empty. */
static void
drop_empty_last(struct w_table *t)
{
	size_t n = n_rows(&t->base);

	if (n > 0 && row_is(&t->base, n - 1, false)) {
		value_list_remove(t->base.value, n - 1);
		if (t->row >= n - 1 && t->row > 0)
			t->row = n - 2;
	}
}

/* Return the columns column I would like: its label, its widest cell. */
static int
natural_width(const struct widget *w, size_t i)
{
	const struct template_field *c = column(w, i);
	int best = (int) tui_text_width(c->label, strlen(c->label));
	size_t r;

	for (r = 0; r < n_rows(w); r++) {
		char *s = cell_shown(w, r, i);
		int cw = (int) tui_text_width(s, strlen(s));

		if (c->kind == FIELD_DATE && cw > 0)
			cw += 5;	/* " (六)" */
		if (cw > best)
			best = cw;
		free(s);
	}
	return best < 4 ? 4 : best + 1;
}

/* Size the columns to AVAIL screen columns: each its natural width when
 * they all fit (the rest shared out), else shares in proportion. */
static void
size_columns(struct w_table *t, int avail)
{
	struct widget *w = &t->base;
	size_t n = w->field->n_columns, i;
	long sum = 0;
	int used = 0, x = 0;

	for (i = 0; i < n; i++) {
		t->widths[i] = natural_width(w, i);
		sum += t->widths[i];
	}
	for (i = 0; i < n; i++) {
		if (sum <= avail)
			t->widths[i] += (int) ((avail - sum) / (long) n);
		else
			t->widths[i] = (int) (t->widths[i] * (long) avail / sum);
		if (t->widths[i] < 2)
			t->widths[i] = 2;
		used += t->widths[i];
	}
	for (i = 0; used > avail && i < n; i++) {	/* rounding */
		int cut = used - avail < t->widths[i] - 2 ? used - avail
		    : t->widths[i] - 2;

		t->widths[i] -= cut;
		used -= cut;
	}
	for (i = 0; i < n; i++) {
		t->xs[i] = x;
		x += t->widths[i] + 1;	/* and a separator */
	}
}

/* Return the rows the widget takes, laid out in G (widget_ops). */
static int
table_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_table *t = state(w);
	size_t n = n_rows(w), sep = w->field->n_columns;

	w->geom = *g;
	if (t->stale || t->laid_cols != g->cols) {
		int avail = g->cols - g->block_x - 1 - (int) (sep ? sep - 1 : 0);

		size_columns(t, avail);
		t->stale = false;
		t->laid_cols = g->cols;
	}
	return 2 + (int) (n > 0 ? n : 1);
}

/* Draw cell ROW, COL at screen row Y. */
static void
draw_cell(struct w_table *t, WINDOW *win, int y, size_t row, size_t col)
{
	struct widget *w = &t->base;
	int x = w->geom.block_x + t->xs[col], cols = t->widths[col];
	bool editing = t->focused && row == t->row && col == t->col;

	if (column(w, col)->kind == FIELD_DATE) {
		int text_cols = cols >= 12 ? cols - 5 : cols;
		int c = datepart_draw(&t->date, cell(w, row, col), editing,
		    win, y, x, text_cols, cols);

		if (editing)
			t->cursor_col = t->xs[col] + c;
	} else if (editing) {
		t->cursor_col = t->xs[col] + lineedit_draw(&t->edit, win, y,
		    x, cols, 0);
	} else {
		char *s = cell_shown(w, row, col);

		tui_draw_text(win, y, x, cols, s, 0);
		free(s);
	}
	if (col + 1 < w->field->n_columns)
		mvwaddch(win, y, x + cols, '|');
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
table_draw(struct widget *w, const struct widget_view *v)
{
	struct w_table *t = state(w);
	size_t n = n_rows(w), r, c;
	int y = widget_row(v, 1);

	/* The header bold, separators too: one run of one attribute. */
	for (c = 0; y >= 0 && c < w->field->n_columns; c++) {
		tui_draw_text(v->win, y, w->geom.block_x + t->xs[c],
		    t->widths[c], column(w, c)->label, A_BOLD);
		if (c + 1 < w->field->n_columns)
			mvwaddch(v->win, y, w->geom.block_x + t->xs[c]
			    + t->widths[c], '|' | A_BOLD);
	}
	t->cursor_col = 0;
	for (r = 0; r < (n > 0 ? n : 1); r++) {
		y = widget_row(v, 2 + (int) r);
		if (y < 0)
			continue;
		for (c = 0; c < w->field->n_columns; c++)
			draw_cell(t, v->win, y, r, c);
	}
}

/* Move to the next cell; past the last cell of a filled last row, start
 * a new row.  Return what happened. */
static enum widget_result
next_cell(struct w_table *t)
{
	struct widget *w = &t->base;
	size_t n = n_rows(w), last = w->field->n_columns - 1;

	if (n == 0 || (t->row + 1 == n && row_is(w, t->row, false)))
		return WIDGET_NEXT;
	if (t->col < last) {
		t->col++;
	} else if (t->row + 1 < n) {
		t->row++;
		t->col = 0;
	} else if (row_is(w, t->row, true)) {
		add_row(t, n);
		return WIDGET_CHANGED;
	} else {
		return WIDGET_NEXT;
	}
	open_cell(t);
	return WIDGET_USED;
}

/* Move to the previous cell; return what happened. */
static enum widget_result
prev_cell(struct w_table *t)
{
	if (t->col > 0) {
		t->col--;
	} else if (t->row > 0) {
		t->row--;
		t->col = t->base.field->n_columns - 1;
	} else {
		return WIDGET_PREV;
	}
	open_cell(t);
	return WIDGET_USED;
}

/* Apply K to the cell being edited; a key that types into a table with
 * no rows starts the first one. */
static enum widget_result
cell_key(struct w_table *t, const struct tui_key *k)
{
	struct widget *w = &t->base;
	enum lineedit_result r;
	struct value tmp;
	bool date = column(w, t->col)->kind == FIELD_DATE;

	if (n_rows(w) == 0 && (tui_key_is_text(k) || k->pasted))
		add_row(t, 0);
	if (n_rows(w) == 0)
		return tui_key_is_text(k) ? WIDGET_USED : WIDGET_IGNORED;
	if (date) {
		value_init(&tmp);
		value_copy(&tmp, cell(w, t->row, t->col));
		r = datepart_key(&t->date, k, &tmp);
		if (r == LINEEDIT_CHANGED)
			value_copy(cell_for_change(w, t->row, t->col), &tmp);
		value_free(&tmp);
	} else {
		r = lineedit_key(&t->edit, k, NULL);
		if (r == LINEEDIT_CHANGED)
			value_set_text(cell_for_change(w, t->row, t->col),
			    t->buf);
	}
	if (r == LINEEDIT_CHANGED)
		return WIDGET_CHANGED;
	return r == LINEEDIT_MOVED ? WIDGET_USED : WIDGET_IGNORED;
}

/* Apply a key that moves between rows; WIDGET_IGNORED for others. */
static enum widget_result
row_key(struct w_table *t, const struct tui_key *k)
{
	size_t n = n_rows(&t->base);

	if (tui_key_is_func(k, KEY_UP)) {
		if (t->row == 0)
			return WIDGET_PREV;
		t->row--;
	} else if (tui_key_is_func(k, KEY_DOWN)) {
		if (t->row + 1 >= n)
			return WIDGET_NEXT;
		t->row++;
	} else {
		return WIDGET_IGNORED;
	}
	open_cell(t);
	return WIDGET_USED;
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
table_key(struct widget *w, const struct tui_key *k)
{
	struct w_table *t = state(w);
	enum widget_result r;

	if (w->field->n_columns == 0)
		return WIDGET_IGNORED;
	if (tui_key_is_char(k, TUI_CTRL('N')) || tui_key_is_func(k, KEY_IC)) {
		add_row(t, n_rows(w) == 0 ? 0 : t->row + 1);
		return WIDGET_CHANGED;
	}
	if (tui_key_is_char(k, TUI_CTRL('K'))) {
		if (n_rows(w) == 0)
			return WIDGET_USED;
		/* TRANSLATORS: asked on the status line before a table row
		 * is deleted. */
		w->question = _("Delete this row?");
		return WIDGET_ASK;
	}
	if ((tui_key_is_enter(k) && !k->pasted) || tui_key_is_char(k, '\t'))
		return next_cell(t);
	if (tui_key_is_func(k, KEY_BTAB))
		return prev_cell(t);
	r = row_key(t, k);
	return r != WIDGET_IGNORED ? r : cell_key(t, k);
}

/* Return what the answer YES did to the question asked (widget_ops). */
static enum widget_result
table_answer(struct widget *w, bool yes)
{
	struct w_table *t = state(w);

	if (!yes || t->row >= n_rows(w))
		return WIDGET_USED;
	value_list_remove(w->value, t->row);
	if (t->row >= n_rows(w) && t->row > 0)
		t->row--;
	t->col = 0;
	open_cell(t);
	return WIDGET_CHANGED;
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
table_focus(struct widget *w, int dir)
{
	struct w_table *t = state(w);
	size_t n = n_rows(w);

	t->focused = true;
	t->row = dir < 0 && n > 0 ? n - 1 : 0;
	t->col = dir < 0 && w->field->n_columns > 0
	    ? w->field->n_columns - 1 : 0;
	open_cell(t);
}

/* Give the cursor up (widget_ops). */
static void
table_blur(struct widget *w)
{
	struct w_table *t = state(w);

	drop_empty_last(t);
	t->focused = false;
	t->stale = true;
}

/* Store the cursor's row and column (widget_ops). */
static void
table_cursor(struct widget *w, int *row, int *col)
{
	struct w_table *t = state(w);

	*row = 2 + (int) t->row;
	*col = w->geom.block_x + t->cursor_col;
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
table_status(struct widget *w)
{
	struct w_table *t = state(w);
	size_t n = n_rows(w);
	const char *label = w->field->n_columns > 0
	    ? column(w, t->col)->label : "";

	/* TRANSLATORS: the status line in a table: row, rows, column,
	 * then a hint. */
	return xasprintf(_("row %zu of %zu, %s  Ctrl-N adds a row, "
	    "Ctrl-K deletes it"), n > 0 ? t->row + 1 : 0, n, label);
}

/* Put the cursor on the cell named by SUB: "[2].name" is row 2 (from
 * 1), column name. */
static void
table_jump(struct widget *w, const char *sub)
{
	struct w_table *t = state(w);
	const char *dot;
	size_t i, r;

	table_focus(w, 0);
	if (sub == NULL || sscanf(sub, "[%zu]", &r) != 1)
		return;
	if (r >= 1 && r <= n_rows(w))
		t->row = r - 1;
	dot = strchr(sub, '.');
	for (i = 0; dot != NULL && i < w->field->n_columns; i++)
		if (strcmp(dot + 1, column(w, i)->id) == 0)
			t->col = i;
	open_cell(t);
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
table_free(struct widget *w)
{
	struct w_table *t = state(w);

	free(t->widths);
	free(t->xs);
	free(t->buf);
	datepart_clear(&t->date);
	free(t);
}

static const struct widget_ops table_ops = {
	.measure = table_measure,
	.draw = table_draw,
	.handle_key = table_key,
	.focus = table_focus,
	.blur = table_blur,
	.cursor = table_cursor,
	.status = table_status,
	.jump = table_jump,
	.answer = table_answer,
	.free = table_free,
};

struct widget *
w_table_new(const struct template_field *f, struct value *v)
{
	struct w_table *t = xcalloc(1, sizeof *t);

	(void) v;
	t->base.ops = &table_ops;
	t->base.block = true;
	t->widths = xcalloc(f->n_columns + 1, sizeof *t->widths);
	t->xs = xcalloc(f->n_columns + 1, sizeof *t->xs);
	t->stale = true;
	t->buf = xstrdup("");
	lineedit_attach(&t->edit, &t->buf);
	return &t->base;
}
