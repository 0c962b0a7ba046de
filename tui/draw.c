/* draw.c — putting text on the screen safely (see draw.h). */
#include <config.h>

#include "tui/draw.h"

#include <stdint.h>
#include <wchar.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"

/* Return a sanitised copy of the LEN bytes at S.  Caller frees. */
static char *
sanitized(const char *s, size_t len)
{
	char *raw = xstrndup(s, len);
	char *safe = text_sanitize(raw);

	free(raw);
	return safe;
}

/* Return the byte length of the character at S (LEN bytes left) and store
 * its width in *WIDTH; an invalid byte counts as one byte. */
static size_t
char_at(const char *s, size_t len, int *width)
{
	uint32_t cp;
	int n = text_decode(s, len, &cp);

	if (n <= 0)
		n = 1;
	*width = text_char_width(cp);
	return (size_t) n;
}

size_t
tui_text_width(const char *s, size_t len)
{
	char *safe = sanitized(s, len);
	size_t w = text_width(safe);

	free(safe);
	return w;
}

/* Draw N blank-ish placeholder columns of character C at the cursor. */
static void
placeholder(WINDOW *win, int c, int n, attr_t attr)
{
	while (n-- > 0)
		waddch(win, (chtype) c | attr);
}

/* Return the byte offset in SAFE (LEN bytes) after its first SKIP
 * columns; store in *CUT the columns of a character cut by that edge. */
static size_t
skip_columns(const char *safe, size_t len, size_t skip, int *cut)
{
	size_t at = 0, col = 0;
	int w;

	*cut = 0;
	while (at < len) {
		size_t n = char_at(safe + at, len - at, &w);

		if (col + (size_t) w > skip) {
			if (col < skip) {	/* cut by the left edge */
				*cut = (int) (col + (size_t) w - skip);
				at += n;
			}
			break;
		}
		col += (size_t) w;
		at += n;
	}
	return at;
}

/* Draw the sanitised, NUL-terminated SAFE as tui_draw_span() describes.
 * Characters go to curses as wide characters, a buffer at a time:
 * waddnstr() would decode them again byte by byte, several times slower. */
static int
draw_safe(WINDOW *win, int y, int x, int cols, const char *safe,
    size_t skip, attr_t attr)
{
	size_t len = strlen(safe), at;
	wchar_t buf[128];
	int drawn, w, n = 0;

	wmove(win, y, x);
	at = skip_columns(safe, len, skip, &drawn);
	if (drawn > cols)
		drawn = cols;
	placeholder(win, '<', drawn, attr);
	while (at < len) {
		uint32_t cp;
		int k = text_decode(safe + at, len - at, &cp);

		w = text_char_width(cp);
		if (drawn + w > cols)
			break;
		drawn += w;
		at += k > 0 ? (size_t) k : 1;
		buf[n++] = (wchar_t) cp;
		if (n == (int) (sizeof buf / sizeof buf[0])) {
			waddnwstr(win, buf, n);
			n = 0;
		}
	}
	if (n > 0)
		waddnwstr(win, buf, n);
	if (at < len && drawn < cols) {	/* cut by the right edge */
		placeholder(win, '>', cols - drawn, attr);
		drawn = cols;
	}
	return drawn;
}

int
tui_draw_span(WINDOW *win, int y, int x, int cols, const char *s,
    size_t len, size_t skip, attr_t attr)
{
	char *safe;
	int drawn;

	if (cols <= 0)
		return 0;
	safe = sanitized(s, len);
	if (attr != 0)
		wattron(win, attr);
	drawn = draw_safe(win, y, x, cols, safe, skip, attr);
	if (attr != 0)
		wattroff(win, attr);
	free(safe);
	return drawn;
}

int
tui_draw_text(WINDOW *win, int y, int x, int cols, const char *s,
    attr_t attr)
{
	return tui_draw_span(win, y, x, cols, s, strlen(s), 0, attr);
}

size_t
tui_offset_at_column(const char *s, size_t len, size_t col)
{
	size_t at = 0, used = 0;

	while (at < len) {
		size_t n = tui_next_char(s, len, at) - at;
		size_t w = tui_text_width(s + at, n);

		if (used + w > col)
			return at;
		used += w;
		at += n;
	}
	return len;
}

size_t
tui_prev_char(const char *s, size_t at)
{
	size_t back = 0;

	if (at == 0)
		return 0;
	/* Step over at most three continuation bytes to a lead byte. */
	while (back < 4 && at > 0) {
		at--;
		back++;
		if (((unsigned char) s[at] & 0xc0) != 0x80)
			break;
	}
	return at;
}

size_t
tui_next_char(const char *s, size_t len, size_t at)
{
	uint32_t cp;
	int n;

	if (at >= len)
		return len;
	n = text_decode(s + at, len - at, &cp);
	return at + (size_t) (n <= 0 ? 1 : n);
}
