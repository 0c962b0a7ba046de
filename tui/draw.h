/* draw.h — putting text on the screen safely.
 *
 * Every string drawn from a draft, a template or a file name goes through
 * here: it is passed through text_sanitize() first (control characters as
 * ^X, invalid bytes as U+FFFD), so that a draft can never drive the
 * terminal, and it is clipped to its columns by display width.  A double-
 * width character cut by an edge is never drawn half: a placeholder ('<'
 * at the left edge, '>' at the right) takes the one column left.
 */
#ifndef TRIPREPORT_TUI_DRAW_H
#define TRIPREPORT_TUI_DRAW_H

#include <curses.h>
#include <stddef.h>

/* Return the columns the LEN bytes at S take once sanitised. */
size_t tui_text_width(const char *s, size_t len);

/* Draw the LEN bytes at S sanitised at Y, X of WIN, leaving out its first
 * SKIP columns and drawing at most COLS columns, with attributes ATTR.
 * Return the columns drawn. */
int tui_draw_span(WINDOW *win, int y, int x, int cols, const char *s,
    size_t len, size_t skip, attr_t attr);

/* Draw the NUL-terminated S as tui_draw_span() does, from its start. */
int tui_draw_text(WINDOW *win, int y, int x, int cols, const char *s,
    attr_t attr);

/* Return the byte offset in S (LEN bytes) where the character that covers
 * display column COL (of the sanitised text) starts; a column past the end
 * gives LEN. */
size_t tui_offset_at_column(const char *s, size_t len, size_t col);

/* Return the byte offset of the character before offset AT in S. */
size_t tui_prev_char(const char *s, size_t at);

/* Return the byte offset of the character after offset AT in S, of LEN
 * bytes (LEN at the end). */
size_t tui_next_char(const char *s, size_t len, size_t at);

#endif
