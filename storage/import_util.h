/* import_util.h — what both readers of reports share: the text as lines,
 * the rejoining of wrapped lines, and values set from printed text.
 * Internal to storage/.
 */
#ifndef TRIPREPORT_STORAGE_IMPORT_UTIL_H
#define TRIPREPORT_STORAGE_IMPORT_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* The lines of a text, without their '\n' (and '\r'), and which of them
 * have been placed in the draft. */
struct ilines {
	char **line;		/* owned */
	bool *used;
	size_t n;
};

/* Return the lines of TEXT.  Caller frees with ilines_free(). */
struct ilines *ilines_split(const char *text);
void ilines_free(struct ilines *l);
/* Return true when line I of L is empty or only white space. */
bool ilines_blank(const struct ilines *l, size_t i);
/* Append a warning for every line of L in [FROM, TO) that is not blank
 * and was not placed. */
void ilines_report(const struct ilines *l, size_t from, size_t to,
    struct problem_list *notes);

/* Return the N lines at LINES, wrapped at COLS columns by wrap.h, joined
 * back into the text they came from: where a break could be a soft one
 * (the text wrapped again breaks there), the lines are joined, with or
 * without a space as the break shows; else, when HARD, with '\n'.
 * Caller frees. */
char *import_unwrap(char *const *lines, size_t n, size_t cols, bool hard);

/* Return true when TEXT wrapped at COLS gives exactly the N LINES (with
 * the spaces at the ends of lines dropped, as the printer drops them). */
bool import_wraps_to(const char *text, char *const *lines, size_t n,
    size_t cols);

/* Return S with leading spaces removed, at most N columns of them. */
const char *import_skip_indent(const char *s, size_t n);
/* Return true when S starts with PREFIX; store the rest in *REST. */
bool import_starts(const char *s, const char *prefix, const char **rest);

/* Set V, the value of field or column F, from its printed TEXT: a ROC
 * date to ISO, a range split at 至, 是/否 to true/false, a list split at
 * 、; text that is no date stays as it is. */
void import_set_value(struct value *v, const struct template_field *f,
    const char *text);

/* One box of a choice, as printed: ticked or not, and its text. */
struct ibox {
	bool checked;
	char *text;		/* trimmed; owned */
};

/* Return the boxes in TEXT (■/□, [x]/[ ], <input ... type="checkbox"/>)
 * and store their number in *N; text before the first box is ignored.
 * Caller frees with ibox_free(). */
struct ibox *import_boxes(const char *text, size_t *n);
void ibox_free(struct ibox *b, size_t n);
/* Return true when TEXT starts with a box. */
bool import_starts_box(const char *text);
/* Return true when TEXT holds a box. */
bool import_has_box(const char *text);
/* Set V, the value of the choice, choices or bool field F, from BOXES. */
void import_set_boxes(struct value *v, const struct template_field *f,
    const struct ibox *boxes, size_t n);

/* Return the field of T whose label, followed by ：, starts S (the
 * longest such label), with the text after the colon in *REST; or NULL. */
const struct template_field *import_label(const struct template *t,
    const char *s, const char **rest);

/* The readers of each layout (import_own.c, import_web.c).  Each returns
 * how many fields it found in the text (empty ones included). */
size_t import_own(const struct ilines *l, const struct template *t,
    struct draft *d, struct problem_list *notes);
size_t import_web(const struct ilines *l, const struct template *t,
    struct draft *d, struct problem_list *notes);

#endif
