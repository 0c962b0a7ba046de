/* helpbar.h — the two lines of keys at the foot of a screen (as in nano),
 * the form's own keys, and the help screen that lists every key of the
 * form in both its forms.
 */
#ifndef TRIPREPORT_TUI_HELPBAR_H
#define TRIPREPORT_TUI_HELPBAR_H

#include <curses.h>
#include <stdbool.h>

/* One key of a help bar. */
struct bar_item {
	const char *key;	/* as drawn: "^S"; "" leaves the slot empty */
	const char *label;	/* N_()-marked */
	bool wide_only;		/* shown only from HELPBAR_WIDE columns */
};

/* The columns from which the wide-only keys are shown. */
#define HELPBAR_WIDE 75

/* Draw ITEMS, two rows of SLOTS keys (2 * SLOTS items), on the last two
 * rows of WIN, each key shown in an equal slot of the width; below
 * HELPBAR_WIDE columns the wide-only keys are left out. */
void helpbar_draw_items(WINDOW *win, const struct bar_item *items,
    int slots);

/* Draw the form's help bar on the last two rows of WIN. */
void helpbar_draw(WINDOW *win);

/* Draw the help screen on WIN, from its row TOP to row BOTTOM. */
void helpbar_draw_help(WINDOW *win, int top, int bottom);

#endif
