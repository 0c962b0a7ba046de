/* screen.h — the terminal as the form uses it: start and end curses in
 * raw mode (flow control off, so Ctrl-S and Ctrl-Q reach the program),
 * colours only when the terminal has them and NO_COLOR is unset, and the
 * smallest size the form can be used at.
 */
#ifndef TRIPREPORT_TUI_SCREEN_H
#define TRIPREPORT_TUI_SCREEN_H

#include <curses.h>
#include <stdbool.h>

/* The smallest usable terminal. */
#define TUI_MIN_COLS 40
#define TUI_MIN_ROWS 10

/* Attributes of the parts of the screen (A_BOLD and the like, with a
 * colour when colours are on). */
enum tui_part {
	TUI_PART_TITLE,		/* the title line */
	TUI_PART_KEY,		/* a key in the help bar */
	TUI_PART_MARK,		/* a field's error mark */
	TUI_PART_MESSAGE,	/* a message on the status line */
	TUI_PART_SELECTED,	/* the chosen line of a list */
	TUI_PART_COUNT
};

/* Start curses on the terminal.  Return 0, or -1 when it cannot be. */
int tui_screen_start(void);

/* Give the terminal back as it was. */
void tui_screen_end(void);

/* Return the attributes of PART. */
attr_t tui_attr(enum tui_part part);

/* Return true when the terminal is smaller than the form can use. */
bool tui_too_small(void);

/* Draw the "terminal too small" message on an erased screen. */
void tui_draw_too_small(void);

#endif
