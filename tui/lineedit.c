/* lineedit.c — editing one line of text in place (see lineedit.h). */
#include <config.h>

#include "tui/lineedit.h"

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"
#include "tui/draw.h"

void
lineedit_attach(struct lineedit *e, char **text)
{
	if (*text == NULL)
		*text = xstrdup("");
	e->text = text;
	e->cursor = strlen(*text);
	e->scroll = 0;
}

void
lineedit_attach_value(struct lineedit *e, struct value *v)
{
	if (v->type != VALUE_SCALAR)
		value_set_text(v, "");
	lineedit_attach(e, &v->text);
}

void
lineedit_insert(struct lineedit *e, const char *s, size_t len)
{
	size_t old = strlen(*e->text);
	char *t = xmalloc(old + len + 1);

	memcpy(t, *e->text, e->cursor);
	memcpy(t + e->cursor, s, len);
	memcpy(t + e->cursor + len, *e->text + e->cursor,
	    old - e->cursor + 1);
	free(*e->text);
	*e->text = t;
	e->cursor += len;
}

/* Remove the bytes from FROM to TO of the line; the cursor goes to FROM. */
static void
delete_range(struct lineedit *e, size_t from, size_t to)
{
	char *t = *e->text;

	memmove(t + from, t + to, strlen(t + to) + 1);
	e->cursor = from;
}

/* Insert the character of key K, unless ACCEPT refuses it. */
static enum lineedit_result
insert_key(struct lineedit *e, const struct tui_key *k,
    bool (*accept)(unsigned int cp))
{
	char buf[4];
	uint32_t cp = k->code;
	int n;

	if (k->pasted && (cp == '\n' || cp == '\r' || cp == '\t'))
		cp = ' ';
	else if (!tui_key_is_text(k))
		return LINEEDIT_IGNORED;
	if (accept != NULL && !accept(cp))
		return LINEEDIT_MOVED;	/* swallowed: not for this field */
	n = text_encode(cp, buf);
	if (n <= 0)
		return LINEEDIT_MOVED;
	lineedit_insert(e, buf, (size_t) n);
	return LINEEDIT_CHANGED;
}

/* Apply a key that moves the cursor; return LINEEDIT_IGNORED for others. */
static enum lineedit_result
move_key(struct lineedit *e, const struct tui_key *k)
{
	const char *t = *e->text;
	size_t len = strlen(t);

	if (tui_key_is_func(k, KEY_LEFT))
		e->cursor = tui_prev_char(t, e->cursor);
	else if (tui_key_is_func(k, KEY_RIGHT))
		e->cursor = tui_next_char(t, len, e->cursor);
	else if (tui_key_is_func(k, KEY_HOME)
	    || tui_key_is_char(k, TUI_CTRL('A')))
		e->cursor = 0;
	else if (tui_key_is_func(k, KEY_END)
	    || tui_key_is_char(k, TUI_CTRL('E')))
		e->cursor = len;
	else
		return LINEEDIT_IGNORED;
	return LINEEDIT_MOVED;
}

/* Apply a key that deletes; return LINEEDIT_IGNORED for others. */
static enum lineedit_result
delete_key(struct lineedit *e, const struct tui_key *k)
{
	const char *t = *e->text;
	size_t len = strlen(t);

	if (tui_key_is_backspace(k)) {
		if (e->cursor == 0)
			return LINEEDIT_MOVED;
		delete_range(e, tui_prev_char(t, e->cursor), e->cursor);
	} else if (tui_key_is_func(k, KEY_DC)) {
		if (e->cursor == len)
			return LINEEDIT_MOVED;
		delete_range(e, e->cursor, tui_next_char(t, len, e->cursor));
	} else if (tui_key_is_char(k, TUI_CTRL('K'))) {
		if (e->cursor == len)
			return LINEEDIT_MOVED;
		delete_range(e, e->cursor, len);
	} else if (tui_key_is_char(k, TUI_CTRL('U'))) {
		if (e->cursor == 0)
			return LINEEDIT_MOVED;
		delete_range(e, 0, e->cursor);
	} else {
		return LINEEDIT_IGNORED;
	}
	return LINEEDIT_CHANGED;
}

enum lineedit_result
lineedit_key(struct lineedit *e, const struct tui_key *k,
    bool (*accept)(unsigned int cp))
{
	enum lineedit_result r;

	if (e->cursor > strlen(*e->text))
		e->cursor = strlen(*e->text);
	r = move_key(e, k);
	if (r == LINEEDIT_IGNORED)
		r = delete_key(e, k);
	if (r == LINEEDIT_IGNORED)
		r = insert_key(e, k, accept);
	return r;
}

int
lineedit_draw(struct lineedit *e, WINDOW *win, int y, int x, int cols,
    attr_t attr)
{
	const char *t = *e->text;
	size_t col, len = strlen(t);

	if (cols < 2)
		return 0;
	if (e->cursor > len)
		e->cursor = len;
	col = tui_text_width(t, e->cursor);
	/* Keep a column free after the cursor; jump by a third of the
	 * width, so that the view does not move on every key. */
	if (col < e->scroll)
		e->scroll = col > (size_t) cols / 3 ? col - (size_t) cols / 3
		    : 0;
	else if (col >= e->scroll + (size_t) cols - 1)
		e->scroll = col - (size_t) cols + 1 + (size_t) cols / 3;
	if (e->scroll > 0 && tui_text_width(t, len) < (size_t) cols - 1)
		e->scroll = 0;
	tui_draw_span(win, y, x, cols, t, len, e->scroll, attr);
	return (int) (col - e->scroll);
}
