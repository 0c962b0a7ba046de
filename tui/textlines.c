/* textlines.c — a text wrapped into lines, kept up to date (see
 * textlines.h). */
#include <config.h>

#include "tui/textlines.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "tui/draw.h"

/* What next_line() returns for the last line. */
#define LAST_LINE SIZE_MAX

/* Fill *OUT with the line that starts at P of the text T (LEN bytes)
 * wrapped at COLS; return where the next line starts, or LAST_LINE. */
static size_t
next_line(const char *t, size_t len, size_t p, size_t cols,
    struct textline *out)
{
	size_t n = 0, q;

	if (p < len && t[p] != '\n') {
		n = wrap_line_end(t + p, len - p, cols, NULL);
		if (n == 0)
			n = tui_next_char(t, len, p) - p;
	}
	out->start = p;
	out->len = n;
	q = p + n;
	if (q < len && t[q] == '\n')
		return q + 1;
	return q >= len ? LAST_LINE : q;
}

/* Make room for N lines in *ARRAY of capacity *CAP. */
static void
reserve(struct textline **array, size_t *cap, size_t n)
{
	if (n <= *cap)
		return;
	*cap = n < 64 ? 64 : n + n / 2;
	*array = xreallocarray(*array, *cap, sizeof **array);
}

void
textlines_more(struct textlines *tl, const char *t, size_t len, size_t upto)
{
	while (tl->next != LAST_LINE && tl->n < upto) {
		reserve(&tl->lines, &tl->cap, tl->n + 1);
		tl->next = next_line(t, len, tl->next, tl->cols,
		    &tl->lines[tl->n++]);
	}
}

void
textlines_wrap(struct textlines *tl, const char *t, size_t len, size_t cols,
    size_t upto)
{
	tl->cols = cols < 2 ? 2 : cols;
	tl->n = 0;
	tl->next = 0;
	textlines_more(tl, t, len, upto < 1 ? 1 : upto);
}

bool
textlines_complete(const struct textlines *tl)
{
	return tl->next == LAST_LINE;
}

size_t
textlines_line_of(const struct textlines *tl, size_t p)
{
	size_t lo = 0, hi = tl->n;

	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;

		if (tl->lines[mid].start <= p)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Replace lines FROM..TO-1 by the N scratch lines; move the starts of
 * the lines after them by DELTA bytes. */
static void
splice(struct textlines *tl, size_t from, size_t to, size_t n, long delta)
{
	size_t tail = tl->n - to, i;

	reserve(&tl->lines, &tl->cap, from + n + tail);
	memmove(tl->lines + from + n, tl->lines + to, tail * sizeof *tl->lines);
	memcpy(tl->lines + from, tl->scratch, n * sizeof *tl->lines);
	tl->n = from + n + tail;
	for (i = from + n; i < tl->n; i++)
		tl->lines[i].start = (size_t) ((long) tl->lines[i].start + delta);
}

/* Return where the Latin word around POS in T starts (at most a few
 * hundred bytes back): a break before a word depends on its length, so
 * a change inside a word can move the break of the line before it. */
static size_t
word_start(const char *t, size_t pos)
{
	size_t limit = pos > 256 ? pos - 256 : 0;

	while (pos > limit) {
		unsigned char c = (unsigned char) t[pos - 1];

		if (c >= 0x80 || c == ' ' || c == '\n' || c == '\t')
			break;
		pos--;
	}
	return pos;
}

void
textlines_change(struct textlines *tl, const char *t, size_t len,
    size_t pos, size_t old_n, size_t new_n)
{
	long delta = (long) new_n - (long) old_n;
	size_t k = textlines_line_of(tl, word_start(t, pos));
	size_t from = k >= 2 ? k - 2 : 0, j = from, n = 0;
	size_t p = tl->lines[from].start;

	if (!textlines_complete(tl)) {
		textlines_wrap(tl, t, len, tl->cols, SIZE_MAX);
		return;
	}
	for (;;) {
		reserve(&tl->scratch, &tl->cap_scratch, n + 1);
		p = next_line(t, len, p, tl->cols, &tl->scratch[n++]);
		if (p == LAST_LINE) {
			splice(tl, from, tl->n, n, 0);
			return;
		}
		if (p < pos + new_n)
			continue;
		/* Where would this line have started before the change? */
		while (j < tl->n && (long) tl->lines[j].start + delta < (long) p)
			j++;
		if (j < tl->n && (long) tl->lines[j].start + delta == (long) p
		    && tl->lines[j].start >= pos + old_n) {
			splice(tl, from, j, n, delta);
			return;
		}
	}
}

void
textlines_clear(struct textlines *tl)
{
	free(tl->lines);
	free(tl->scratch);
	memset(tl, 0, sizeof *tl);
}
