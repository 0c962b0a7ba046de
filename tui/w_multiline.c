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

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/widget.h"

/* One wrapped line: a span of the text. */
struct mline {
	size_t start;		/* byte offset in the text */
	size_t len;		/* bytes, without the '\n' that ends it */
};

struct w_multiline {
	struct widget base;
	const char *seen;	/* the text the lines were made for */
	size_t len;		/* bytes of text */
	size_t cap;		/* bytes allocated for it */
	struct mline *lines;	/* wrapped lines, in order */
	size_t n_lines, cap_lines;
	struct mline *scratch;	/* new lines while rewrapping */
	size_t cap_scratch;
	size_t cols;		/* wrapping width; 0 before layout */
	size_t cursor;		/* byte offset of the cursor */
	long goal;		/* column kept by Up/Down, or -1 */
	size_t count;		/* the live count of the length rule */
};

/* The next-line marker of next_line() for the last line. */
#define LAST_LINE SIZE_MAX

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

/* Fill *OUT with the line that starts at P of the text T (LEN bytes)
 * wrapped at COLS; return where the next line starts, or LAST_LINE. */
static size_t
next_line(const char *t, size_t len, size_t p, size_t cols,
    struct mline *out)
{
	size_t n = 0, q;

	if (p < len && t[p] != '\n') {
		n = wrap_line_end(t + p, len - p, cols, NULL);
		if (n == 0)
			n = tui_next_char(t, len, p) - p;
	}
	out->start = p;
	out->len = n;
	q = p + n;
	if (q < len && t[q] == '\n')
		return q + 1;
	return q >= len ? LAST_LINE : q;
}

/* Make room for N lines in *ARRAY of capacity *CAP. */
static void
reserve_lines(struct mline **array, size_t *cap, size_t n)
{
	if (n <= *cap)
		return;
	*cap = n < 64 ? 64 : n + n / 2;
	*array = xreallocarray(*array, *cap, sizeof **array);
}

/* Wrap the whole text again, and count it: after a resize, or when the
 * value was replaced. */
static void
rewrap_all(struct w_multiline *m)
{
	const char *t = text_of(m);
	size_t p = 0;

	m->len = strlen(t);
	m->cap = m->len + 1;
	m->seen = t;
	m->n_lines = 0;
	for (;;) {
		reserve_lines(&m->lines, &m->cap_lines, m->n_lines + 1);
		p = next_line(t, m->len, p, m->cols, &m->lines[m->n_lines++]);
		if (p == LAST_LINE)
			break;
	}
	m->count = count_span(m, t, m->len);
	if (m->cursor > m->len)
		m->cursor = m->len;
}

/* Return the index of the line that holds byte offset P. */
static size_t
line_of(const struct w_multiline *m, size_t p)
{
	size_t lo = 0, hi = m->n_lines;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->lines[mid].start <= p)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Replace lines FROM..TO-1 by the N scratch lines; move the starts of
 * the lines after them by DELTA bytes. */
static void
splice_lines(struct w_multiline *m, size_t from, size_t to, size_t n,
    long delta)
{
	size_t tail = m->n_lines - to, i;

	reserve_lines(&m->lines, &m->cap_lines, from + n + tail);
	memmove(m->lines + from + n, m->lines + to, tail * sizeof *m->lines);
	memcpy(m->lines + from, m->scratch, n * sizeof *m->lines);
	m->n_lines = from + n + tail;
	for (i = from + n; i < m->n_lines; i++)
		m->lines[i].start = (size_t) ((long) m->lines[i].start + delta);
}

/* Return where the Latin word around POS in T starts (at most a few
 * hundred bytes back): a break before a word depends on its length, so
 * a change inside a word can move the break of the line before it. */
static size_t
word_start(const char *t, size_t pos)
{
	size_t limit = pos > 256 ? pos - 256 : 0;

	while (pos > limit) {
		unsigned char c = (unsigned char) t[pos - 1];

		if (c >= 0x80 || c == ' ' || c == '\n' || c == '\t')
			break;
		pos--;
	}
	return pos;
}

/* Rewrap after OLD_N bytes at POS became NEW_N bytes: from two lines
 * before the change until a new line starts where an old one did. */
static void
rewrap_change(struct w_multiline *m, size_t pos, size_t old_n, size_t new_n)
{
	const char *t = text_of(m);
	long delta = (long) new_n - (long) old_n;
	size_t k = line_of(m, word_start(t, pos)), from = k >= 2 ? k - 2 : 0;
	size_t j = from, p = m->lines[from].start, n = 0;

	for (;;) {
		reserve_lines(&m->scratch, &m->cap_scratch, n + 1);
		p = next_line(t, m->len, p, m->cols, &m->scratch[n++]);
		if (p == LAST_LINE) {
			splice_lines(m, from, m->n_lines, n, 0);
			return;
		}
		if (p < pos + new_n)
			continue;
		/* Where would this line have started before the change? */
		while (j < m->n_lines
		    && (long) m->lines[j].start + delta < (long) p)
			j++;
		if (j < m->n_lines && (long) m->lines[j].start + delta
		    == (long) p && m->lines[j].start >= pos + old_n) {
			splice_lines(m, from, j, n, delta);
			return;
		}
	}
}

/* Make sure the widget's lines describe the value's text. */
static void
sync(struct w_multiline *m)
{
	if (m->seen != text_of(m))
		rewrap_all(m);
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
	m->count += count_span(m, s, new_n);
	rewrap_change(m, pos, old_n, new_n);
	m->cursor = pos + new_n;
	m->goal = -1;
}

/* Return the display column of byte offset P on its line. */
static size_t
column_of(const struct w_multiline *m, size_t p)
{
	const struct mline *l = &m->lines[line_of(m, p)];

	return tui_text_width(text_of(m) + l->start, p - l->start);
}

/* Return the offset on line I nearest display column COL; never the end
 * of a line broken softly, which is where the next line starts. */
static size_t
offset_on_line(const struct w_multiline *m, size_t i, size_t col)
{
	const struct mline *l = &m->lines[i];
	const char *t = text_of(m);
	size_t p = l->start + tui_offset_at_column(t + l->start, l->len, col);

	if (p == l->start + l->len && i + 1 < m->n_lines
	    && m->lines[i + 1].start == p && l->len > 0)
		p = tui_prev_char(t, p);
	return p;
}

/* Move the cursor BY lines up (negative) or down, keeping its column. */
static void
move_lines(struct w_multiline *m, long by)
{
	long i = (long) line_of(m, m->cursor) + by;

	if (m->goal < 0)
		m->goal = (long) column_of(m, m->cursor);
	if (i < 0)
		i = 0;
	if (i >= (long) m->n_lines)
		i = (long) m->n_lines - 1;
	m->cursor = offset_on_line(m, (size_t) i, (size_t) m->goal);
}

/* Apply a key that moves the cursor; return WIDGET_IGNORED for others. */
static enum widget_result
move_key(struct w_multiline *m, const struct tui_key *k)
{
	const char *t = text_of(m);
	size_t row = line_of(m, m->cursor);
	const struct mline *l = &m->lines[row];
	long page = m->base.geom.page > 3 ? m->base.geom.page - 2 : 1;

	if (tui_key_is_func(k, KEY_UP) || tui_key_is_func(k, KEY_DOWN)) {
		bool up = tui_key_is_func(k, KEY_UP);

		if (up ? row == 0 : row + 1 == m->n_lines)
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
	const struct mline *l = &m->lines[line_of(m, m->cursor)];
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

static enum widget_result
multiline_key(struct widget *w, const struct tui_key *k)
{
	struct w_multiline *m = state(w);
	enum widget_result r;

	sync(m);
	r = move_key(m, k);
	if (r == WIDGET_IGNORED)
		r = delete_key(m, k);
	if (r == WIDGET_IGNORED)
		r = insert_key(m, k);
	return r;
}

static int
multiline_measure(struct widget *w, const struct widget_geom *g)
{
	struct w_multiline *m = state(w);
	int cols = g->cols - g->block_x - 1;

	w->geom = *g;
	if (cols < 2)
		cols = 2;
	if ((size_t) cols != m->cols) {
		m->cols = (size_t) cols;
		rewrap_all(m);
	}
	sync(m);
	return 1 + (int) m->n_lines;
}

static void
multiline_draw(struct widget *w, const struct widget_view *v)
{
	struct w_multiline *m = state(w);
	const char *t = text_of(m);
	long r = v->first - v->top, last = v->last - v->top;

	sync(m);
	if (r < 1)
		r = 1;
	for (; r <= last && (size_t) r <= m->n_lines; r++) {
		const struct mline *l = &m->lines[r - 1];

		tui_draw_span(v->win, v->top + (int) r, w->geom.block_x,
		    (int) m->cols, t + l->start, l->len, 0, 0);
	}
}

static void
multiline_focus(struct widget *w, int dir)
{
	struct w_multiline *m = state(w);

	(void) dir;
	sync(m);
	m->goal = -1;
}

static void
multiline_blur(struct widget *w)
{
	(void) w;
}

static void
multiline_cursor(struct widget *w, int *row, int *col)
{
	struct w_multiline *m = state(w);

	sync(m);
	*row = 1 + (int) line_of(m, m->cursor);
	*col = w->geom.block_x + (int) column_of(m, m->cursor);
}

static char *
multiline_status(struct widget *w)
{
	struct w_multiline *m = state(w);
	const struct template_field *f = w->field;
	char *rule, *s;

	sync(m);
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

static void
multiline_jump(struct widget *w, const char *sub)
{
	struct w_multiline *m = state(w);

	(void) sub;
	sync(m);
	m->cursor = 0;
	m->goal = -1;
}

static enum widget_result
multiline_answer(struct widget *w, bool yes)
{
	(void) w;
	(void) yes;
	return WIDGET_USED;
}

static void
multiline_free(struct widget *w)
{
	struct w_multiline *m = state(w);

	free(m->lines);
	free(m->scratch);
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
	.answer = multiline_answer,
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
	return &m->base;
}
