/* print_sheet.c — the summary sheet of a printed copy: the centered title
 * and one 標籤：值 line per field, in the template's order (see
 * print_layout.h). */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "storage/print_layout.h"

bool
layout_is_boxes(const struct template_field *f)
{
	return f->kind == FIELD_CHOICE || f->kind == FIELD_CHOICES
	    || f->kind == FIELD_BOOL;
}

/* Write TITLE centered by display width, wrapped when it is too wide. */
static void
sheet_title(struct pbuf *b, const char *title)
{
	char *clean = layout_clean(title, false);
	struct wrap_line *lines;
	size_t i, n;

	lines = layout_wrap(clean, b->cols, &n);
	for (i = 0; i < n; i++) {
		pbuf_spaces(b, (b->cols - lines[i].width) / 2);
		pbuf_add(b, clean + lines[i].start, lines[i].len);
		pbuf_end_line(b);
	}
	free(lines);
	free(clean);
}

/* The boxes of a field as they flow on the lines. */
struct flow {
	struct pbuf *b;
	size_t indent;		/* where continuation lines start */
	size_t col;		/* the column the line has reached */
};

/* Write one box and its text, on this line when it fits, else on the
 * next; a box too wide for any line is wrapped. */
static void
flow_token(struct flow *fl, bool checked, const char *text)
{
	struct pbuf *b = fl->b;
	char *token = xasprintf("%s%s", layout_box(checked, b->ascii), text);
	size_t w = text_width(token), avail = b->cols - fl->indent;
	struct wrap_line *lines;
	size_t i, n;

	if (fl->col > fl->indent && fl->col + 1 + w <= b->cols) {
		pbuf_str(b, " ");
		pbuf_str(b, token);
		fl->col += 1 + w;
	} else {
		if (fl->col > fl->indent) {
			pbuf_end_line(b);
			pbuf_spaces(b, fl->indent);
		}
		lines = layout_wrap(token, avail, &n);
		for (i = 0; i < n; i++) {
			if (i > 0) {
				pbuf_end_line(b);
				pbuf_spaces(b, fl->indent);
			}
			pbuf_add(b, token + lines[i].start, lines[i].len);
			fl->col = fl->indent + lines[i].width;
		}
		free(lines);
	}
	free(token);
}

/* Return true when the list V holds the text OPTION. */
static bool
list_has(const struct value *v, const char *option)
{
	size_t i;

	for (i = 0; v != NULL && v->type == VALUE_LIST && i < v->n_items; i++) {
		const char *item = value_text(&v->items[i]);

		if (item != NULL && strcmp(item, option) == 0)
			return true;
	}
	return false;
}

/* Return TEXT (which it takes) without the 、 and spaces at its ends:
 * items are printed joined by 、.  Caller frees. */
static char *
strip_separators(char *text)
{
	size_t n = strlen(LAYOUT_LIST_SEP), len = strlen(text), start = 0;

	for (;;) {
		if (len > start && text[len - 1] == ' ')
			len--;
		else if (len >= start + n && memcmp(text + len - n,
		    LAYOUT_LIST_SEP, n) == 0)
			len -= n;
		else if (len > start && text[start] == ' ')
			start++;
		else if (len >= start + n && memcmp(text + start,
		    LAYOUT_LIST_SEP, n) == 0)
			start += n;
		else
			break;
	}
	memmove(text, text + start, len - start);
	text[len - start] = '\0';
	return text;
}

/* Return the items of list V that are not options of F, joined by 、. */
static char *
others_text(const struct value *v, const struct template_field *f)
{
	char *r = xstrdup("");
	size_t i;

	for (i = 0; v != NULL && v->type == VALUE_LIST && i < v->n_items; i++) {
		const char *item = value_text(&v->items[i]);
		char *clean, *next;

		if (item == NULL || template_field_has_option(f, item))
			continue;
		clean = strip_separators(layout_clean(item, false));
		if (*clean != '\0') {
			next = xasprintf("%s%s%s", r, *r != '\0'
			    ? LAYOUT_LIST_SEP : "", clean);
			free(r);
			r = next;
		}
		free(clean);
	}
	return r;
}

/* Write the boxes of the choice, choices or bool field F with value V. */
static void
sheet_boxes(struct flow *fl, const struct value *v,
    const struct template_field *f)
{
	const char *text = value_text(v);
	size_t i;

	if (f->kind == FIELD_BOOL) {
		flow_token(fl, text != NULL && strcmp(text, "true") == 0,
		    LAYOUT_YES);
		flow_token(fl, text != NULL && strcmp(text, "false") == 0,
		    LAYOUT_NO);
		return;
	}
	for (i = 0; i < f->n_options; i++) {
		char *option = layout_clean(f->options[i], false);

		flow_token(fl, f->kind == FIELD_CHOICE ? text != NULL
		    && strcmp(text, f->options[i]) == 0
		    : list_has(v, f->options[i]), option);
		free(option);
	}
	if (f->kind == FIELD_CHOICE) {
		char *clean = layout_clean(text != NULL ? text : "", false);

		if (*clean != '\0' && !template_field_has_option(f, text))
			flow_token(fl, true, clean);
		free(clean);
	} else {
		char *others = others_text(v, f);

		if (f->allow_other || *others != '\0')
			flow_token(fl, *others != '\0', others);
		free(others);
	}
}

/* Return the widths of the sheet table of F (values V) taken from the
 * table the body repeats, so that both wrap their cells alike and a copy
 * reads back the same however its soft breaks are told; NULL when the
 * body does not repeat it.  Caller frees. */
static size_t *
widths_from_body(struct pbuf *b, const struct template *t,
    const struct template_field *f, const struct value *v)
{
	struct layout_table *body;
	size_t *bw, *widths, i, k = 1;

	if (f->body || !layout_in_body(t, f))
		return NULL;
	body = layout_table_of(v, f, true, true);
	bw = layout_table_widths(body, b->cols, 0);
	widths = xcalloc(f->n_columns + 1, sizeof *widths);
	for (i = 0; i < f->n_columns; i++) {
		widths[i] = bw[k];
		k += f->columns[i].kind == FIELD_DATE ? 2 : 1;
	}
	free(bw);
	layout_table_free(body);
	return widths;
}

/* Write the label of F and its colon; return the column its value starts
 * at.  A label too wide to leave LAYOUT_KEEP_COLUMNS for the value (a
 * template's own, from a file) is wrapped on lines of its own, *BELOW is
 * set, and the value is to start on the next line at
 * LAYOUT_LONG_LABEL_INDENT. */
static size_t
write_label(struct pbuf *b, const struct template_field *f, bool *below)
{
	char *label = layout_clean(f->label, false);
	char *line = xasprintf("%s%s", label, LAYOUT_COLON);
	size_t w = text_width(line);

	pbuf_field(b, NULL);
	*below = w + LAYOUT_KEEP_COLUMNS > b->cols;
	if (*below) {
		pbuf_block(b, line, 0);
		w = LAYOUT_LONG_LABEL_INDENT;
	} else {
		pbuf_str(b, line);
	}
	free(line);
	free(label);
	return w;
}

void
print_labelled(struct pbuf *b, const struct draft *d,
    const struct template *t, const struct template_field *f)
{
	const struct value *v = draft_get(d, f->id);
	bool below;
	size_t indent = write_label(b, f, &below);

	pbuf_field(b, f->id);
	if (layout_is_boxes(f)) {
		struct flow fl = { b, indent, indent };

		if (below)
			pbuf_spaces(b, indent);
		sheet_boxes(&fl, v, f);
		pbuf_end_line(b);
	} else if (f->kind == FIELD_TABLE) {
		struct layout_table *table = layout_table_of(v, f, false,
		    false);
		size_t *widths = widths_from_body(b, t, f, v);

		if (!below)
			pbuf_end_line(b);
		pbuf_table(b, table, LAYOUT_SHEET_TABLE_INDENT, widths);
		layout_table_free(table);
		free(widths);
	} else {
		char *text = layout_value_text(v, f);

		if (below && *text != '\0')
			pbuf_spaces(b, indent);
		if (!below || *text != '\0')
			pbuf_block(b, text, indent);
		free(text);
	}
	pbuf_field(b, NULL);
}

void
print_sheet(struct pbuf *b, const struct draft *d, const struct template *t)
{
	size_t i;

	sheet_title(b, t->title != NULL ? t->title : t->name);
	pbuf_end_line(b);
	for (i = 0; i < t->n_fields; i++)
		if (!t->fields[i].body)
			print_labelled(b, d, t, &t->fields[i]);
}
