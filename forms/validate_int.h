/* validate_int.h — what the field rules (validate.c) and the sheet-level
 * rules (sheet_rules.c) share; no other part includes it.
 */
#ifndef TRIPREPORT_FORMS_VALIDATE_INT_H
#define TRIPREPORT_FORMS_VALIDATE_INT_H

#include <stddef.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* One run of the rules: the draft, its template, and where problems go. */
struct validation {
	const struct draft *draft;
	const struct template *tmpl;
	struct problem_list *out;
};

/* A place in the draft file, 1-based; 0 when unknown. */
struct place {
	int line;
	int col;
};

/* Return the place of V, or FALLBACK when V is NULL or has none. */
struct place validation_value_place(const struct value *v,
    struct place fallback);

/* Return the place of field ID's value; for a missing value, the place
 * of its key, else of the "fields" key, else of the draft. */
struct place validation_field_place(const struct validation *v,
    const char *id);

/* Return TEXT as a message may quote it: sanitized for the terminal and
 * cut to a few dozen columns.  Caller frees. */
char *validation_quote(const char *text);

/* Return the name of field ID for messages: its label, or its id.  The
 * string belongs to the template. */
const char *validation_label(const struct template *t, const char *id);

/* Return the name of cell COLUMN in row ROW (1-based) of TABLE for
 * messages: 出國人員第2列的姓名.  Caller frees. */
char *validation_cell_name(const struct template_field *table, size_t row,
    const struct template_field *column);

/* Return TEXT without the white space around it compared with WANT:
 * true when they are equal. */
bool validation_text_is(const char *text, const char *want);

/* Apply every sheet-level rule that V's template names. */
void sheet_rules_apply(const struct validation *v);

#endif
