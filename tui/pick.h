/* pick.h — choosing one line of a short list on a screen of its own (the
 * template of a new draft), with the moving keys, Enter and Esc.
 */
#ifndef TRIPREPORT_TUI_PICK_H
#define TRIPREPORT_TUI_PICK_H

#include <stddef.h>

/* What pick_line() returns besides an index. */
#define PICK_CANCEL (-1L)	/* Esc, ^C, ^X */
#define PICK_HANGUP (-2L)	/* the terminal is gone or a signal came */

/* Show TITLE (translated) over the N LINES, the line FIRST chosen, and
 * let the user choose.  Return the chosen index, or PICK_CANCEL or
 * PICK_HANGUP. */
long pick_line(const char *title, const char *const *lines, size_t n,
    size_t first);

#endif
