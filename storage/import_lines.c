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

/* The text being rejoined, and where its last paragraph (the lines
 * since the last hard break) starts. */
struct unwrap {
	char *const *lines;
	size_t n;
	size_t cols;
	bool hard;		/* '\n' may join lines */
	char *result;		/* owned */
	size_t para_start;	/* byte offset in RESULT */
	size_t para_line;	/* index of its first line */
	size_t budget;		/* joins left to try before giving up */
};

/* Join lines I to N to U, trying for each break a soft join without and
 * with a space (in the likelier order first) that keeps the paragraph
 * wrapping to exactly its lines, then a hard one; go back to an earlier
 * choice when none fits.  Return true when all are joined. */
static bool
join_from(struct unwrap *u, size_t i)
{
	const char *prev, *next, *seps[2] = { "", " " };
	size_t plen, k, start = u->para_start, line = u->para_line;
	char *saved;

	if (i == u->n)
		return true;
	prev = u->lines[i - 1];
	next = u->lines[i];
	plen = strlen(prev);
	if (plen > 0 && is_word_byte(prev[plen - 1]) && is_word_byte(*next)) {
		seps[0] = " ";
		seps[1] = "";
	}
	saved = u->result;
	for (k = 0; k < 2 && plen > 0 && *next != '\0' && u->budget > 0;
	    k++) {
		u->budget--;
		u->result = xasprintf("%s%s%s", saved, seps[k], next);
		if (wraps_to(u->result + start, u->lines + line,
		    i - line + 1, u->cols) && join_from(u, i + 1)) {
			free(saved);
			return true;
		}
		free(u->result);
		u->result = saved;
	}
	if (!u->hard)
		return false;
	u->result = xasprintf("%s\n%s", saved, next);
	u->para_start = strlen(saved) + 1;
	u->para_line = i;
	if (join_from(u, i + 1)) {
		free(saved);
		return true;
	}
	free(u->result);
	u->result = saved;
	u->para_start = start;
	u->para_line = line;
	return false;
}

/* Return the N LINES joined with '\n', or with spaces between words and
 * nothing else when not HARD.  Caller frees. */
static char *
join_plain(char *const *lines, size_t n, bool hard)
{
	char *r = xstrdup(lines[0]);
	size_t i;

	for (i = 1; i < n; i++) {
		size_t len = strlen(r);
		const char *sep = hard ? "\n" : len > 0
		    && is_word_byte(r[len - 1]) && is_word_byte(*lines[i])
		    ? " " : "";
		char *next = xasprintf("%s%s%s", r, sep, lines[i]);

		free(r);
		r = next;
	}
	return r;
}

char *
import_unwrap(char *const *lines, size_t n, size_t cols, bool hard)
{
	struct unwrap u;

	if (n == 0)
		return xstrdup("");
	memset(&u, 0, sizeof u);
	u.lines = lines;
	u.n = n;
	u.cols = cols < 2 ? 2 : cols;
	u.hard = hard;
	u.budget = 16 * n + 64;
	u.result = xstrdup(lines[0]);
	if (join_from(&u, 1))
		return u.result;
	free(u.result);
	return join_plain(lines, n, hard);
}
