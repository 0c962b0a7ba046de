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
#include "storage/print_layout.h"
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
	if (l == NULL)
		return;
	free_strings(l->line, l->n);
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

/* Return true when TEXT wrapped at COLS begins with the N LINES (with
 * the spaces at the ends of lines dropped, as the printer drops them);
 * when EXACT, it must also end there. */
static bool
wraps_prefix(const char *text, char *const *lines, size_t n, size_t cols,
    bool exact)
{
	struct wrap_line *w;
	size_t i, k;
	bool same;

	w = layout_wrap(text, cols, &k);
	same = exact ? k == n : k >= n;
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

bool
import_wraps_to(const char *text, char *const *lines, size_t n, size_t cols)
{
	return wraps_prefix(text, lines, n, cols, true);
}

/* How far back a check may reach for a line that starts cleanly. */
#define UNWRAP_WINDOW 64

/* The text being rejoined, line by line, with the way each line was
 * joined to the one before: the search goes back to change a choice that
 * a later line shows was wrong. */
struct unwrap {
	char *const *lines;
	size_t n;
	size_t cols;
	bool hard;		/* '\n' may join lines */
	struct strbuf result;
	size_t *starts;		/* byte offset of each line in RESULT */
	size_t *para;		/* first line of each line's paragraph (the
				   lines since the last hard break) */
	int *choice;		/* how each line was joined: 0 or 1 a soft
				   join (seps), 2 a hard one */
	size_t budget;		/* joins left to try before giving up */
};

/* Return the separator of soft join K (0 the likelier) before line I. */
static const char *
soft_sep(const struct unwrap *u, size_t i, int k)
{
	const char *prev = u->lines[i - 1], *next = u->lines[i];
	size_t plen = strlen(prev);
	/* Between two Latin words the break was likelier at a space,
	 * unless the line before is full: a word too long for a line is
	 * broken where the line ends. */
	bool words = plen > 0 && is_word_byte(prev[plen - 1])
	    && is_word_byte(*next) && text_width(prev) < u->cols;

	return (k == 0) == words ? " " : "";
}

/* Return true when lines [FROM, LAST] of U, from a window a few lines
 * back, wrap as they were printed: exactly when EXACT (the paragraph ends
 * at LAST), else as the first lines of what follows. */
static bool
window_wraps(const struct unwrap *u, size_t from, size_t last, bool exact)
{
	size_t start = last >= 2 ? last - 2 : 0;

	if (start < from)
		start = from;
	if (last < start)
		return true;
	/* Where a line was joined with a space, that space may have begun
	 * the line in the wrap (a space that does not fit goes on to the
	 * next line): start the window at a line joined without one. */
	while (start > from && start + UNWRAP_WINDOW > last
	    && u->choice[start] < 2
	    && *soft_sep(u, start, u->choice[start]) == ' ')
		start--;
	if (exact) {
		size_t end = last + 1 < u->n && u->starts[last + 1] > 0
		    ? u->starts[last + 1] - 1 : u->result.len;
		char *text = xstrndup(u->result.data + u->starts[start],
		    end - u->starts[start]);
		bool ok = wraps_prefix(text, u->lines + start, last - start + 1,
		    u->cols, true);

		free(text);
		return ok;
	}
	return wraps_prefix(u->result.data + u->starts[start],
	    u->lines + start, last - start + 1, u->cols, false);
}

/* Set U's text back to LEN bytes. */
static void
cut_back(struct unwrap *u, size_t len)
{
	u->result.len = len;
	u->result.data[len] = '\0';
}

/* Append line I to U in way K and return true when the lines so far can
 * still be what was printed; else leave U as it was.  A line's end is
 * known only once the line after next has begun (a space after the next
 * word counts), so a soft join checks the lines up to two back. */
static bool
try_join(struct unwrap *u, size_t i, int k)
{
	const char *prev = u->lines[i - 1], *next = u->lines[i];
	size_t len = u->result.len;
	bool ok;

	if ((k < 2 && (*prev == '\0' || *next == '\0'))
	    || (k == 2 && !u->hard))
		return false;
	strbuf_str(&u->result, k == 2 ? "\n" : soft_sep(u, i, k));
	u->starts[i] = u->result.len;
	strbuf_str(&u->result, next);
	u->para[i] = k == 2 ? i : u->para[i - 1];
	if (k == 2)
		ok = window_wraps(u, u->para[i - 1], i - 1, true);
	else
		ok = i < 2 || window_wraps(u, u->para[i], i - 2, false);
	if (!ok)
		cut_back(u, len);
	return ok;
}

/* Set U's text back to what it was before line I was joined. */
static void
undo_join(struct unwrap *u, size_t i)
{
	cut_back(u, u->starts[i] - (u->choice[i] == 2 ? 1
	    : strlen(soft_sep(u, i, u->choice[i]))));
}

/* Search for the ways to join lines 1 to N-1 of U, going back to the
 * line before when no way fits.  Return true when found (U's text then
 * holds them). */
static bool
search(struct unwrap *u)
{
	size_t i = 1;

	u->choice[1] = 0;
	for (;;) {
		if (u->budget == 0)
			return false;
		if (i == u->n
		    && window_wraps(u, u->para[i - 1], i - 1, true))
			return true;
		if (i == u->n || u->choice[i] > 2) {
			if (i == 1)
				return false;
			i--;
			undo_join(u, i);
			u->choice[i]++;
			continue;
		}
		u->budget--;
		if (try_join(u, i, u->choice[i])) {
			if (++i < u->n)
				u->choice[i] = 0;
		} else {
			u->choice[i]++;
		}
	}
}

/* Return the N LINES joined with '\n' (HARD), or with a space between
 * words and nothing else.  Caller frees. */
static char *
join_plain(char *const *lines, size_t n, bool hard)
{
	struct strbuf b = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0 && hard)
			strbuf_str(&b, "\n");
		else if (i > 0 && b.len > 0 && is_word_byte(b.data[b.len - 1])
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

	if (n <= 1)
		return xstrdup(n == 1 ? lines[0] : "");
	memset(&u, 0, sizeof u);
	u.lines = lines;
	u.n = n;
	u.cols = cols < 2 ? 2 : cols;
	u.hard = hard;
	u.budget = 16 * n + 64;
	u.starts = xcalloc(n, sizeof *u.starts);
	u.para = xcalloc(n, sizeof *u.para);
	u.choice = xcalloc(n + 1, sizeof *u.choice);
	strbuf_str(&u.result, lines[0]);
	if (search(&u)) {
		text = strbuf_take(&u.result);
	} else {
		free(strbuf_take(&u.result));
		text = join_plain(lines, n, hard);
	}
	free(u.starts);
	free(u.para);
	free(u.choice);
	return text;
}
