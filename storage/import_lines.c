/* import_lines.c — a report as lines, and wrapped lines joined back into
 * the text they came from (see import_util.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/import_util.h"
#include "storage/strbuf.h"

struct ilines *
ilines_split(const char *text)
{
	struct ilines *l = xcalloc(1, sizeof *l);
	const char *p = text;
	size_t cap = 0;

	while (*p != '\0') {
		const char *nl = strchr(p, '\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p);

		if (len > 0 && p[len - 1] == '\r')
			len--;
		if (l->n == cap) {
			cap = cap < 64 ? 64 : cap * 2;
			l->line = xreallocarray(l->line, cap, sizeof *l->line);
		}
		l->line[l->n++] = xstrndup(p, len);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	l->used = xcalloc(l->n + 1, sizeof *l->used);
	return l;
}

void
ilines_free(struct ilines *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++)
		free(l->line[i]);
	free(l->line);
	free(l->used);
	free(l);
}

bool
ilines_blank(const struct ilines *l, size_t i)
{
	const char *p;

	for (p = l->line[i]; *p != '\0'; p++)
		if (*p != ' ' && *p != '\t')
			return false;
	return true;
}

void
ilines_report(const struct ilines *l, size_t from, size_t to,
    struct problem_list *notes)
{
	size_t i;

	for (i = from; i < to && i < l->n; i++) {
		char *shown, *cut;
		size_t fit;

		if (l->used[i] || ilines_blank(l, i))
			continue;
		shown = text_sanitize(l->line[i]);
		fit = text_fit(shown, 40, NULL);
		cut = xstrndup(shown, fit);
		problem_add(notes, PROBLEM_WARNING, NULL, (int)(i + 1), 0,
		    _("could not place this line: %s%s"), cut,
		    shown[fit] != '\0' ? "..." : "");
		free(cut);
		free(shown);
	}
}

const char *
import_skip_indent(const char *s, size_t n)
{
	while (n > 0 && *s == ' ') {
		s++;
		n--;
	}
	return s;
}

bool
import_starts(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);

	if (strncmp(s, prefix, n) != 0)
		return false;
	if (rest != NULL)
		*rest = s + n;
	return true;
}

/* Return true when the byte C is part of a Latin word or number. */
static bool
is_word_byte(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')
	    || (c >= 'A' && c <= 'Z');
}

/* Return true when TEXT wrapped at COLS gives exactly the N LINES (with
 * the spaces at the ends of lines dropped, as the printer drops them). */
static bool
wraps_to(const char *text, char *const *lines, size_t n, size_t cols)
{
	struct wrap_line *w;
	size_t i, k;
	bool same;

	w = wrap_text(text, cols, &k);
	same = k == n;
	for (i = 0; same && i < n; i++) {
		size_t len = w[i].len;

		while (len > 0 && text[w[i].start + len - 1] == ' ')
			len--;
		same = len == strlen(lines[i])
		    && memcmp(text + w[i].start, lines[i], len) == 0;
	}
	free(w);
	return same;
}

/* The most lines rejoined by a search that can go back. */
#define UNWRAP_MAX_SEARCH 256

/* The text being rejoined, and where each line starts in it. */
struct unwrap {
	char *const *lines;
	size_t n;
	size_t cols;
	bool hard;		/* '\n' may join lines */
	struct strbuf result;
	size_t *starts;		/* byte offset of each line in RESULT */
	size_t *para;		/* index of the first line of each line's
				   paragraph (since the last hard break) */
	size_t budget;		/* joins left to try before giving up */
};

/* Return true when the lines of U's paragraph up to line I, from two
 * lines back (a line's end depends on no more than the next line), wrap
 * to exactly themselves. */
static bool
still_wraps(const struct unwrap *u, size_t i)
{
	size_t from = i >= 2 ? i - 2 : 0;

	if (from < u->para[i])
		from = u->para[i];
	return wraps_to(u->result.data + u->starts[from], u->lines + from,
	    i - from + 1, u->cols);
}

/* Set U's RESULT back to LEN bytes. */
static void
cut_back(struct unwrap *u, size_t len)
{
	u->result.len = len;
	u->result.data[len] = '\0';
}

/* Join lines I to N to U, trying for each break a soft join without and
 * with a space (in the likelier order first) that keeps the text wrapping
 * to exactly its lines; go back to an earlier choice when none fits.
 * Return true when all are joined. */
static bool
join_from(struct unwrap *u, size_t i)
{
	const char *prev, *next, *seps[2] = { "", " " };
	size_t plen, k, len = u->result.len;

	if (i == u->n)
		return true;
	prev = u->lines[i - 1];
	next = u->lines[i];
	plen = strlen(prev);
	if (plen > 0 && is_word_byte(prev[plen - 1]) && is_word_byte(*next)) {
		seps[0] = " ";
		seps[1] = "";
	}
	u->para[i] = u->para[i - 1];
	for (k = 0; k < 2 && plen > 0 && *next != '\0' && u->budget > 0;
	    k++) {
		u->budget--;
		strbuf_str(&u->result, seps[k]);
		u->starts[i] = u->result.len;
		strbuf_str(&u->result, next);
		if (still_wraps(u, i) && join_from(u, i + 1))
			return true;
		cut_back(u, len);
	}
	return false;
}

/* Join the lines of U one by one, each in the first way that keeps the
 * paragraph wrapping to its lines (a hard break always does).  Without
 * hard breaks, a break no soft join explains is joined as best it can. */
static void
join_greedy(struct unwrap *u)
{
	size_t i, k, len;

	for (i = 1; i < u->n; i++) {
		const char *prev = u->lines[i - 1], *next = u->lines[i];
		const char *seps[2] = { "", " " };
		size_t plen = strlen(prev);
		bool joined = false;

		if (plen > 0 && is_word_byte(prev[plen - 1])
		    && is_word_byte(*next)) {
			seps[0] = " ";
			seps[1] = "";
		}
		u->para[i] = u->para[i - 1];
		len = u->result.len;
		for (k = 0; k < 2 && plen > 0 && *next != '\0' && !joined;
		    k++) {
			strbuf_str(&u->result, seps[k]);
			u->starts[i] = u->result.len;
			strbuf_str(&u->result, next);
			joined = still_wraps(u, i);
			if (!joined)
				cut_back(u, len);
		}
		if (joined)
			continue;
		strbuf_str(&u->result, u->hard ? "\n" : seps[0]);
		u->starts[i] = u->result.len;
		if (u->hard)
			u->para[i] = i;
		strbuf_str(&u->result, next);
	}
}

/* Return the N LINES joined with a space between words and nothing
 * else.  Caller frees. */
static char *
join_plain(char *const *lines, size_t n)
{
	struct strbuf b = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0 && b.len > 0 && is_word_byte(b.data[b.len - 1])
		    && is_word_byte(*lines[i]))
			strbuf_str(&b, " ");
		strbuf_str(&b, lines[i]);
	}
	return strbuf_take(&b);
}

char *
import_unwrap(char *const *lines, size_t n, size_t cols, bool hard)
{
	struct unwrap u;
	char *text;

	if (n == 0)
		return xstrdup("");
	memset(&u, 0, sizeof u);
	u.lines = lines;
	u.n = n;
	u.cols = cols < 2 ? 2 : cols;
	u.hard = hard;
	u.budget = 16 * n + 64;
	u.starts = xcalloc(n, sizeof *u.starts);
	u.para = xcalloc(n, sizeof *u.para);
	strbuf_str(&u.result, lines[0]);
	/* With hard breaks the first join that fits is always kept, so no
	 * going back is needed; without, go back, but only over a few
	 * lines (the depth of the search is the number of lines). */
	if (hard || n > UNWRAP_MAX_SEARCH) {
		join_greedy(&u);
		text = strbuf_take(&u.result);
	} else if (join_from(&u, 1)) {
		text = strbuf_take(&u.result);
	} else {
		free(strbuf_take(&u.result));
		text = join_plain(lines, n);
	}
	free(u.starts);
	free(u.para);
	return text;
}
