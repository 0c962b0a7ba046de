/* print.h — the plain-text copy of a draft, as the official form reads.
 *
 * The sheet comes first, in the template's order: a centered title, one
 * 標籤：值 line per field, ■/□ boxes for choices and yes/no, tables with
 * columns aligned by display width, long text wrapped at the width with
 * continuation lines under the value, dates in ROC form; a rule ends the
 * sheet.  Then the body: the template's sections numbered 壹、貳、參…,
 * the tables it repeats derived from the sheet's fields (編號 for rows, 星期
 * from dates) so that they cannot disagree with it.  The copy is UTF-8;
 * the caller converts it (storage/encoding.h).  No line is wider than the
 * width, and no control character from a draft reaches the copy.
 */
#ifndef TRIPREPORT_STORAGE_PRINT_H
#define TRIPREPORT_STORAGE_PRINT_H

#include <stdbool.h>
#include <stddef.h>

#include "forms/draft.h"
#include "forms/template.h"

#define PRINT_DEFAULT_COLUMNS 80
#define PRINT_MIN_COLUMNS 40
#define PRINT_MAX_COLUMNS 1000

struct print_options {
	size_t columns;		/* PRINT_MIN_COLUMNS to PRINT_MAX_COLUMNS */
	bool sheet_only;	/* leave out the body */
	bool ascii;		/* [x]/[ ] boxes and '-' rules: no symbols */
};

/* Which field a stretch of the copy shows, so that an error found later
 * (a character an encoding cannot hold) can name the field. */
struct print_span {
	size_t start;		/* byte offsets in the copy, END excluded */
	size_t end;
	char *field;		/* field id; owned */
};

/* A laid-out copy.  print_copy_free() frees it. */
struct print_copy {
	char *text;		/* UTF-8, NUL-terminated; owned */
	size_t len;
	struct print_span *spans;	/* in order; owned */
	size_t n_spans;
};

/* Set O to the defaults: 80 columns, sheet and body, symbols. */
void print_options_init(struct print_options *o);

/* Lay out D (a draft of T) as a plain-text copy.  Return it (caller frees
 * with print_copy_free()). */
struct print_copy *print_layout(const struct draft *d,
    const struct template *t, const struct print_options *o);

/* Free C and all it owns.  C may be NULL. */
void print_copy_free(struct print_copy *c);

/* Return the id of the field shown at byte OFFSET of C, or NULL for the
 * form's own text (title, labels, headings). */
const char *print_copy_field_at(const struct print_copy *c, size_t offset);

/* Return the 1-based line of C on which byte OFFSET stands. */
size_t print_copy_line_at(const struct print_copy *c, size_t offset);

#endif
