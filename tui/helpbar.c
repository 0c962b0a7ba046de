/* helpbar.c — the keys at the foot of the form and the help screen (see
 * helpbar.h). */
#include <config.h>

#include "tui/helpbar.h"

#include <stdbool.h>
#include <string.h>

#include "lib/i18n.h"
#include "tui/draw.h"
#include "tui/screen.h"

/* The bar, row by row: five slots a row on a wide terminal, four (the
 * wide-only keys left out) on a narrow one. */
#define BAR_SLOTS 5
static const struct bar_item bar[2 * BAR_SLOTS] = {
	/* TRANSLATORS: help bar labels: at most 8 columns each (4 CJK
	 * characters); they share a 10-column slot with their key at 40
	 * columns, 16 at 80. */
	{ "^G", N_("Help"), false },
	{ "^S", N_("Save"), false },
	{ "^V", N_("Check"), false },
	{ "^P", N_("Print"), true },
	{ "^X", N_("Exit"), false },
	{ "Tab", N_("Next"), false },
	{ "S-Tab", N_("Previous"), false },
	{ "^N", N_("Add row"), false },
	{ "^K", N_("Del row"), false },
	{ "^E", N_("Editor"), true },
};

/* Return the keys of row R of ITEMS (SLOTS a row) that are shown: all
 * on a WIDE terminal, the others without the wide-only ones. */
static int
shown_in_row(const struct bar_item *items, int slots, int r, bool wide)
{
	int i, n = 0;

	for (i = 0; i < slots; i++)
		if (wide || !items[r * slots + i].wide_only)
			n++;
	return n;
}

void
helpbar_draw_items(WINDOW *win, const struct bar_item *items, int slots)
{
	int rows = getmaxy(win), cols = getmaxx(win);
	bool wide = cols >= HELPBAR_WIDE;
	int per_row = shown_in_row(items, slots, 0, wide), slot, r, i, n;

	if (shown_in_row(items, slots, 1, wide) > per_row)
		per_row = shown_in_row(items, slots, 1, wide);
	slot = cols / (per_row > 0 ? per_row : 1);
	for (r = 0; r < 2; r++) {
		int y = rows - 2 + r;

		for (i = n = 0; i < slots; i++) {
			const struct bar_item *b = &items[r * slots + i];
			int x = n * slot, kw = (int) strlen(b->key);

			if (b->wide_only && !wide)
				continue;
			n++;
			if (b->key[0] == '\0')
				continue;
			tui_draw_text(win, y, x, slot - 1, b->key,
			    tui_attr(TUI_PART_KEY));
			tui_draw_text(win, y, x + kw + 1, slot - kw - 2,
			    _(b->label), 0);
		}
	}
}

void
helpbar_draw(WINDOW *win)
{
	helpbar_draw_items(win, bar, BAR_SLOTS);
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
	{ "^A  ^K  ^U", N_("line start, cut to end, cut to start") },
	{ "^N  Insert", N_("add a row to a table") },
	{ "^K", N_("delete the table row under the cursor") },
	{ "^S  F2", N_("save") },
	{ "^V  F3", N_("check the draft: list its problems") },
	{ "^E  F4", N_("edit a multi-line field in $VISUAL or $EDITOR") },
	{ "^P  F5", N_("print preview: page, save as .txt, send to lp") },
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
