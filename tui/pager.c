/* pager.c — lines of text to page through (see pager.h). */
#include <config.h>

#include "tui/pager.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/lineedit.h"
#include "tui/screen.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

void
pager_init(struct pager *p, const char *text, const char *title,
    const char *keys)
{
	size_t i, cap = 16;

	memset(p, 0, sizeof *p);
	p->text = text;
	p->title = title;
	p->keys = keys;
	p->starts = xreallocarray(NULL, cap, sizeof *p->starts);
	p->starts[p->n++] = 0;
	for (i = 0; text[i] != '\0'; i++) {
		if (text[i] != '\n' || text[i + 1] == '\0')
			continue;
		if (p->n == cap) {
			cap *= 2;
			p->starts = xreallocarray(p->starts, cap,
			    sizeof *p->starts);
		}
		p->starts[p->n++] = i + 1;
	}
}

void
pager_clear(struct pager *p)
{
	free(p->starts);
	free(p->message);
	p->starts = NULL;
	p->message = NULL;
}

void
pager_message(struct pager *p, const char *msg)
{
	free(p->message);
	p->message = msg != NULL ? xstrdup(msg) : NULL;
}

/* Return the rows that show lines. */
static size_t
body_rows(void)
{
	return LINES > 4 ? (size_t)(LINES - 3) : 1;
}

/* Return the length of line I of P, without its newline. */
static size_t
line_len(const struct pager *p, size_t i)
{
	const char *s = p->text + p->starts[i];

	return strcspn(s, "\n");
}

/* Draw the foot of P: LINE (a question or the message; a long one takes
 * the row above too) and KEYS. */
static void
draw_foot(const char *line, const char *keys)
{
	size_t len, cut;

	if (line != NULL) {
		len = strlen(line);
		cut = tui_offset_at_column(line, len, (size_t)COLS - 2);
		if (cut < len) {
			wmove(stdscr, LINES - 3, 0);
			wclrtoeol(stdscr);
			tui_draw_span(stdscr, LINES - 3, 1, COLS - 2, line, cut,
			    0, tui_attr(TUI_PART_MESSAGE));
			line += cut;
		}
		tui_draw_text(stdscr, LINES - 2, 1, COLS - 2, line,
		    tui_attr(TUI_PART_MESSAGE));
	}
	tui_draw_text(stdscr, LINES - 1, 1, COLS - 2, keys, 0);
}

/* Draw P with LINE and KEYS (NULL: P's) at its foot, without sending
 * it. */
static void
draw_page(struct pager *p, const char *line, const char *keys)
{
	size_t rows = body_rows(), i;
	char *where;

	werase(stdscr);
	if (p->top + rows > p->n)
		p->top = p->n > rows ? p->n - rows : 0;
	where = xasprintf("%zu-%zu/%zu", p->top + 1,
	    p->top + rows < p->n ? p->top + rows : p->n, p->n);
	tui_draw_text(stdscr, 0, 1, COLS - 14, p->title,
	    tui_attr(TUI_PART_TITLE));
	tui_draw_text(stdscr, 0, COLS - 1 - (int)strlen(where),
	    (int)strlen(where), where, 0);
	free(where);
	for (i = 0; i < rows && p->top + i < p->n; i++)
		tui_draw_span(stdscr, 1 + (int)i, 0, COLS,
		    p->text + p->starts[p->top + i],
		    line_len(p, p->top + i), 0, 0);
	draw_foot(line, keys != NULL ? keys : p->keys);
}

void
pager_draw(struct pager *p)
{
	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	draw_page(p, p->message, NULL);
	wmove(stdscr, LINES - 1, 0);
	wnoutrefresh(stdscr);
	doupdate();
}

bool
pager_scroll(struct pager *p, const struct tui_key *k)
{
	size_t rows = body_rows(), last = p->n > rows ? p->n - rows : 0;

	if (tui_key_is_func(k, KEY_DOWN))
		p->top = p->top < last ? p->top + 1 : last;
	else if (tui_key_is_func(k, KEY_UP))
		p->top = p->top > 0 ? p->top - 1 : 0;
	else if (tui_key_is_func(k, KEY_NPAGE) || tui_key_is_char(k, ' '))
		p->top = p->top + rows < last ? p->top + rows : last;
	else if (tui_key_is_func(k, KEY_PPAGE))
		p->top = p->top > rows ? p->top - rows : 0;
	else if (tui_key_is_func(k, KEY_HOME))
		p->top = 0;
	else if (tui_key_is_func(k, KEY_END))
		p->top = last;
	else
		return false;
	return true;
}

/* Return true when K cancels a question. */
static bool
cancels(const struct tui_key *k)
{
	return tui_key_is_char(k, 27) || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_char(k, TUI_CTRL('X'));
}

/* Draw P with QUESTION and the line being edited E after it. */
static void
draw_asking(struct pager *p, const char *question, struct lineedit *e)
{
	int qw, x;

	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	draw_page(p, NULL, NULL);
	qw = (int)tui_text_width(question, strlen(question));
	if (qw > COLS / 2)
		qw = COLS / 2;
	tui_draw_text(stdscr, LINES - 2, 1, qw, question,
	    tui_attr(TUI_PART_MESSAGE));
	x = lineedit_draw(e, stdscr, LINES - 2, qw + 2, COLS - qw - 3, 0);
	wmove(stdscr, LINES - 2, qw + 2 + x);
	wnoutrefresh(stdscr);
	doupdate();
}

char *
pager_ask_line(struct pager *p, const char *question, const char *initial)
{
	char *text = xstrdup(initial);
	struct lineedit e;
	struct tui_key k;

	lineedit_attach(&e, &text);
	for (;;) {
		draw_asking(p, question, &e);
		switch (tui_read_key(&k, POLL_MS)) {
		case TUI_KEY_HANGUP:
			free(text);
			return NULL;
		case TUI_KEY_NONE:
			continue;
		default:
			break;
		}
		if (tui_key_is_enter(&k) && !k.pasted)
			return text;
		if (cancels(&k)) {
			free(text);
			return NULL;
		}
		lineedit_key(&e, &k, NULL);
	}
}

unsigned
pager_ask_key(struct pager *p, const char *question, const char *keys)
{
	struct tui_key k;

	for (;;) {
		if (tui_too_small()) {
			tui_draw_too_small();
		} else {
			draw_page(p, question, keys);
			wmove(stdscr, LINES - 2, 1);
			wnoutrefresh(stdscr);
			doupdate();
		}
		switch (tui_read_key(&k, POLL_MS)) {
		case TUI_KEY_HANGUP:
			return 0;
		case TUI_KEY_CHAR:
			if (cancels(&k))
				return 27;
			if (k.code < 0x80)
				return (unsigned)(k.code >= 'A' && k.code <= 'Z'
				    ? k.code + 32 : k.code);
			return k.code;
		default:
			break;
		}
	}
}
