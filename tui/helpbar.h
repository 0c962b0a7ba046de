/* helpbar.h — the two lines of keys at the foot of the form (as in nano),
 * and the help screen that lists every key in both its forms.
 */
#ifndef TRIPREPORT_TUI_HELPBAR_H
#define TRIPREPORT_TUI_HELPBAR_H

#include <curses.h>

/* Draw the help bar on the last two rows of WIN. */
void helpbar_draw(WINDOW *win);

/* Draw the help screen on WIN, from its row TOP to row BOTTOM. */
void helpbar_draw_help(WINDOW *win, int top, int bottom);

#endif
