/* pick.c — choosing one line of a short list (see pick.h). */
#include <config.h>

#include "tui/pick.h"

#include <curses.h>

#include "lib/i18n.h"
#include "tui/draw.h"
#include "tui/helpbar.h"
#include "tui/input.h"
#include "tui/screen.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

/* The keys of the list. */
static const struct bar_item pick_bar[2 * 2] = {
	{ "Enter", N_("Choose"), false },
	{ "Up", N_("Up"), false },
	{ "Esc", N_("Cancel"), false },
	{ "Down", N_("Down"), false },
};

/* Draw TITLE and the N LINES, line SEL chosen, scrolled from *TOP. */
static void
draw(const char *title, const char *const *lines, size_t n, size_t sel,
    size_t *top)
{
	size_t rows = (size_t) (LINES - 5), i;
	attr_t on = tui_attr(TUI_PART_SELECTED);

	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	werase(stdscr);
	tui_draw_text(stdscr, 0, 1, COLS - 2, title, tui_attr(TUI_PART_TITLE));
	if (sel < *top)
		*top = sel;
	if (sel >= *top + rows)
		*top = sel - rows + 1;
	for (i = *top; i < n && i < *top + rows; i++) {
		int y = 2 + (int) (i - *top);

		if (i == sel) {
			wmove(stdscr, y, 0);
			wattron(stdscr, on);
			whline(stdscr, ' ', COLS);
			wattroff(stdscr, on);
			mvwaddch(stdscr, y, 0, '>' | on);
		}
		tui_draw_text(stdscr, y, 2, COLS - 3, lines[i],
		    i == sel ? on : 0);
	}
	helpbar_draw_items(stdscr, pick_bar, 2);
	wmove(stdscr, 2 + (int) (sel - *top), 0);
	wnoutrefresh(stdscr);
	doupdate();
}

long
pick_line(const char *title, const char *const *lines, size_t n,
    size_t first)
{
	size_t sel = first < n ? first : 0, top = 0;
	struct tui_key k;

	for (;;) {
		draw(title, lines, n, sel, &top);
		switch (tui_read_key(&k, POLL_MS)) {
		case TUI_KEY_HANGUP:
			return PICK_HANGUP;
		case TUI_KEY_NONE:
			continue;
		default:
			break;
		}
		if (tui_too_small() || tui_key_is_func(&k, KEY_RESIZE))
			continue;
		if (tui_key_is_enter(&k) && !k.pasted)
			return (long) sel;
		if (tui_key_is_char(&k, 27) || tui_key_is_char(&k,
		    TUI_CTRL('C')) || tui_key_is_char(&k, TUI_CTRL('X'))
		    || tui_key_is_func(&k, KEY_F(10)))
			return PICK_CANCEL;
		if (tui_key_is_func(&k, KEY_UP) && sel > 0)
			sel--;
		if ((tui_key_is_func(&k, KEY_DOWN) || tui_key_is_char(&k,
		    '\t')) && sel + 1 < n)
			sel++;
	}
}
