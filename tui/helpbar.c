/* helpbar.c — the keys at the foot of the form and the help screen (see
 * helpbar.h). */
#include <config.h>

#include "tui/helpbar.h"

#include <string.h>

#include "lib/i18n.h"
#include "tui/draw.h"
#include "tui/screen.h"

/* One key of the help bar. */
struct bar_item {
	const char *key;	/* as drawn: "^S" */
	const char *label;	/* N_()-marked */
};

/* The bar, row by row: four slots a row. */
#define BAR_SLOTS 4
static const struct bar_item bar[2][BAR_SLOTS] = {
	{
		/* TRANSLATORS: help bar labels: at most 8 columns each
		 * (4 CJK characters); they share a 10-column slot with
		 * their key at 40 columns, 20 at 80. */
		{ "^G", N_("Help") },
		{ "^S", N_("Save") },
		{ "^V", N_("Check") },
		{ "^X", N_("Exit") },
	},
	{
		{ "Tab", N_("Next") },
		{ "S-Tab", N_("Previous") },
		{ "^N", N_("Add row") },
		{ "^K", N_("Del row") },
	},
};

void
helpbar_draw(WINDOW *win)
{
	int rows = getmaxy(win), cols = getmaxx(win);
	int slot = cols / BAR_SLOTS, r, i;

	for (r = 0; r < 2; r++) {
		int y = rows - 2 + r;

		for (i = 0; i < BAR_SLOTS; i++) {
			const struct bar_item *b = &bar[r][i];
			int x = i * slot, kw = (int) strlen(b->key);

			tui_draw_text(win, y, x, slot - 1, b->key,
			    tui_attr(TUI_PART_KEY));
			tui_draw_text(win, y, x + kw + 1, slot - kw - 2,
			    _(b->label), 0);
		}
	}
}

/* One line of the help screen. */
struct help_line {
	const char *keys;	/* both forms of the key, as drawn */
	const char *what;	/* N_()-marked */
};

static const struct help_line help_lines[] = {
	{ "Tab  Down  Enter", N_("next field (Enter: in a one-line field)") },
	{ "S-Tab  Up", N_("previous field") },
	{ "Space", N_("tick a box, choose an option") },
	{ "Left Right Home End", N_("move in the field") },
	{ "PgUp  PgDn", N_("move a page in a multi-line field") },
	{ "^A  ^E  ^K  ^U", N_("line start, line end, cut to end, cut to start") },
	{ "^N  Insert", N_("add a row to a table") },
	{ "^K", N_("delete the table row under the cursor") },
	{ "^S  F2", N_("save") },
	{ "^V  F3", N_("check the draft: list its problems") },
	{ "^G  F1", N_("this help") },
	{ "^X  F10  ^C", N_("exit (asks first when there are unsaved changes)") },
};

void
helpbar_draw_help(WINDOW *win, int top, int bottom)
{
	int cols = getmaxx(win), y = top;
	size_t i;

	tui_draw_text(win, y++, 1, cols - 2, _("Keys"),
	    tui_attr(TUI_PART_TITLE));
	for (i = 0; i < sizeof help_lines / sizeof help_lines[0]; i++) {
		if (y > bottom)
			break;
		tui_draw_text(win, y, 2, 20, help_lines[i].keys, A_BOLD);
		tui_draw_text(win, y++, 23, cols - 24, _(help_lines[i].what),
		    0);
	}
	if (y <= bottom)
		tui_draw_text(win, bottom, 1, cols - 2,
		    _("Dates are typed in ROC form: 1070707, 107/7/7 or "
		    "107年7月7日.  Press any key."), 0);
}
