/* draft.h — one draft: the values a user has filled in for a template.
 *
 * A draft is the whole file as a tree (struct value): the "format" and
 * "template" keys, the "fields" map, and any key the program does not
 * know, all in file order.  Field values by kind:
 *   text, multiline, choice, phone, integer, date  a scalar (dates ISO)
 *   bool                                         a scalar "true"/"false"
 *   choices                                      a list of scalars; an item
 *                                                that is not an option is
 *                                                the free-text "other"
 *   daterange                                    a map {from, to}
 *   table                                        a list of maps, one a row
 * A draft owns its tree; draft_free() frees it.
 */
#ifndef TRIPREPORT_FORMS_DRAFT_H
#define TRIPREPORT_FORMS_DRAFT_H

#include <stdbool.h>

#include "forms/date.h"
#include "forms/template.h"
#include "forms/value.h"

/* The schema name and the newest version this program reads and writes. */
#define DRAFT_FORMAT_NAME "tripreport"
#define DRAFT_FORMAT_VERSION 1

struct draft {
	char *template_id;	/* owned; the "template" key */
	struct value top;	/* VALUE_MAP: the whole file, in order */
};

/* Return a new draft of template T: format, template, and every field of T
 * with its default value (or empty).  Caller frees with draft_free(). */
struct draft *draft_new(const struct template *t);

/* Return a new draft that takes over TOP (a VALUE_MAP read from a file),
 * with TEMPLATE_ID copied.  TOP is left VALUE_NULL.  Caller frees. */
struct draft *draft_adopt(struct value *top, const char *template_id);

/* Free D and all it owns.  D may be NULL. */
void draft_free(struct draft *d);

/* Return a deep copy of D.  Caller frees with draft_free(). */
struct draft *draft_copy(const struct draft *d);

/* Return the "fields" map of D, or NULL when the draft has none. */
const struct value *draft_fields(const struct draft *d);

/* Return the value of field ID, or NULL when the draft has none. */
const struct value *draft_get(const struct draft *d, const char *id);

/* Return the text of scalar field ID, or NULL. */
const char *draft_get_text(const struct draft *d, const char *id);

/* Return the value of field ID for change, adding it (VALUE_NULL) in T's
 * field order when missing; the "fields" map is made when missing. */
struct value *draft_put(struct draft *d, const struct template *t,
    const char *id);

/* Read the ISO date in V (a scalar) into *OUT: 0, or -1 when V holds no
 * valid date. */
int draft_value_date(const struct value *v, struct date *out);

/* Read the ISO date of daterange field ID's KEY ("from" or "to"): 0 or -1. */
int draft_get_range_date(const struct draft *d, const char *id,
    const char *key, struct date *out);

#endif
