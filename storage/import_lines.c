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

/* Return true when the text RESULT + SEP + NEXT, wrapped from byte START
 * at COLS, breaks its line right after PREV_LEN bytes (and SEP). */
static bool
breaks_there(const char *result, size_t start, size_t prev_len,
    const char *sep, const char *next, size_t cols)
{
	char *cand = xasprintf("%s%s%s", result + start, sep, next);
	size_t end = wrap_line_end(cand, strlen(cand), cols, NULL);
	bool ok = end == prev_len + strlen(sep);

	free(cand);
	return ok;
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

/* Join NEXT to *RESULT, whose last line starts at *START: softly when the
 * break reads as a soft one, else with '\n' (HARD) or as best it can. */
static void
join_line(char **result, size_t *start, const char *prev, const char *next,
    size_t cols, bool hard)
{
	const char *seps[2] = { "", " " };
	size_t plen = strlen(prev), k;
	char *joined;

	if (plen > 0 && *next != '\0' && is_word_byte(prev[plen - 1])
	    && is_word_byte(*next)) {
		seps[0] = " ";
		seps[1] = "";
	}
	for (k = 0; k < 2 && *prev != '\0' && *next != '\0'; k++) {
		if (!breaks_there(*result, *start, plen, seps[k], next, cols))
			continue;
		joined = xasprintf("%s%s%s", *result, seps[k], next);
		*start = strlen(*result) + strlen(seps[k]);
		free(*result);
		*result = joined;
		return;
	}
	joined = xasprintf("%s%s%s", *result, hard ? "\n" : seps[0], next);
	*start = strlen(*result) + (hard ? 1 : strlen(seps[0]));
	free(*result);
	*result = joined;
}

char *
import_unwrap(char *const *lines, size_t n, size_t cols, bool hard)
{
	char *result;
	size_t i, start = 0;

	if (n == 0)
		return xstrdup("");
	if (cols < 2)
		cols = 2;
	result = xstrdup(lines[0]);
	for (i = 1; i < n; i++)
		join_line(&result, &start, lines[i - 1], lines[i], cols, hard);
	if (hard && !wraps_to(result, lines, n, cols)) {
		/* Not to be told apart: keep every break as it stands. */
		free(result);
		result = xstrdup(lines[0]);
		for (i = 1; i < n; i++) {
			char *joined = xasprintf("%s\n%s", result, lines[i]);

			free(result);
			result = joined;
		}
	}
	return result;
}
