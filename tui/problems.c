/* problems.c — the list of a draft's problems (see problems.h). */
#include <config.h>

#include "tui/problems.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/helpbar.h"
#include "tui/input.h"
#include "tui/screen.h"

const char *
problems_field_id(const char *name, char *buf, size_t size, const char **sub)
{
	size_t n = strcspn(name, "[.");

	if (n >= size)
		n = size - 1;
	memcpy(buf, name, n);
	buf[n] = '\0';
	if (sub != NULL)
		*sub = name + strcspn(name, "[.");
	return buf;
}

char *
problems_describe(const struct template *t, const char *name)
{
	char id[128];
	const char *sub, *dot;
	const struct template_field *f, *c = NULL;
	size_t row = 0;

	if (name == NULL)
		return xstrdup(_("the draft as a whole"));
	f = template_field(t, problems_field_id(name, id, sizeof id, &sub));
	if (f == NULL)
		return xstrdup(name);
	if (sscanf(sub, "[%zu]", &row) != 1)
		row = 0;
	dot = strchr(sub, '.');
	if (dot != NULL)
		c = template_column(f, dot + 1);
	if (row == 0)
		return xstrdup(f->label);
	if (c == NULL)
		/* TRANSLATORS: a table's label and a row number. */
		return xasprintf(_("%s row %zu"), f->label, row);
	/* TRANSLATORS: a table's label, a row number, a column's label. */
	return xasprintf(_("%s row %zu %s"), f->label, row, c->label);
}

/* Draw the list with item SEL chosen, scrolled to show it from *TOP. */
static void
draw_list(const struct problem_list *l, const struct template *t, size_t sel,
    size_t *top)
{
	int rows = LINES - 4, y;
	size_t i;
	char *title;

	werase(stdscr);
	title = xasprintf(_("Problems: %zu errors, %zu warnings"),
	    problem_count(l, PROBLEM_ERROR), problem_count(l, PROBLEM_WARNING));
	tui_draw_text(stdscr, 0, 1, COLS - 2, title, tui_attr(TUI_PART_TITLE));
	free(title);
	if (sel < *top)
		*top = sel;
	if (sel >= *top + (size_t) rows)
		*top = sel - (size_t) rows + 1;
	for (i = *top, y = 1; i < l->n && y <= rows; i++, y++) {
		const struct problem *p = &l->items[i];
		char *where = problems_describe(t, p->field), *line;

		line = xasprintf("%s  %s: %s", p->severity == PROBLEM_ERROR
		    ? _("Error") : _("Warning"), where, p->message);
		tui_draw_text(stdscr, y, 1, COLS - 2, line,
		    i == sel ? tui_attr(TUI_PART_SELECTED) : 0);
		free(line);
		free(where);
	}
	tui_draw_text(stdscr, LINES - 3, 1, COLS - 2,
	    _("Enter: go to the field   Esc: back to the form"),
	    tui_attr(TUI_PART_MESSAGE));
	helpbar_draw(stdscr);
	wmove(stdscr, 1 + (int) (sel - *top), 1);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Return true when K closes the list. */
static bool
is_back(const struct tui_key *k)
{
	return tui_key_is_char(k, 27) || tui_key_is_char(k, TUI_CTRL('V'))
	    || tui_key_is_char(k, TUI_CTRL('X'))
	    || tui_key_is_char(k, TUI_CTRL('C')) || tui_key_is_char(k, 'q')
	    || tui_key_is_func(k, KEY_F(3)) || tui_key_is_func(k, KEY_F(10));
}

long
problems_pick(const struct problem_list *l, const struct template *t)
{
	size_t sel = 0, top = 0, page;
	struct tui_key k;

	for (;;) {
		if (tui_too_small())
			tui_draw_too_small();
		else
			draw_list(l, t, sel, &top);
		page = LINES > 6 ? (size_t) LINES - 6 : 1;
		switch (tui_read_key(&k, 1000)) {
		case TUI_KEY_HANGUP:
			return -1;
		case TUI_KEY_NONE:
			continue;
		default:
			break;
		}
		if (tui_too_small())
			continue;
		if (is_back(&k))
			return -1;
		if (tui_key_is_enter(&k))
			return l->n > 0 ? (long) sel : -1;
		if (tui_key_is_func(&k, KEY_UP) && sel > 0)
			sel--;
		else if (tui_key_is_func(&k, KEY_DOWN) && sel + 1 < l->n)
			sel++;
		else if (tui_key_is_func(&k, KEY_PPAGE))
			sel = sel > page ? sel - page : 0;
		else if (tui_key_is_func(&k, KEY_NPAGE) && l->n > 0)
			sel = sel + page < l->n ? sel + page : l->n - 1;
	}
}
