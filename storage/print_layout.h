/* print_layout.h — the pieces of the printed layout, shared by the
 * printer (print_*.c) and the reader of printed copies (import_own.c), so
 * that what one writes the other reads.  Internal to storage/.
 */
#ifndef TRIPREPORT_STORAGE_PRINT_LAYOUT_H
#define TRIPREPORT_STORAGE_PRINT_LAYOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "forms/draft.h"
#include "forms/template.h"
#include "forms/wrap.h"
#include "storage/print.h"
#include "storage/strbuf.h"

/* The marks of the layout, in full and in --ascii form. */
#define LAYOUT_COLON "\xef\xbc\x9a"		/* ： */
#define LAYOUT_BOX_ON "\xe2\x96\xa0"		/* ■ */
#define LAYOUT_BOX_OFF "\xe2\x96\xa1"		/* □ */
#define LAYOUT_ASCII_BOX_ON "[x]"
#define LAYOUT_ASCII_BOX_OFF "[ ]"
#define LAYOUT_RULE "\xe2\x94\x80"		/* ─ */
#define LAYOUT_ASCII_RULE "-"
#define LAYOUT_RANGE "\xe8\x87\xb3"		/* 至 */
#define LAYOUT_LIST_SEP "\xe3\x80\x81"		/* 、 */
#define LAYOUT_YES "\xe6\x98\xaf"		/* 是 */
#define LAYOUT_NO "\xe5\x90\xa6"		/* 否 */
#define LAYOUT_NUMBER "\xe7\xb7\xa8\xe8\x99\x9f"	/* 編號 */
#define LAYOUT_WEEKDAY "\xe6\x98\x9f\xe6\x9c\x9f"	/* 星期 */
/* What an empty first cell of a table row shows: a row whose first cell
 * is blank reads as the next line of the row above. */
#define LAYOUT_EMPTY_CELL "-"
/* Columns between the cells of a table, and the indent of a sheet table. */
#define LAYOUT_TABLE_GAP 2
#define LAYOUT_SHEET_TABLE_INDENT 2
/* A table column keeps this much of its width while a wider one can give
 * (a ROC date such as 113年12月31日 takes 13). */
#define LAYOUT_KEEP_COLUMNS 14
/* The narrowest a table column gets: one CJK character. */
#define LAYOUT_MIN_COLUMN 2
/* Where the value of a field goes, below its label, when the label is too
 * wide to have the value beside it. */
#define LAYOUT_LONG_LABEL_INDENT 2

/* The copy as it is built: text, and which field each stretch shows. */
struct pbuf {
	struct strbuf text;
	struct print_span *spans;
	size_t n_spans;
	size_t cap_spans;
	const char *field;	/* the field being written, or NULL */
	size_t field_start;
	size_t cols;		/* the width of a line */
	bool ascii;
};

/* print_buf.c: building the copy. */
void pbuf_init(struct pbuf *b, const struct print_options *o);
void pbuf_add(struct pbuf *b, const char *s, size_t n);
void pbuf_str(struct pbuf *b, const char *s);
void pbuf_spaces(struct pbuf *b, size_t n);
/* End the current line, dropping the spaces at its end. */
void pbuf_end_line(struct pbuf *b);
/* From here on the text shows field ID (NULL: the form's own text). */
void pbuf_field(struct pbuf *b, const char *id);
/* Write TEXT wrapped at B's width less INDENT, every line but the first
 * indented by INDENT spaces (the first goes on where the line stands);
 * '\n' in TEXT ends a line.  Ends the last line. */
void pbuf_block(struct pbuf *b, const char *text, size_t indent);
/* Write a rule line as wide as the copy. */
void pbuf_rule(struct pbuf *b);
/* Hand the text and spans over to a copy.  Caller frees. */
struct print_copy *pbuf_finish(struct pbuf *b);

/* print_text.c: values as the copy shows them. */
/* Return S safe for a copy: tabs as spaces, '\r' dropped, control
 * characters escaped; newlines kept when KEEP_NEWLINES, else spaces.
 * Leading and trailing white space go.  Caller frees. */
char *layout_clean(const char *s, bool keep_newlines);
/* Return the text of value V of field (or column) F, as printed on one
 * flow: dates in ROC form, a range as 107年7月7日至107年7月11日.  Caller
 * frees. */
char *layout_value_text(const struct value *v, const struct template_field *f);
/* Return the ISO date S in ROC form, or a clean copy of S when it is no
 * date.  Caller frees. */
char *layout_date(const char *s);
/* Return the numeral of section I (0-based): 壹, 貳 … 拾, 拾壹 …  Caller
 * frees. */
char *layout_section_numeral(size_t i);
/* Return the numeral of item I (0-based) in a section: 一, 二 … 十, 十一
 * …  Caller frees. */
char *layout_item_numeral(size_t i);
/* Return TEXT wrapped at COLS (forms/wrap.h) as the copy prints it: the
 * spaces where a line breaks softly are dropped, so no printed line
 * starts with them or is made of them.  Store the number of lines in *N.
 * Caller frees. */
struct wrap_line *layout_wrap(const char *text, size_t cols, size_t *n);
/* Return the box mark for CHECKED. */
const char *layout_box(bool checked, bool ascii);

/* print_table.c: tables. */
struct layout_table {
	size_t n_cols;
	char **labels;		/* n_cols; owned */
	size_t n_rows;
	char **cells;		/* n_rows * n_cols, row by row; owned */
};
/* Return the table of field F in D, as printed: cells as
 * layout_value_text() gives them, rows with no cell filled left out, an
 * empty first cell as LAYOUT_EMPTY_CELL; with
 * a 編號 column first when NUMBER, and a 星期 column after each date
 * column when WEEKDAY.  Caller frees
 * with layout_table_free(). */
struct layout_table *layout_table_of(const struct value *rows,
    const struct template_field *f, bool number, bool weekday);
void layout_table_free(struct layout_table *t);
/* Return the width of each column of T laid out COLS wide, indented by
 * INDENT: each as wide as its widest cell where the line allows, else
 * narrower, the long text giving way first.  Caller frees. */
size_t *layout_table_widths(const struct layout_table *t, size_t cols,
    size_t indent);
/* Write T with columns aligned by display width, indented by INDENT, the
 * cells that do not fit wrapped inside their column; WIDTHS gives the
 * columns' widths, or NULL to work them out. */
void pbuf_table(struct pbuf *b, const struct layout_table *t, size_t indent,
    const size_t *widths);

/* print_sheet.c and print_body.c */
void print_sheet(struct pbuf *b, const struct draft *d,
    const struct template *t);
void print_body(struct pbuf *b, const struct draft *d,
    const struct template *t);
/* Write field F of D (a draft of T) as 標籤：值, the value wrapped under
 * itself (a table below its label). */
void print_labelled(struct pbuf *b, const struct draft *d,
    const struct template *t, const struct template_field *f);
/* Return true when one of T's body sections shows field F. */
bool layout_in_body(const struct template *t, const struct template_field *f);
/* Return true when field F is written by box marks (choice, choices,
 * bool). */
bool layout_is_boxes(const struct template_field *f);
/* Return true when, in section S of T, field F gets a numbered
 * sub-heading (一、行程表): tables always, and multi-line text when the
 * section holds more than one. */
bool layout_has_subheading(const struct template *t,
    const struct template_section *s, const struct template_field *f);

#endif
