/* w_multiline.c — the multi-line text widget: paragraphs wrapped by
 * display width, a cursor that moves by characters (and up and down by
 * display column), and the live count of the field's length rule.
 *
 * The text stays in the draft's scalar; the widget keeps room to grow it
 * and the wrapped lines as spans of it.  A keystroke rewraps only from
 * two lines before the change until the old and new line breaks meet
 * again, and the count changes by what was inserted and removed, so that
 * typing costs the same in a short text and in a long one.
 */
#include <config.h>

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/textlines.h"
#include "tui/widget.h"

struct w_multiline {
	struct widget base;
	const char *seen;	/* the text the lines were made for */
	size_t len;		/* bytes of text */
	size_t cap;		/* bytes allocated for it */
	struct textlines tl;	/* the text wrapped */
	size_t cols;		/* wrapping width */
	size_t want;		/* lines the form asked for (SIZE_MAX: all) */
	bool counted;		/* count is up to date */
	size_t cursor;		/* byte offset of the cursor */
	long goal;		/* column kept by Up/Down, or -1 */
	size_t count;		/* the live count of the length rule */
};

/* Return W's state. */
static struct w_multiline *
state(struct widget *w)
{
	return (struct w_multiline *) w;
}

/* Return the text of W ("" while the value holds none). */
static const char *
text_of(const struct w_multiline *m)
{
	const struct value *v = m->base.value;

	return v->type == VALUE_SCALAR ? v->text : "";
}

/* Return the count of the LEN bytes at S by the field's count mode. */
static size_t
count_span(const struct w_multiline *m, const char *s, size_t len)
{
	enum count_mode mode = m->base.field->count;
	char *copy;
	size_t n;

	if (mode == COUNT_NONE || len == 0)
		return 0;
	copy = xstrndup(s, len);
	n = mode == COUNT_HAN ? text_count_han(copy)
	    : text_count_nonspace(copy);
	free(copy);
	return n;
}

/* Wrap the whole text again, and count it: after a resize, or when the
 * value was replaced. */
static void
rewrap_all(struct w_multiline *m)
{
	const char *t = text_of(m);

	m->len = strlen(t);
	m->cap = m->len + 1;
	m->seen = t;
	textlines_wrap(&m->tl, t, m->len, m->cols, m->want);
	m->counted = false;	/* counted when the status line needs it */
	if (m->cursor > m->len)
		m->cursor = m->len;
}

/* Make sure the widget's lines describe the value's text. */
static void
sync(struct w_multiline *m)
{
	if (m->seen != text_of(m))
		rewrap_all(m);
}

/* Make sure the whole text is wrapped and counted: the cursor may go
 * anywhere in it. */
static void
sync_all(struct w_multiline *m)
{
	sync(m);
	m->want = SIZE_MAX;
	textlines_more(&m->tl, text_of(m), m->len, SIZE_MAX);
	if (!m->counted) {
		m->count = count_span(m, text_of(m), m->len);
		m->counted = true;
	}
}

/* Replace OLD_N bytes at POS by the NEW_N bytes at S; the cursor goes
 * after them. */
static void
replace(struct w_multiline *m, size_t pos, size_t old_n, const char *s,
    size_t new_n)
{
	struct value *v = m->base.value;
	size_t need = m->len - old_n + new_n + 1;
	char *t;

	sync(m);
	if (v->type != VALUE_SCALAR) {
		value_set_text(v, "");
		rewrap_all(m);
	}
	if (m->counted)
		m->count -= count_span(m, v->text + pos, old_n);
	if (need > m->cap) {
		m->cap = need + need / 2 + 64;
		v->text = xreallocarray(v->text, m->cap, 1);
	}
	t = v->text;
	memmove(t + pos + new_n, t + pos + old_n, m->len - pos - old_n + 1);
	memcpy(t + pos, s, new_n);
	m->len = m->len - old_n + new_n;
	m->seen = t;
	if (m->counted)
		m->count += count_span(m, s, new_n);
	textlines_change(&m->tl, t, m->len, pos, old_n, new_n);
	m->cursor = pos + new_n;
	m->goal = -1;
}

/* Return the display column of byte offset P on its line. */
static size_t
column_of(const struct w_multiline *m, size_t p)
{
	const struct textline *l = &m->tl.lines[textlines_line_of(&m->tl, p)];

	return tui_text_width(text_of(m) + l->start, p - l->start);
}

/* Return the offset on line I nearest display column COL; never the end
 * of a line broken softly, which is where the next line starts. */
static size_t
offset_on_line(const struct w_multiline *m, size_t i, size_t col)
{
	const struct textline *l = &m->tl.lines[i];
	const char *t = text_of(m);
	size_t p = l->start + tui_offset_at_column(t + l->start, l->len, col);

	if (p == l->start + l->len && i + 1 < m->tl.n
	    && m->tl.lines[i + 1].start == p && l->len > 0)
		p = tui_prev_char(t, p);
	return p;
}

/* Move the cursor BY lines up (negative) or down, keeping its column. */
static void
move_lines(struct w_multiline *m, long by)
{
	long i = (long) textlines_line_of(&m->tl, m->cursor) + by;

	if (m->goal < 0)
		m->goal = (long) column_of(m, m->cursor);
	if (i < 0)
		i = 0;
	if (i >= (long) m->tl.n)
		i = (long) m->tl.n - 1;
	m->cursor = offset_on_line(m, (size_t) i, (size_t) m->goal);
}

/* Apply a key that moves the cursor; return WIDGET_IGNORED for others. */
static enum widget_result
move_key(struct w_multiline *m, const struct tui_key *k)
{
	const char *t = text_of(m);
	size_t row = textlines_line_of(&m->tl, m->cursor);
	const struct textline *l = &m->tl.lines[row];
	long page = m->base.geom.page > 3 ? m->base.geom.page - 2 : 1;

	if (tui_key_is_func(k, KEY_UP) || tui_key_is_func(k, KEY_DOWN)) {
		bool up = tui_key_is_func(k, KEY_UP);

		if (up ? row == 0 : row + 1 == m->tl.n)
			return WIDGET_IGNORED;	/* on to the next field */
		move_lines(m, up ? -1 : 1);
		return WIDGET_USED;
	}
	if (tui_key_is_func(k, KEY_PPAGE) || tui_key_is_func(k, KEY_NPAGE)) {
		move_lines(m, tui_key_is_func(k, KEY_PPAGE) ? -page : page);
		return WIDGET_USED;
	}
	if (tui_key_is_func(k, KEY_LEFT))
		m->cursor = tui_prev_char(t, m->cursor);
	else if (tui_key_is_func(k, KEY_RIGHT))
		m->cursor = tui_next_char(t, m->len, m->cursor);
	else if (tui_key_is_func(k, KEY_HOME)
	    || tui_key_is_char(k, TUI_CTRL('A')))
		m->cursor = l->start;
	else if (tui_key_is_func(k, KEY_END))
		m->cursor = offset_on_line(m, row, SIZE_MAX / 2);
	else
		return WIDGET_IGNORED;
	m->goal = -1;
	return WIDGET_USED;
}

/* Apply a key that deletes; return WIDGET_IGNORED for others. */
static enum widget_result
delete_key(struct w_multiline *m, const struct tui_key *k)
{
	const char *t = text_of(m);
	const struct textline *l =
	    &m->tl.lines[textlines_line_of(&m->tl, m->cursor)];
	size_t from = m->cursor, to = m->cursor;

	if (tui_key_is_backspace(k))
		from = tui_prev_char(t, m->cursor);
	else if (tui_key_is_func(k, KEY_DC))
		to = tui_next_char(t, m->len, m->cursor);
	else if (tui_key_is_char(k, TUI_CTRL('K')))
		to = m->cursor < l->start + l->len ? l->start + l->len
		    : tui_next_char(t, m->len, m->cursor);
	else if (tui_key_is_char(k, TUI_CTRL('U')))
		from = l->start;
	else
		return WIDGET_IGNORED;
	if (from == to)
		return WIDGET_USED;
	replace(m, from, to - from, "", 0);
	return WIDGET_CHANGED;
}

/* Apply a key that inserts text; return WIDGET_IGNORED for others. */
static enum widget_result
insert_key(struct w_multiline *m, const struct tui_key *k)
{
	uint32_t cp = k->code;
	char buf[4];
	int n;

	if (tui_key_is_enter(k) || (k->pasted && cp == '\r'))
		cp = '\n';
	else if (k->pasted && cp == '\t')
		cp = ' ';
	else if (!tui_key_is_text(k))
		return WIDGET_IGNORED;
	n = text_encode(cp, buf);
	if (n <= 0)
		return WIDGET_USED;
	replace(m, m->cursor, 0, buf, (size_t) n);
	return WIDGET_CHANGED;
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
multiline_key(struct widget *w, const struct tui_key *k)
{
	struct w_multiline *m = state(w);
	enum widget_result r;

	sync_all(m);
	r = move_key(m, k);
	if (r == WIDGET_IGNORED)
		r = delete_key(m, k);
	if (r == WIDGET_IGNORED)
		r = insert_key(m, k);
	return r;
}

/* Return the rows the widget takes, laid out in G (widget_ops). */
static int
multiline_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_multiline *m = state(w);
	int cols = g->cols - g->block_x - 1;

	w->geom = *g;
	if (cols < 2)
		cols = 2;
	if (m->want != SIZE_MAX)	/* a focused field stays whole */
		m->want = g->want == INT_MAX ? SIZE_MAX
		    : (size_t) (g->want > 1 ? g->want - 1 : 1);
	if ((size_t) cols != m->cols) {
		m->cols = (size_t) cols;
		rewrap_all(m);
	}
	sync(m);
	textlines_more(&m->tl, text_of(m), m->len, m->want);
	return 1 + (int) m->tl.n;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
multiline_draw(struct widget *w, const struct widget_view *v)
{
	struct w_multiline *m = state(w);
	const char *t = text_of(m);
	long r = v->first - v->top, last = v->last - v->top;

	sync(m);
	if (r < 1)
		r = 1;
	for (; r <= last && (size_t) r <= m->tl.n; r++) {
		const struct textline *l = &m->tl.lines[r - 1];

		tui_draw_span(v->win, v->top + (int) r, w->geom.block_x,
		    (int) m->cols, t + l->start, l->len, 0, 0);
	}
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
multiline_focus(struct widget *w, int dir)
{
	struct w_multiline *m = state(w);

	(void) dir;
	sync_all(m);
	m->goal = -1;
}

/* Give the cursor up (widget_ops). */
static void
multiline_blur(struct widget *w)
{
	(void) w;
}

/* Store the cursor's row and column (widget_ops). */
static void
multiline_cursor(struct widget *w, int *row, int *col)
{
	struct w_multiline *m = state(w);

	sync_all(m);
	*row = 1 + (int) textlines_line_of(&m->tl, m->cursor);
	*col = w->geom.block_x + (int) column_of(m, m->cursor);
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
multiline_status(struct widget *w)
{
	struct w_multiline *m = state(w);
	const struct template_field *f = w->field;
	char *rule, *s;

	sync_all(m);
	if (f->count == COUNT_NONE)
		return widget_rule_text(f);
	rule = widget_length_text(f);
	if (f->count == COUNT_HAN)
		/* TRANSLATORS: the live count on the status line. */
		s = xasprintf(P_("%zu Han character", "%zu Han characters",
		    m->count), m->count);
	else
		/* TRANSLATORS: the live count on the status line. */
		s = xasprintf(P_("%zu character", "%zu characters",
		    m->count), m->count);
	if (rule != NULL) {
		char *both = xasprintf("%s %s", s, rule);

		free(s);
		s = both;
	}
	free(rule);
	return s;
}

/* Put the cursor on the part SUB names (widget_ops). */
static void
multiline_jump(struct widget *w, const char *sub)
{
	struct w_multiline *m = state(w);

	(void) sub;
	sync_all(m);
	m->cursor = 0;
	m->goal = -1;
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
multiline_free(struct widget *w)
{
	struct w_multiline *m = state(w);

	textlines_clear(&m->tl);
	free(m);
}

static const struct widget_ops multiline_ops = {
	.measure = multiline_measure,
	.draw = multiline_draw,
	.handle_key = multiline_key,
	.focus = multiline_focus,
	.blur = multiline_blur,
	.cursor = multiline_cursor,
	.status = multiline_status,
	.jump = multiline_jump,
	.answer = widget_answer_none,
	.free = multiline_free,
};

struct widget *
w_multiline_new(const struct template_field *f, struct value *v)
{
	struct w_multiline *m = xcalloc(1, sizeof *m);

	(void) f;
	(void) v;
	m->base.ops = &multiline_ops;
	m->base.block = true;
	m->goal = -1;
	m->cols = 78;
	m->want = 1;
	return &m->base;
}
