/* import_own.c — reading tripreport's own printed copies back: the sheet
 * of 標籤：值 lines, the rule, the numbered sections of the body (see
 * print.h for the layout, import_util.h for the reader). */
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
struct own {
	const struct ilines *l;
	const struct template *t;
	struct draft *d;
	struct problem_list *notes;
	size_t cols;		/* the width the copy was printed at */
	size_t seen;		/* fields found */
};

/* Mark lines [FROM, TO) of O as placed. */
static void
use(struct own *o, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to && i < o->l->n; i++)
		o->l->used[i] = true;
}

/* Return true when S is a rule: only ─ or '-' marks, at least ten. */
static bool
is_rule(const char *s)
{
	size_t n = 0;

	while (*s != '\0') {
		if (import_starts(s, LAYOUT_RULE, &s)
		    || import_starts(s, LAYOUT_ASCII_RULE, &s))
			n++;
		else
			return false;
	}
	return n >= 10;
}

/* Return true when S is the rule under a table's labels: groups of ─ or
 * '-' marks between spaces. */
static bool
is_table_rule(const char *s)
{
	size_t marks = 0;

	while (*s != '\0') {
		if (import_starts(s, LAYOUT_RULE, &s)
		    || import_starts(s, LAYOUT_ASCII_RULE, &s))
			marks++;
		else if (*s == ' ')
			s++;
		else
			return false;
	}
	return marks > 0;
}

/* Return the width of the copy: the rule's, else the widest line's. */
static size_t
copy_width(const struct ilines *l, size_t rule)
{
	size_t i, w, widest = 0;

	if (rule < l->n)
		return text_width(l->line[rule]);
	for (i = 0; i < l->n; i++)
		if ((w = text_width(l->line[i])) > widest)
			widest = w;
	return widest;
}

/* Return the index after the value that starts on line I: the lines
 * that follow indented, blank lines between them included. */
static size_t
value_end(const struct own *o, size_t i, size_t to)
{
	size_t j = i + 1, k;

	while (j < to) {
		if (o->l->line[j][0] == ' ') {
			j++;
			continue;
		}
		for (k = j; k < to && ilines_blank(o->l, k); k++)
			;
		if (k == j || k >= to || o->l->line[k][0] != ' ')
			break;
		j = k;
	}
	return j;
}

/* A column of a printed table: where it starts and how wide it is. */
struct tcol {
	size_t start;
	size_t width;
	long column;		/* the template column, or -1 (derived) */
};

/* Return the columns of a table from its RULE line, in *N. */
static struct tcol *
rule_columns(const char *rule, size_t *n)
{
	struct tcol *cols = NULL;
	size_t col = 0, len = strlen(rule);
	bool in = false;

	*n = 0;
	while (len > 0) {
		uint32_t cp;
		int k = text_decode(rule, len, &cp);
		bool mark = cp == 0x2500 || cp == '-';
		size_t w = (size_t)text_char_width(cp);

		if (k <= 0)
			k = 1;
		if (mark && !in) {
			cols = xreallocarray(cols, *n + 1, sizeof *cols);
			cols[*n].start = col;
			cols[*n].width = 0;
			cols[*n].column = -1;
			(*n)++;
		}
		if (mark)
			cols[*n - 1].width += w;
		in = mark;
		col += w;
		rule += k;
		len -= (size_t)k;
	}
	return cols;
}

/* Cut the line S into the N cells of COLS; store them trimmed in CELLS
 * (caller frees each). */
static void
slice(const char *s, const struct tcol *cols, size_t n, char **cells)
{
	struct strbuf *raw = xcalloc(n, sizeof *raw);
	size_t c, col = 0, len = strlen(s);

	while (*s != '\0') {
		uint32_t cp;
		int k = text_decode(s, len, &cp);
		size_t at = 0;

		if (k <= 0)
			k = 1;
		for (c = 0; c < n; c++)
			if (col >= cols[c].start)
				at = c;
		strbuf_add(&raw[at], s, (size_t)k);
		col += (size_t)text_char_width(cp);
		s += k;
		len -= (size_t)k;
	}
	for (c = 0; c < n; c++) {
		char *text = strbuf_take(&raw[c]);

		cells[c] = text_trim(text);
		free(text);
	}
	free(raw);
}

/* Find which template column of F each printed column shows, by label. */
static void
map_columns(struct own *o, const struct template_field *f, const char *head,
    struct tcol *cols, size_t n, size_t line)
{
	char **labels = xcalloc(n, sizeof *labels);
	size_t c, k;

	slice(head, cols, n, labels);
	for (c = 0; c < n; c++) {
		for (k = 0; k < f->n_columns; k++)
			if (strcmp(labels[c], f->columns[k].label) == 0)
				cols[c].column = (long)k;
		if (cols[c].column < 0 && strcmp(labels[c], LAYOUT_NUMBER) != 0
		    && strcmp(labels[c], LAYOUT_WEEKDAY) != 0)
			problem_add(o->notes, PROBLEM_WARNING, f->id,
			    (int)line, 0, _("unknown column '%s'"), labels[c]);
		free(labels[c]);
	}
	free(labels);
}

/* The lines of each cell of one table row, as read. */
struct trow {
	char ***cells;		/* per column, its lines */
	size_t *n;
	size_t height;		/* lines of the row so far */
};

/* Put the rows read into the table value V of F. */
static void
set_rows(struct value *v, const struct template_field *f,
    const struct tcol *cols, size_t n_cols, struct trow *rows, size_t n_rows)
{
	size_t r, c, k;

	value_set_list(v);
	for (r = 0; r < n_rows; r++) {
		struct value *row = value_list_append(v);

		value_set_map(row);
		for (k = 0; k < f->n_columns; k++)
			value_set_text(value_map_put(row, f->columns[k].id),
			    "");
		for (c = 0; c < n_cols; c++) {
			const struct template_field *col;
			char *text;

			if (cols[c].column < 0)
				continue;
			col = &f->columns[cols[c].column];
			text = import_unwrap(rows[r].cells[c], rows[r].n[c],
			    cols[c].width, false);
			if (c == 0 && strcmp(text, LAYOUT_EMPTY_CELL) == 0)
				*text = '\0';
			import_set_value(value_map_put(row, col->id), col,
			    text);
			free(text);
		}
	}
}

/* Free N_ROWS rows of N_COLS cells. */
static void
free_rows(struct trow *rows, size_t n_rows, size_t n_cols)
{
	size_t r, c, k;

	for (r = 0; r < n_rows; r++) {
		for (c = 0; c < n_cols; c++) {
			for (k = 0; k < rows[r].n[c]; k++)
				free(rows[r].cells[c][k]);
			free(rows[r].cells[c]);
		}
		free(rows[r].cells);
		free(rows[r].n);
	}
	free(rows);
}

/* Return true when the line cut into CELLS goes on row R: its first
 * cell is empty (the printer marks an empty first cell, see
 * LAYOUT_EMPTY_CELL), and every cell it fills ran on the line before. */
static bool
continues(const struct trow *r, char **cells, size_t n)
{
	size_t c, filled = 0;

	if (*cells[0] != '\0')
		return false;
	for (c = 1; c < n; c++) {
		if (*cells[c] == '\0')
			continue;
		if (r->n[c] != r->height)
			return false;
		filled++;
	}
	return filled > 0;
}

/* Add the line cut into CELLS to the rows: as the next line of the last
 * row when it continues it, else as a new row. */
static void
add_row_line(struct trow **rows, size_t *n_rows, char **cells, size_t n)
{
	struct trow *r;
	size_t c;

	if (*n_rows == 0 || !continues(&(*rows)[*n_rows - 1], cells, n)) {
		*rows = xreallocarray(*rows, *n_rows + 1, sizeof **rows);
		r = &(*rows)[(*n_rows)++];
		r->cells = xcalloc(n, sizeof *r->cells);
		r->n = xcalloc(n, sizeof *r->n);
		r->height = 0;
	}
	r = &(*rows)[*n_rows - 1];
	r->height++;
	for (c = 0; c < n; c++) {
		if (*cells[c] == '\0') {
			free(cells[c]);
			continue;
		}
		r->cells[c] = xreallocarray(r->cells[c], r->n[c] + 1,
		    sizeof *r->cells[c]);
		r->cells[c][r->n[c]++] = cells[c];
	}
}

/* Read the table of F from lines [FROM, TO), each indented by INDENT:
 * labels, rule, rows.  Put it in the draft when SET. */
static void
own_table(struct own *o, const struct template_field *f, size_t from,
    size_t to, size_t indent, bool set)
{
	struct trow *rows = NULL;
	struct tcol *cols;
	size_t i, n, n_rows = 0;
	char **cells;

	if (from + 1 >= to || !is_table_rule(import_skip_indent(
	    o->l->line[from + 1], indent)))
		return;
	cols = rule_columns(import_skip_indent(o->l->line[from + 1], indent),
	    &n);
	map_columns(o, f, import_skip_indent(o->l->line[from], indent), cols,
	    n, from + 1);
	cells = xcalloc(n + 1, sizeof *cells);
	for (i = from + 2; i < to; i++) {
		slice(import_skip_indent(o->l->line[i], indent), cols, n,
		    cells);
		add_row_line(&rows, &n_rows, cells, n);
	}
	if (set)
		set_rows(draft_put(o->d, o->t, f->id), f, cols, n, rows,
		    n_rows);
	use(o, from, to);
	free_rows(rows, n_rows, n);
	free(cells);
	free(cols);
}

/* Return the N LINES of boxes, printed COLS wide, as one line: a box
 * too wide for a line was wrapped from the start of a line, and the lines
 * after it that start with no box are its own, rejoined as wrapped.
 * Caller frees. */
static char *
join_boxes(char *const *lines, size_t n, size_t cols)
{
	struct strbuf b = { NULL, 0, 0 };
	size_t i = 0, j;

	while (i < n) {
		char **tok, *text, *rest = NULL;

		if (b.len > 0)
			strbuf_str(&b, " ");
		for (j = i + 1; j < n && !import_starts_box(lines[j]); j++)
			;
		if (j == i + 1) {
			strbuf_str(&b, lines[i++]);
			continue;
		}
		tok = xcalloc(j - i, sizeof *tok);
		memcpy(tok, lines + i, (j - i) * sizeof *tok);
		/* Boxes may follow on the wrapped box's last line. */
		for (rest = tok[j - i - 1]; *rest != '\0'; rest++)
			if (*rest == ' ' && import_starts_box(rest + 1))
				break;
		tok[j - i - 1] = xstrndup(tok[j - i - 1],
		    (size_t)(rest - tok[j - i - 1]));
		text = import_unwrap(tok, j - i, cols, false);
		strbuf_str(&b, text);
		strbuf_str(&b, rest);
		free(text);
		free(tok[j - i - 1]);
		free(tok);
		i = j;
	}
	return strbuf_take(&b);
}

/* Read the value of F from line I (after its label, at REST) to END. */
static void
own_labelled(struct own *o, const struct template_field *f, size_t i,
    size_t end, const char *rest)
{
	size_t indent = text_width(f->label) + text_width(LAYOUT_COLON);
	size_t n = end - i, k;
	char **lines = xcalloc(n, sizeof *lines);
	struct value *v = draft_put(o->d, o->t, f->id);
	char *text;

	use(o, i, end);
	o->seen++;
	if (f->kind == FIELD_TABLE) {
		own_table(o, f, i + 1, end, LAYOUT_SHEET_TABLE_INDENT, true);
		free(lines);
		return;
	}
	lines[0] = (char *)rest;
	for (k = 1; k < n; k++)
		lines[k] = (char *)import_skip_indent(o->l->line[i + k], indent);
	if (layout_is_boxes(f)) {
		struct ibox *boxes;
		size_t nb;

		text = join_boxes(lines, n, o->cols > indent + 2 ?
		    o->cols - indent : 2);
		boxes = import_boxes(text, &nb);
		import_set_boxes(v, f, boxes, nb);
		ibox_free(boxes, nb);
	} else {
		text = import_unwrap(lines, n, o->cols > indent + 2 ?
		    o->cols - indent : 2, f->kind == FIELD_MULTILINE);
		import_set_value(v, f, text);
	}
	free(text);
	free(lines);
}

/* Read the sheet, lines [FROM, TO). */
static void
own_sheet(struct own *o, size_t from, size_t to)
{
	size_t i = from, end;

	while (i < to) {
		const struct template_field *f;
		const char *rest;

		f = ilines_blank(o->l, i) ? NULL
		    : import_label(o->t, o->l->line[i], &rest);
		if (f == NULL) {
			i++;
			continue;
		}
		end = value_end(o, i, to);
		own_labelled(o, f, i, end, rest);
		i = end;
	}
}

/* Return the index of the first line in [FROM, TO) that is exactly S. */
static size_t
find_line(const struct own *o, const char *s, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to && i < o->l->n; i++)
		if (strcmp(o->l->line[i], s) == 0)
			return i;
	return to;
}

/* Return the heading line NUMERAL、TEXT (takes NUMERAL).  Caller frees. */
static char *
heading_text(char *numeral, const char *text)
{
	char *clean = layout_clean(text, false);
	char *h = xasprintf("%s%s%s", numeral, "\xe3\x80\x81", clean);

	free(clean);
	free(numeral);
	return h;
}

/* Return the line where the multi-line field at index K of section S,
 * read from FROM, ends: the next sub-heading, or TO. */
static size_t
multiline_end(const struct own *o, const struct template_section *s,
    size_t k, size_t item, size_t from, size_t to)
{
	size_t j;

	for (j = k + 1; j < s->n_fields; j++) {
		const struct template_field *g = template_field(o->t,
		    s->fields[j]);
		char *h;
		size_t at;

		if (g == NULL || !layout_has_subheading(o->t, s, g))
			continue;
		h = heading_text(layout_item_numeral(item), g->label);
		at = find_line(o, h, from, to);
		free(h);
		return at;
	}
	return to;
}

/* Read field F (index K of section S) from line *I up to TO. */
static void
own_body_field(struct own *o, const struct template_section *s, size_t k,
    size_t *item, size_t *i, size_t to)
{
	const struct template_field *f = template_field(o->t, s->fields[k]);
	size_t end, from;
	const char *rest;

	if (f == NULL)
		return;
	while (*i < to && ilines_blank(o->l, *i))
		(*i)++;
	if (layout_has_subheading(o->t, s, f)) {
		char *h = heading_text(layout_item_numeral((*item)++),
		    f->label);

		if (*i < to && strcmp(o->l->line[*i], h) == 0) {
			use(o, *i, *i + 1);
			(*i)++;
		}
		free(h);
		while (*i < to && ilines_blank(o->l, *i))
			(*i)++;
	}
	from = *i;
	if (f->kind == FIELD_TABLE) {
		for (end = from; end < to && !ilines_blank(o->l, end); end++)
			;
		own_table(o, f, from, end, 0, f->body);
	} else if (f->kind == FIELD_MULTILINE) {
		end = multiline_end(o, s, k, *item, from, to);
		use(o, from, end);
		while (end > from && ilines_blank(o->l, end - 1))
			end--;
		if (f->body) {
			char *text = import_unwrap(o->l->line + from,
			    end - from, o->cols, true);

			import_set_value(draft_put(o->d, o->t, f->id), f,
			    text);
			free(text);
		}
	} else if (from < to && import_label(o->t, o->l->line[from], &rest)
	    == f) {
		end = value_end(o, from, to);
		if (f->body)
			own_labelled(o, f, from, end, rest);
		use(o, from, end);
	} else {
		end = from;
	}
	*i = end;
}

/* Read the body: the sections of the template, each found by its
 * heading, from line FROM. */
static void
own_body(struct own *o, size_t from)
{
	size_t si, sj, pos = from, n = o->l->n;

	for (si = 0; si < o->t->n_sections; si++) {
		const struct template_section *s = &o->t->sections[si];
		char *h;
		size_t at, end = n, k, item = 0, i;

		if (s->on_sheet)	/* printed on the sheet, read there */
			continue;
		h = heading_text(layout_section_numeral(si), s->heading);
		at = find_line(o, h, pos, n);
		free(h);
		if (at >= n)
			continue;
		use(o, at, at + 1);
		for (sj = si + 1; sj < o->t->n_sections && end == n; sj++) {
			h = heading_text(layout_section_numeral(sj),
			    o->t->sections[sj].heading);
			end = find_line(o, h, at + 1, n);
			free(h);
		}
		for (i = at + 1, k = 0; k < s->n_fields; k++)
			own_body_field(o, s, k, &item, &i, end);
		pos = end;
	}
}

size_t
import_own(const struct ilines *l, const struct template *t,
    struct draft *d, struct problem_list *notes)
{
	struct own o = { l, t, d, notes, 0, 0 };
	size_t i, title = l->n, rule = l->n;

	for (i = 0; i < l->n && title == l->n; i++)
		if (!ilines_blank(l, i))
			title = i;
	use(&o, title, title + 1);
	for (i = title + 1; i < l->n && rule == l->n; i++)
		if (is_rule(l->line[i]))
			rule = i;
	o.cols = copy_width(l, rule);
	use(&o, rule, rule + 1);
	own_sheet(&o, title + 1, rule);
	if (rule < l->n)
		own_body(&o, rule + 1);
	return o.seen;
}
