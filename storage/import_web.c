/* import_web.c — reading the text the official web system produces: the
 * sheet with <input type="checkbox"/> boxes, several labels on a line,
 * <p> paragraphs, the 姓名/服務機關/單位/職稱 list; then the 壹…陸
 * sections with tab-separated tables (see import_util.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/import_util.h"
#include "storage/print_layout.h"
#include "storage/strbuf.h"

/* What the reader knows as it goes. */
struct web {
	const struct ilines *l;
	const struct template *t;
	struct draft *d;
	struct problem_list *notes;
	size_t seen;		/* fields found */
};

/* The numerals of the body's sections, 壹 to 拾. */
static const char section_digits[] = "壹貳參肆伍陸柒捌玖拾";

/* Return true when S is a section heading (壹、目的); store the heading
 * text after 、 in *TEXT. */
static bool
is_heading(const char *s, const char **text)
{
	const char *p = s;
	char digit[4];

	for (;;) {
		if (strlen(p) < 3)
			return false;
		memcpy(digit, p, 3);
		digit[3] = '\0';
		if (strstr(section_digits, digit) == NULL
		    || (size_t)(strstr(section_digits, digit) - section_digits)
		    % 3 != 0)
			break;
		p += 3;
	}
	return p > s && import_starts(p, LAYOUT_LIST_SEP, text);
}

/* Return S without spaces.  Caller frees. */
static char *
squeeze(const char *s)
{
	char *r = xmalloc(strlen(s) + 1), *q = r;

	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			*q++ = *s;
	*q = '\0';
	return r;
}

/* Return true when A and B are the same but for spaces. */
static bool
same_words(const char *a, const char *b)
{
	char *x = squeeze(a), *y = squeeze(b);
	bool same = strcmp(x, y) == 0;

	free(x);
	free(y);
	return same;
}

/* Append to B the LEN bytes at S with their HTML entities decoded. */
static void
append_decoded(struct strbuf *b, const char *s, size_t len)
{
	static const struct { const char *name; const char *text; } ents[] = {
		{ "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
		{ "&quot;", "\"" }, { "&#39;", "'" }, { "&nbsp;", " " },
	};
	const char *end = s + len;
	size_t i;

	while (s < end) {
		const char *amp = memchr(s, '&', (size_t)(end - s));
		const char *rep = NULL;
		size_t skip = 1;

		if (amp == NULL) {
			strbuf_add(b, s, (size_t)(end - s));
			return;
		}
		strbuf_add(b, s, (size_t)(amp - s));
		for (i = 0; i < sizeof ents / sizeof ents[0]; i++) {
			size_t n = strlen(ents[i].name);

			if ((size_t)(end - amp) >= n
			    && strncmp(amp, ents[i].name, n) == 0) {
				rep = ents[i].text;
				skip = n;
			}
		}
		if (rep != NULL)
			strbuf_str(b, rep);
		else
			strbuf_add(b, amp, 1);
		s = amp + skip;
	}
}

/* Return the text of HTML paragraphs: each <p>…</p> a line.  Caller
 * frees. */
static char *
paragraphs(const char *html)
{
	struct strbuf b = { NULL, 0, 0 };
	const char *p = html, *open, *close;
	bool first = true;

	while ((open = strstr(p, "<p>")) != NULL) {
		open += 3;
		close = strstr(open, "</p>");
		if (close == NULL)
			close = open + strlen(open);
		if (!first)
			strbuf_str(&b, "\n");
		first = false;
		append_decoded(&b, open, (size_t)(close - open));
		p = *close != '\0' ? close + 4 : close;
	}
	return strbuf_take(&b);
}

/* Return true when S is a hint such as (500字以上), not a value. */
static bool
is_hint(const char *s)
{
	size_t n = strlen(s);

	return n > 2 && (s[0] == '(' || import_starts(s, "（", NULL))
	    && (s[n - 1] == ')' || (n >= 3 && strcmp(s + n - 3, "）") == 0))
	    && strstr(s, "字") != NULL;
}

/* Return the multi-line text of the N LINES: paragraphs when they are
 * HTML, else the lines as they are, blank lines at either end dropped.
 * Caller frees. */
static char *
web_text(char *const *lines, size_t n)
{
	struct strbuf b = { NULL, 0, 0 };
	char *joined, *text;
	size_t i;

	while (n > 0 && *lines[n - 1] == '\0')
		n--;
	while (n > 0 && *lines[0] == '\0') {
		lines++;
		n--;
	}
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_str(&b, "\n");
		strbuf_str(&b, lines[i]);
	}
	joined = strbuf_take(&b);
	if (strstr(joined, "<p>") == NULL)
		return joined;
	text = paragraphs(joined);
	free(joined);
	return text;
}

/* Return true when line I starts with the label of a field. */
static bool
starts_label(const struct web *w, size_t i)
{
	const char *rest;

	return import_label(w->t, w->l->line[i], &rest) != NULL;
}

/* Read multi-line field F: REST after its label on line I, and the lines
 * after it up to a blank one or another label.  Return the next line. */
static size_t
web_multiline(struct web *w, const struct template_field *f, size_t i,
    const char *rest, size_t to)
{
	char **lines = xcalloc(to - i + 1, sizeof *lines);
	size_t n = 0, j;
	char *first = text_trim(rest), *text;

	if (*first != '\0' && !is_hint(first))
		lines[n++] = first;
	for (j = i + 1; j < to && !ilines_blank(w->l, j) && !starts_label(w, j);
	    j++) {
		lines[n++] = w->l->line[j];
		w->l->used[j] = true;
	}
	text = web_text(lines, n);
	import_set_value(draft_put(w->d, w->t, f->id), f, text);
	free(text);
	free(first);
	free(lines);
	return j;
}

/* Put segment SEG of line I (a label and its value) in the draft.
 * Return the line after the value. */
static size_t
web_segment(struct web *w, const char *seg, size_t i, size_t to)
{
	struct strbuf sb = { NULL, 0, 0 };
	const struct template_field *f;
	const char *rest;
	char *value;

	f = import_label(w->t, seg, &rest);
	if (f == NULL || f->body || f->kind == FIELD_TABLE) {
		char *shown = text_sanitize(seg);

		problem_add(w->notes, PROBLEM_WARNING, NULL, (int)(i + 1), 0,
		    _("could not place: %s"), shown);
		free(shown);
		return i + 1;
	}
	w->seen++;
	if (f->kind == FIELD_MULTILINE)
		return web_multiline(w, f, i, rest, to);
	if (layout_is_boxes(f) && import_has_box(rest)) {
		size_t n;
		struct ibox *boxes = import_boxes(rest, &n);

		import_set_boxes(draft_put(w->d, w->t, f->id), f, boxes, n);
		ibox_free(boxes, n);
		return i + 1;
	}
	append_decoded(&sb, rest, strlen(rest));
	value = strbuf_take(&sb);
	import_set_value(draft_put(w->d, w->t, f->id), f, value);
	free(value);
	return i + 1;
}

/* Read the labels and values of line I: split at tabs and before every
 * " 標籤：".  Return the line after the last value. */
static size_t
web_line(struct web *w, size_t i, size_t to)
{
	char *line = xstrdup(w->l->line[i]), *p, *start = line;
	size_t next = i + 1, got;
	const char *rest;

	w->l->used[i] = true;
	for (p = line; ; p++) {
		bool cut = *p == '\0' || *p == '\t' || (*p == ' ' && p > start
		    && import_label(w->t, p + 1, &rest) != NULL);

		if (!cut)
			continue;
		{
			char end = *p;
			char *seg;

			*p = '\0';
			seg = text_trim(start);
			if (*seg != '\0') {
				got = web_segment(w, seg, i, to);
				next = got > next ? got : next;
			}
			free(seg);
			if (end == '\0')
				break;
			start = p + 1;
		}
	}
	free(line);
	return next;
}

/* Return the table field of T whose label, then its column labels joined
 * by '/', make line S (出國人員姓名/服務機關/單位/職稱); or NULL. */
static const struct template_field *
slash_header(const struct template *t, const char *s)
{
	size_t i, k;

	for (i = 0; i < t->n_fields; i++) {
		const struct template_field *f = &t->fields[i];
		const char *rest;
		char *want, *next;

		if (f->kind != FIELD_TABLE || f->body || f->n_columns == 0
		    || !import_starts(s, f->label, &rest))
			continue;
		want = xstrdup(f->columns[0].label);
		for (k = 1; k < f->n_columns; k++) {
			next = xasprintf("%s/%s", want, f->columns[k].label);
			free(want);
			want = next;
		}
		k = same_words(rest, want);
		free(want);
		if (k)
			return f;
	}
	return NULL;
}

/* Return S cut at SEP into *N trimmed cells.  Caller frees each and the
 * array. */
static char **
split_cells(const char *s, char sep, size_t *n)
{
	char **cells = NULL;
	const char *p = s;

	*n = 0;
	for (;;) {
		const char *e = strchr(p, sep);
		size_t len = e != NULL ? (size_t)(e - p) : strlen(p);
		char *raw = xstrndup(p, len);

		cells = xreallocarray(cells, *n + 1, sizeof *cells);
		cells[(*n)++] = text_trim(raw);
		free(raw);
		if (e == NULL)
			return cells;
		p = e + 1;
	}
}

/* Append a row to the table V of F from CELLS, of which MAP says the
 * column each shows (-1: none). */
static void
add_row(struct value *v, const struct template_field *f, char **cells,
    const long *map, size_t n)
{
	struct value *row = value_list_append(v);
	size_t c, k;

	value_set_map(row);
	for (k = 0; k < f->n_columns; k++)
		value_set_text(value_map_put(row, f->columns[k].id), "");
	for (c = 0; c < n; c++)
		if (map[c] >= 0)
			import_set_value(value_map_put(row,
			    f->columns[map[c]].id), &f->columns[map[c]],
			    cells[c]);
}

/* Read the slash-separated rows of sheet table F after line I. */
static size_t
web_slash_table(struct web *w, const struct template_field *f, size_t i,
    size_t to)
{
	struct value *v = draft_put(w->d, w->t, f->id);
	long *map = xcalloc(f->n_columns, sizeof *map);
	size_t j, k, n;

	for (k = 0; k < f->n_columns; k++)
		map[k] = (long)k;
	value_set_list(v);
	w->l->used[i] = true;
	w->seen++;
	for (j = i + 1; j < to && !ilines_blank(w->l, j) && !starts_label(w, j)
	    && strchr(w->l->line[j], '/') != NULL; j++) {
		char **cells = split_cells(w->l->line[j], '/', &n);

		if (n == f->n_columns) {
			add_row(v, f, cells, map, n);
			w->l->used[j] = true;
		}
		free_strings(cells, n);
	}
	free(map);
	return j;
}

/* Read the sheet, lines [FROM, TO). */
static void
web_sheet(struct web *w, size_t from, size_t to)
{
	size_t i = from;

	while (i < to) {
		const struct template_field *f;

		if (ilines_blank(w->l, i)) {
			i++;
			continue;
		}
		f = slash_header(w->t, w->l->line[i]);
		if (f != NULL)
			i = web_slash_table(w, f, i, to);
		else if (starts_label(w, i))
			i = web_line(w, i, to);
		else
			i++;
	}
}

/* Return the column map of a tab-separated HEADER for table F, in *N, or
 * NULL when the header is not this table's (a label no column has). */
static long *
tab_header(const struct template_field *f, const char *header, size_t *n)
{
	char **cells = split_cells(header, '\t', n);
	long *map = xcalloc(*n + 1, sizeof *map);
	size_t c, k, known = 0;
	bool ok = true;

	for (c = 0; c < *n; c++) {
		map[c] = -1;
		for (k = 0; k < f->n_columns; k++)
			if (same_words(cells[c], f->columns[k].label))
				map[c] = (long)k;
		if (map[c] >= 0)
			known++;
		else if (strcmp(cells[c], LAYOUT_NUMBER) != 0
		    && strcmp(cells[c], LAYOUT_WEEKDAY) != 0)
			ok = false;
	}
	free_strings(cells, *n);
	if (!ok || known == 0) {
		free(map);
		return NULL;
	}
	return map;
}

/* Find and read the tab-separated table F in lines [FROM, TO), with the
 * sub-heading before it; put it in the draft when F is a body field (a
 * sheet field repeated in the body is derived from the sheet). */
static void
web_tab_table(struct web *w, const struct template_field *f, size_t from,
    size_t to)
{
	size_t i, j, n, nc;
	long *map = NULL;
	struct value *v;

	for (i = from; i < to && map == NULL; i++)
		if (!w->l->used[i] && strchr(w->l->line[i], '\t') != NULL)
			map = tab_header(f, w->l->line[i], &n);
	if (map == NULL)
		return;
	i--;
	w->l->used[i] = true;
	if (i > from && ilines_blank(w->l, i - 1) && i > from + 1) {
		const char *text;
		char *h = xasprintf("%s", w->l->line[i - 2]);
		const char *sep = strstr(h, LAYOUT_LIST_SEP);

		text = sep != NULL ? sep + strlen(LAYOUT_LIST_SEP) : "";
		if (sep != NULL && same_words(text, f->label))
			w->l->used[i - 2] = true;
		free(h);
	}
	v = f->body ? draft_put(w->d, w->t, f->id) : NULL;
	if (v != NULL)
		value_set_list(v);
	for (j = i + 1; j < to && strchr(w->l->line[j], '\t') != NULL; j++) {
		char **cells = split_cells(w->l->line[j], '\t', &nc);

		if (v != NULL)
			add_row(v, f, cells, map, nc < n ? nc : n);
		w->l->used[j] = true;
		free_strings(cells, nc);
	}
	free(map);
}

/* Read the multi-line field F from the lines of [FROM, TO) not placed
 * yet. */
static void
web_body_text(struct web *w, const struct template_field *f, size_t from,
    size_t to)
{
	char **lines = xcalloc(to - from + 1, sizeof *lines);
	size_t i, n = 0;
	char *text;

	for (i = from; i < to; i++) {
		if (w->l->used[i])
			continue;
		lines[n++] = w->l->line[i];
		w->l->used[i] = true;
	}
	text = web_text(lines, n);
	if (f->body)
		import_set_value(draft_put(w->d, w->t, f->id), f, text);
	free(text);
	free(lines);
}

/* Read section S from lines [FROM, TO): its tables first, then its text
 * fields, each up to the sub-heading of the next. */
static void
web_section(struct web *w, const struct template_section *s, size_t from,
    size_t to)
{
	size_t k, j, start = from;

	for (k = 0; k < s->n_fields; k++) {
		const struct template_field *f = template_field(w->t,
		    s->fields[k]);

		if (f != NULL && f->kind == FIELD_TABLE)
			web_tab_table(w, f, from, to);
	}
	for (k = 0; k < s->n_fields; k++) {
		const struct template_field *f = template_field(w->t,
		    s->fields[k]), *g;
		size_t end = to;

		if (f == NULL || f->kind == FIELD_TABLE)
			continue;
		for (j = k + 1; j < s->n_fields && end == to; j++) {
			size_t i;

			g = template_field(w->t, s->fields[j]);
			for (i = start; g != NULL && g->kind != FIELD_TABLE
			    && i < to; i++) {
				const char *sep = strstr(w->l->line[i],
				    LAYOUT_LIST_SEP);

				if (sep != NULL && same_words(sep + strlen(
				    LAYOUT_LIST_SEP), g->label)) {
					end = i;
					w->l->used[i] = true;
					break;
				}
			}
		}
		web_body_text(w, f, start, end);
		start = end;
	}
}

/* Read the body: every section heading that names a section of the
 * template, from line FROM. */
static void
web_body(struct web *w, size_t from)
{
	size_t i, j, k;
	const char *text;

	for (i = from; i < w->l->n; i = j) {
		const struct template_section *s = NULL;

		for (j = i + 1; j < w->l->n && !is_heading(w->l->line[j], &text);
		    j++)
			;
		if (!is_heading(w->l->line[i], &text))
			continue;
		for (k = 0; k < w->t->n_sections && s == NULL; k++)
			if (same_words(text, w->t->sections[k].heading))
				s = &w->t->sections[k];
		if (s == NULL)
			continue;
		w->l->used[i] = true;
		web_section(w, s, i + 1, j);
	}
}

size_t
import_web(const struct ilines *l, const struct template *t,
    struct draft *d, struct problem_list *notes)
{
	struct web w = { l, t, d, notes, 0 };
	size_t i, title = l->n, body;
	const char *text;

	for (i = 0; i < l->n; i++) {
		char *p = l->line[i] + strlen(l->line[i]);

		while (p > l->line[i] && (p[-1] == ' ' || p[-1] == '\t'))
			*--p = '\0';
	}
	for (i = 0; i < l->n && title == l->n; i++)
		if (!ilines_blank(l, i))
			title = i;
	if (title < l->n)
		l->used[title] = true;
	for (body = title + 1; body < l->n && !is_heading(l->line[body], &text);
	    body++)
		;
	web_sheet(&w, title + 1, body);
	web_body(&w, body);
	return w.seen;
}
