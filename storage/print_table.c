/* print_table.c — tables in a printed copy: columns aligned by display
 * width, a rule under the labels, cells that do not fit wrapped inside
 * their column (see print_layout.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/date.h"
#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "storage/print_layout.h"
#include "storage/strbuf.h"

/* Return the cell of ROW for column C: one line. */
static char *
cell_text(const struct value *row, const struct template_field *c)
{
	char *text = layout_value_text(value_map_get(row, c->id), c), *p;

	for (p = text; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	return text;
}

/* Return the weekday name of the ISO date in ROW's column C, or "". */
static char *
weekday_text(const struct value *row, const struct template_field *c)
{
	struct date d;

	if (draft_value_date(value_map_get(row, c->id), &d) != 0)
		return xstrdup("");
	return xstrdup(date_weekday_name(date_weekday(d)));
}

/* Return the number of columns the table of F gets. */
static size_t
count_columns(const struct template_field *f, bool number, bool weekday)
{
	size_t i, n = number ? 1 : 0;

	for (i = 0; i < f->n_columns; i++)
		n += weekday && f->columns[i].kind == FIELD_DATE ? 2 : 1;
	return n;
}

/* Fill row R of T from ROW (a map) of field F. */
static void
fill_row(struct layout_table *t, size_t r, const struct value *row,
    const struct template_field *f, bool number, bool weekday)
{
	char **cells = t->cells + r * t->n_cols;
	size_t i, k = 0;

	if (number)
		cells[k++] = xasprintf("%zu", r + 1);
	for (i = 0; i < f->n_columns; i++) {
		cells[k++] = cell_text(row, &f->columns[i]);
		if (weekday && f->columns[i].kind == FIELD_DATE)
			cells[k++] = weekday_text(row, &f->columns[i]);
	}
	if (*cells[0] == '\0') {
		free(cells[0]);
		cells[0] = xstrdup(LAYOUT_EMPTY_CELL);
	}
}

/* Return true when ROW has nothing to show in any column of F. */
static bool
row_is_empty(const struct value *row, const struct template_field *f)
{
	size_t i;

	for (i = 0; i < f->n_columns; i++) {
		char *text = cell_text(row, &f->columns[i]);
		bool empty = *text == '\0';

		free(text);
		if (!empty)
			return false;
	}
	return true;
}

struct layout_table *
layout_table_of(const struct value *rows, const struct template_field *f,
    bool number, bool weekday)
{
	struct layout_table *t = xcalloc(1, sizeof *t);
	size_t i, n, k = 0;

	t->n_cols = count_columns(f, number, weekday);
	t->labels = xcalloc(t->n_cols, sizeof *t->labels);
	if (number)
		t->labels[k++] = xstrdup(LAYOUT_NUMBER);
	for (i = 0; i < f->n_columns; i++) {
		t->labels[k++] = layout_clean(f->columns[i].label, false);
		if (weekday && f->columns[i].kind == FIELD_DATE)
			t->labels[k++] = xstrdup(LAYOUT_WEEKDAY);
	}
	n = rows != NULL && rows->type == VALUE_LIST ? rows->n_items : 0;
	t->cells = xcalloc(n * t->n_cols + 1, sizeof *t->cells);
	/* A row left empty shows nothing on paper, so it is left out. */
	for (i = 0; i < n; i++)
		if (!row_is_empty(&rows->items[i], f))
			fill_row(t, t->n_rows++, &rows->items[i], f, number,
			    weekday);
	return t;
}

void
layout_table_free(struct layout_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n_cols; i++)
		free(t->labels[i]);
	for (i = 0; i < t->n_rows * t->n_cols; i++)
		free(t->cells[i]);
	free(t->labels);
	free(t->cells);
	free(t);
}

/* Take columns from the widest of WIDTHS, never below MINS, until their
 * sum is at most AVAIL or none can give more.  Return the sum. */
static size_t
shrink(size_t *widths, const size_t *mins, size_t n, size_t sum,
    size_t avail)
{
	size_t c;

	while (sum > avail) {
		size_t widest = n;

		for (c = 0; c < n; c++)
			if (widths[c] > mins[c] && (widest == n
			    || widths[c] > widths[widest]))
				widest = c;
		if (widest == n)
			break;
		widths[widest]--;
		sum--;
	}
	return sum;
}

/* Return the display width of TEXT without its spaces: what a cell
 * measures however its soft breaks are read back (a space where a line
 * broke is not printed). */
static size_t
tight_width(const char *text)
{
	size_t w = text_width(text);
	const char *p;

	for (p = text; *p != '\0'; p++)
		if (*p == ' ' && w > 0)
			w--;
	return w;
}

/* Measure column C of T: store its label's width (at least 2) in *LABEL,
 * and return its widest cell's (or label's); set *LONG when its cells
 * hold long text (LAYOUT_KEEP_COLUMNS or more, spaces left out). */
static size_t
measure_column(const struct layout_table *t, size_t c, size_t *label,
    bool *long_text)
{
	size_t r, width, tight = 0;

	*label = text_width(t->labels[c]);
	if (*label < LAYOUT_MIN_COLUMN)
		*label = LAYOUT_MIN_COLUMN;
	width = *label;
	for (r = 0; r < t->n_rows; r++) {
		const char *cell = t->cells[r * t->n_cols + c];
		size_t w = text_width(cell), tw = tight_width(cell);

		if (w > width)
			width = w;
		if (tw > tight)
			tight = tw;
	}
	*long_text = tight >= LAYOUT_KEEP_COLUMNS;
	return width;
}

/* Work out the width of each column of T in WIDTHS so that the table fits
 * AVAIL columns where it can.  Long text gives way first: a column keeps
 * its width (a date, a name) while a long one can give, down to
 * LAYOUT_KEEP_COLUMNS and then to its label's width; then any column but
 * the first gives; the first gives last.  Which columns are long is told
 * without their spaces, so that a copy read back lays out the same. */
static void
fit_widths(const struct layout_table *t, size_t avail, size_t *widths)
{
	size_t *labels = xcalloc(t->n_cols, sizeof *labels);
	size_t *keep = xcalloc(t->n_cols, sizeof *keep);
	bool *long_text = xcalloc(t->n_cols, sizeof *long_text);
	size_t c, sum = 0, first;

	for (c = 0; c < t->n_cols; c++) {
		widths[c] = measure_column(t, c, &labels[c], &long_text[c]);
		keep[c] = long_text[c] && widths[c] > LAYOUT_KEEP_COLUMNS
		    ? LAYOUT_KEEP_COLUMNS : widths[c];
		if (keep[c] < labels[c])
			keep[c] = labels[c];
		sum += widths[c];
	}
	first = t->n_cols > 1 && strcmp(t->labels[0], LAYOUT_NUMBER) == 0
	    ? 2 : 1;
	/* The first column is kept whole (up to half the line) while any
	 * other can give: a row goes on to a next line only where its
	 * first cell is blank.  After a 編號 the next one too, as it is
	 * the first of the sheet's own table. */
	for (c = 0; c < first && c < t->n_cols; c++)
		keep[c] = widths[c] < avail / 2 ? widths[c]
		    : labels[c] > avail / 2 ? labels[c] : avail / 2;
	sum = shrink(widths, keep, t->n_cols, sum, avail);
	/* Then the long-text columns alone, then all. */
	for (c = first; c < t->n_cols; c++)
		if (long_text[c])
			keep[c] = labels[c];
	sum = shrink(widths, keep, t->n_cols, sum, avail);
	for (c = first; c < t->n_cols; c++)
		keep[c] = labels[c];
	sum = shrink(widths, keep, t->n_cols, sum, avail);
	sum = shrink(widths, labels, t->n_cols, sum, avail);
	/* Labels too wide for the line (a template's own) wrap too. */
	for (c = 0; c < t->n_cols; c++)
		keep[c] = LAYOUT_MIN_COLUMN;
	shrink(widths, keep, t->n_cols, sum, avail);
	free(labels);
	free(keep);
	free(long_text);
}

/* Return the display width of the LEN bytes at S. */
static size_t
span_width(const char *s, size_t len)
{
	char *copy = xstrndup(s, len);
	size_t w = text_width(copy);

	free(copy);
	return w;
}

/* Write one line of a table: the N texts, each padded to its width. */
static void
table_line(struct pbuf *b, size_t indent, const char *const *texts,
    const size_t *lens, const size_t *widths, size_t n)
{
	size_t c;

	pbuf_spaces(b, indent);
	for (c = 0; c < n; c++) {
		size_t w;

		if (c > 0)
			pbuf_spaces(b, LAYOUT_TABLE_GAP);
		pbuf_add(b, texts[c], lens[c]);
		w = span_width(texts[c], lens[c]);
		if (c + 1 < n && w < widths[c])
			pbuf_spaces(b, widths[c] - w);
	}
	pbuf_end_line(b);
}

/* Write one row of T's columns, the texts CELLS wrapped inside them. */
static void
table_row(struct pbuf *b, const struct layout_table *t, char *const *cells,
    size_t indent, const size_t *widths)
{
	struct wrap_line **lines = xcalloc(t->n_cols, sizeof *lines);
	size_t *n = xcalloc(t->n_cols, sizeof *n);
	const char **texts = xcalloc(t->n_cols, sizeof *texts);
	size_t *lens = xcalloc(t->n_cols, sizeof *lens);
	size_t c, k, height = 1;

	for (c = 0; c < t->n_cols; c++) {
		lines[c] = layout_wrap(cells[c], widths[c], &n[c]);
		if (n[c] > height)
			height = n[c];
	}
	for (k = 0; k < height; k++) {
		for (c = 0; c < t->n_cols; c++) {
			texts[c] = k < n[c] ? cells[c] + lines[c][k].start : "";
			lens[c] = k < n[c] ? lines[c][k].len : 0;
			while (lens[c] > 0 && texts[c][lens[c] - 1] == ' ')
				lens[c]--;
		}
		table_line(b, indent, texts, lens, widths, t->n_cols);
	}
	for (c = 0; c < t->n_cols; c++)
		free(lines[c]);
	free(lines);
	free(n);
	free(texts);
	free(lens);
}

/* Write the labels of T and the rule under them. */
static void
table_head(struct pbuf *b, const struct layout_table *t, size_t indent,
    const size_t *widths)
{
	const char *mark = b->ascii ? LAYOUT_ASCII_RULE : LAYOUT_RULE;
	size_t mw = text_width(mark);
	size_t *lens = xcalloc(t->n_cols, sizeof *lens);
	char **rules = xcalloc(t->n_cols, sizeof *rules);
	size_t c, w;

	table_row(b, t, t->labels, indent, widths);
	for (c = 0; c < t->n_cols; c++) {
		struct strbuf rule = { NULL, 0, 0 };

		for (w = 0; w + mw <= widths[c]; w += mw)
			strbuf_str(&rule, mark);
		rules[c] = strbuf_take(&rule);
		lens[c] = strlen(rules[c]);
	}
	table_line(b, indent, (const char *const *)rules, lens, widths,
	    t->n_cols);
	for (c = 0; c < t->n_cols; c++)
		free(rules[c]);
	free(rules);
	free(lens);
}

size_t *
layout_table_widths(const struct layout_table *t, size_t cols,
    size_t indent)
{
	size_t gaps = t->n_cols > 0 ? (t->n_cols - 1) * LAYOUT_TABLE_GAP : 0;
	size_t avail = cols > indent + gaps ? cols - indent - gaps : 0;
	size_t *widths = xcalloc(t->n_cols + 1, sizeof *widths);

	fit_widths(t, avail, widths);
	return widths;
}

/* Write T row by row as 標籤：值 lines, for a table whose columns cannot
 * stand side by side within the width (a template's own, with many). */
static void
table_records(struct pbuf *b, const struct layout_table *t, size_t indent)
{
	size_t r, c;

	for (r = 0; r < t->n_rows; r++)
		for (c = 0; c < t->n_cols; c++) {
			char *line = xasprintf("%s%s%s", t->labels[c],
			    LAYOUT_COLON, t->cells[r * t->n_cols + c]);

			pbuf_spaces(b, indent);
			pbuf_block(b, line, indent + LAYOUT_TABLE_GAP);
			free(line);
		}
}

/* Return true when columns of WIDTHS stand side by side in B's width. */
static bool
widths_fit(const struct pbuf *b, const struct layout_table *t,
    size_t indent, const size_t *widths)
{
	size_t c, sum = indent;

	for (c = 0; c < t->n_cols; c++)
		sum += widths[c] + (c > 0 ? LAYOUT_TABLE_GAP : 0);
	return sum <= b->cols;
}

void
pbuf_table(struct pbuf *b, const struct layout_table *t, size_t indent,
    const size_t *widths)
{
	size_t *own = NULL;
	size_t r;

	if (widths == NULL || !widths_fit(b, t, indent, widths))
		widths = own = layout_table_widths(t, b->cols, indent);
	if (!widths_fit(b, t, indent, widths)) {
		table_records(b, t, indent);
		free(own);
		return;
	}
	table_head(b, t, indent, widths);
	for (r = 0; r < t->n_rows; r++)
		table_row(b, t, t->cells + r * t->n_cols, indent, widths);
	free(own);
}
