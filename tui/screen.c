/* screen.c — the terminal as the form uses it (see screen.h). */
#include <config.h>

#include "tui/screen.h"

#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/input.h"

/* The attributes of each part, set when the screen starts. */
static attr_t part_attrs[TUI_PART_COUNT];

/* Choose the attributes: monochrome first, a colour where it helps. */
static void
set_attributes(void)
{
	const char *no_color = getenv("NO_COLOR");

	part_attrs[TUI_PART_TITLE] = A_BOLD;
	part_attrs[TUI_PART_KEY] = A_REVERSE;
	part_attrs[TUI_PART_MARK] = A_BOLD;
	part_attrs[TUI_PART_MESSAGE] = A_BOLD;
	part_attrs[TUI_PART_SELECTED] = A_REVERSE;
	if ((no_color != NULL && *no_color != '\0') || !has_colors())
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	if (init_pair(1, COLOR_RED, -1) == OK)
		part_attrs[TUI_PART_MARK] |= COLOR_PAIR(1);
}

/* Turn software flow control off, so that Ctrl-S and Ctrl-Q arrive. */
static void
flow_control_off(void)
{
	struct termios tio;

	if (tcgetattr(STDIN_FILENO, &tio) != 0)
		return;
	tio.c_iflag &= ~(tcflag_t) (IXON | IXOFF);
	tcsetattr(STDIN_FILENO, TCSANOW, &tio);
}

int
tui_screen_start(void)
{
	if (initscr() == NULL)
		return -1;
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	meta(stdscr, TRUE);
	/* Long enough that a key's escape sequence is not split on a loaded
	 * machine or a slow link; Esc alone only closes lists. */
	set_escdelay(150);
	flow_control_off();
	set_attributes();
	tui_input_start();
	return 0;
}

void
tui_screen_end(void)
{
	tui_input_end();
	endwin();
}

attr_t
tui_attr(enum tui_part part)
{
	return part_attrs[part];
}

bool
tui_too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_ROWS;
}

void
tui_draw_too_small(void)
{
	char *msg;
	int y = 0, x = 0;
	size_t at = 0, len;

	werase(stdscr);
	/* TRANSLATORS: shown alone on a terminal that is too small; it is
	 * wrapped to whatever width there is. */
	msg = xasprintf(_("The terminal is too small (%dx%d): make it at "
	    "least %dx%d."), COLS, LINES, TUI_MIN_COLS, TUI_MIN_ROWS);
	len = strlen(msg);
	while (at < len && y < LINES && COLS > 2) {
		size_t n = tui_offset_at_column(msg + at, len - at,
		    (size_t) COLS - 1);

		if (n == 0)
			break;
		tui_draw_span(stdscr, y++, x, COLS - 1, msg + at, n, 0, A_BOLD);
		at += n;
	}
	free(msg);
	wmove(stdscr, 0, 0);
	wnoutrefresh(stdscr);
	doupdate();
}
