/* wrap.c — line breaking by display width, with kinsoku (see wrap.h).
 *
 * The text is read as a run of units that are never split when they fit:
 * a wide character (with the zero-width marks after it), a word of narrow
 * characters (a Latin word or number, its punctuation included), or a run
 * of spaces.  A line takes units while they fit; when one does not, the
 * line ends at the last place where a break is allowed: not before a run
 * of spaces, not before closing punctuation, not after an opening
 * bracket.  A word wider than a whole line is broken by characters.
 * Each call reads at most one unit past the end of its line, and a unit
 * is read no further than COLS + 1 columns, so wrapping a text is linear
 * in its length.
 */
#include <config.h>

#include "forms/wrap.h"

#include <stdbool.h>
#include <stdint.h>

#include "forms/text.h"
#include "lib/xalloc.h"

/* What a character is to the line breaker. */
enum unit_type {
	UNIT_NARROW,	/* part of a word: Latin letters, digits, ASCII */
	UNIT_WIDE,	/* a CJK or other double-width character */
	UNIT_SPACE,	/* white space: a break may follow it */
	UNIT_NEWLINE,	/* '\n': the end of the line */
	UNIT_ZERO	/* width 0: belongs to the character before */
};

/* A piece of text that is kept whole on a line when it fits. */
struct unit {
	enum unit_type type;	/* never UNIT_ZERO */
	size_t len;		/* bytes */
	size_t width;		/* columns */
	uint32_t first;		/* its first and last characters */
	uint32_t last;
	bool cut;		/* read only up to COLS + 1 columns */
};

/* Characters that never start a line (closing punctuation). */
static const uint32_t closing[] = {
	'!', ')', ',', '.', ':', ';', '?', ']', '}',
	0x2019, 0x201D, 0x2025, 0x2026, 0x3001, 0x3002, 0x3009, 0x300B,
	0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019, 0x301B, 0x301E,
	0x301F, 0x30FB, 0x30FC, 0xFE50, 0xFE51, 0xFE52, 0xFE54, 0xFE55,
	0xFE56, 0xFE57, 0xFE5A, 0xFE5C, 0xFE5E, 0xFF01, 0xFF09, 0xFF0C,
	0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61,
	0xFF63, 0xFF64,
};

/* Characters that never end a line (opening brackets). */
static const uint32_t opening[] = {
	'(', '[', '{', 0x2018, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E,
	0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D, 0xFE59, 0xFE5B,
	0xFE5D, 0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62,
};

/* Return true when CP is one of the N sorted code points of SET. */
static bool
in_set(uint32_t cp, const uint32_t *set, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (set[mid] == cp)
			return true;
		if (set[mid] < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* Return the line breaker's class of CP, whose width is W. */
static enum unit_type
classify(uint32_t cp, int w)
{
	if (cp == '\n')
		return UNIT_NEWLINE;
	if (text_is_space(cp))
		return UNIT_SPACE;
	if (w == 0)
		return UNIT_ZERO;
	if (w == 2 && cp >= 0x1100)
		return UNIT_WIDE;
	return UNIT_NARROW;
}

/* Return the bytes of the character at S (LEN > 0), at least 1, and
 * store its code point, width and class. */
static size_t
read_char(const char *s, size_t len, uint32_t *cp, size_t *w,
    enum unit_type *type)
{
	int n = text_decode(s, len, cp);
	int cw = text_char_width(*cp);

	*w = (size_t)cw;
	*type = classify(*cp, cw);
	return n > 0 ? (size_t)n : 1;
}

/* Return true when a character of class TYPE, after the code point PREV,
 * continues a unit of class UNIT. */
static bool
continues(enum unit_type unit, enum unit_type type, uint32_t prev)
{
	if (type == UNIT_NEWLINE)
		return false;
	if (type == UNIT_ZERO || prev == 0x200D)	/* after a joiner */
		return true;
	return unit != UNIT_WIDE && type == unit;
}

/* Read the unit at S (LEN > 0 bytes) into *U, reading no further than
 * COLS + 1 columns. */
static void
read_unit(const char *s, size_t len, size_t cols, struct unit *u)
{
	size_t i, w;
	uint32_t cp;
	enum unit_type type;

	i = read_char(s, len, &cp, &w, &type);
	u->type = type == UNIT_ZERO ? UNIT_NARROW : type;
	u->len = i;
	u->width = w;
	u->first = u->last = cp;
	u->cut = false;
	if (u->type == UNIT_NEWLINE)
		return;
	while (i < len) {
		uint32_t next;
		size_t n = read_char(s + i, len - i, &next, &w, &type);

		if (!continues(u->type, type, u->last))
			break;
		if (u->width > cols) {
			u->cut = true;
			break;
		}
		u->last = next;
		u->width += w;
		u->len = i += n;
	}
}

/* Return the bytes of the LEN bytes at S that fit into COLS columns,
 * whole characters only, and (when CLOSING_ONLY) only while they are
 * closing punctuation; add their columns to *USED. */
static size_t
fit_while(const char *s, size_t len, size_t cols, bool closing_only,
    size_t *used)
{
	size_t i = 0, width = 0;

	while (i < len) {
		uint32_t cp;
		size_t w;
		enum unit_type type;
		size_t n = read_char(s + i, len - i, &cp, &w, &type);

		if (width + w > cols || (closing_only && type != UNIT_ZERO
		    && !in_set(cp, closing, sizeof closing / sizeof closing[0])))
			break;
		width += w;
		i += n;
	}
	*used += width;
	return i;
}

/* Return the bytes of the LEN bytes at S that fit into COLS columns,
 * whole characters only; add their columns to *USED. */
static size_t
fit_span(const char *s, size_t len, size_t cols, size_t *used)
{
	return fit_while(s, len, cols, false, used);
}

/* Return the bytes of the closing punctuation that starts the LEN bytes
 * at S and fits into COLS columns; add their columns to *USED. */
static size_t
fit_closing(const char *s, size_t len, size_t cols, size_t *used)
{
	return fit_while(s, len, cols, true, used);
}

/* Return true when a line may break between a unit ending with PREV and
 * the unit U. */
static bool
break_allowed(uint32_t prev, const struct unit *u)
{
	if (u->type == UNIT_SPACE)
		return false;	/* spaces stay with the line they follow */
	if (in_set(prev, opening, sizeof opening / sizeof opening[0]))
		return false;
	return !in_set(u->first, closing, sizeof closing / sizeof closing[0]);
}

/* Where the current line may end: a byte offset and the columns before
 * it. */
struct mark {
	size_t pos;
	size_t width;
};

/* Return the end of the line when the unit U at S + LINE->pos does not
 * fit the line; LINE holds the line so far, BRK the last break allowed
 * (pos 0 when none), HERE whether a break is allowed before U. */
static struct mark
end_line(const char *s, const struct unit *u, size_t cols,
    struct mark line, struct mark brk, bool here)
{
	size_t room = cols - line.width;

	if (u->type == UNIT_NARROW && u->width > cols) {
		/* Too long for any line: break it by characters. */
		line.pos += fit_span(s + line.pos, u->len, room, &line.width);
		return line;
	}
	if (here && line.pos > 0)
		return line;
	if (brk.pos > 0)
		return brk;
	/* No break is allowed anywhere in the line.  Keeping a word whole
	 * comes before kinsoku: break before U (after the closing marks
	 * that start it, when they fit), or else where the line is full. */
	if (line.pos > 0 && u->width <= cols) {
		line.pos += fit_closing(s + line.pos, u->len, room,
		    &line.width);
		return line;
	}
	line.pos += fit_span(s + line.pos, u->len, room, &line.width);
	return line;
}

/* Return the first character of the LEN bytes at S, with the zero-width
 * characters after it, as a mark: the least a line takes. */
static struct mark
one_char(const char *s, size_t len)
{
	struct mark m = {0, 0};
	uint32_t cp;
	size_t w;
	enum unit_type type;

	m.pos = read_char(s, len, &cp, &w, &type);
	m.width = w;
	while (m.pos < len) {
		size_t n = read_char(s + m.pos, len - m.pos, &cp, &w, &type);

		if (type != UNIT_ZERO)
			break;
		m.pos += n;
	}
	return m;
}

size_t
wrap_line_end(const char *s, size_t len, size_t cols, size_t *width)
{
	struct mark line = {0, 0}, brk = {0, 0};
	uint32_t prev = 0;

	if (cols < 2)
		cols = 2;
	while (line.pos < len) {
		struct unit u;
		bool here;

		read_unit(s + line.pos, len - line.pos, cols, &u);
		if (u.type == UNIT_NEWLINE)
			break;
		here = line.pos > 0 && break_allowed(prev, &u);
		if (here)
			brk = line;
		if (u.cut || line.width + u.width > cols) {
			line = end_line(s, &u, cols, line, brk, here);
			break;
		}
		line.pos += u.len;
		line.width += u.width;
		prev = u.last;
	}
	if (line.pos == 0 && len > 0 && s[0] != '\n')
		line = one_char(s, len);
	if (width != NULL)
		*width = line.width;
	return line.pos;
}

struct wrap_line *
wrap_text(const char *text, size_t cols, size_t *n)
{
	size_t len = 0, pos = 0, cap = 8, count = 0;
	struct wrap_line *lines = xreallocarray(NULL, cap, sizeof *lines);

	while (text[len] != '\0')
		len++;
	for (;;) {
		struct wrap_line *l;

		if (count == cap) {
			cap *= 2;
			lines = xreallocarray(lines, cap, sizeof *lines);
		}
		l = &lines[count++];
		l->start = pos;
		l->len = wrap_line_end(text + pos, len - pos, cols, &l->width);
		l->hard_end = 0;
		pos += l->len;
		if (pos < len && text[pos] == '\n') {
			l->hard_end = 1;
			pos++;
			continue;
		}
		if (pos >= len)
			break;
	}
	*n = count;
	return lines;
}
