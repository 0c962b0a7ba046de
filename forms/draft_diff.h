/* draft_diff.h — what differs between two drafts, field by field.
 *
 * For the "look at what differs" choice when recovered changes are
 * offered: the ids of the template's fields whose values differ, in the
 * template's order, then the keys of the "fields" map the template does
 * not know, then the other top-level keys ("format", "template", and any
 * unknown one).  Two values are the same when they hold the same data
 * (places and YAML styles aside); a missing value, a null, blank text, an
 * empty list and an empty map all count as empty, and empty equals empty.
 * Pure model code: no I/O.
 */
#ifndef TRIPREPORT_FORMS_DRAFT_DIFF_H
#define TRIPREPORT_FORMS_DRAFT_DIFF_H

#include <stddef.h>

#include "forms/draft.h"
#include "forms/template.h"

/* The keys that differ between two drafts.  Owns its strings. */
struct draft_diff {
	char **fields;		/* template field ids, in template order */
	size_t n_fields;
	char **unknown;		/* "fields" keys the template lacks, in the
				   order of A then B */
	size_t n_unknown;
	char **top;		/* other top-level keys, A's order then B's */
	size_t n_top;
};

/* Fill OUT (freed first with draft_diff_clear() by the caller when
 * reused) with what differs between drafts A and B of template T. */
void draft_diff(const struct draft *a, const struct draft *b,
    const struct template *t, struct draft_diff *out);

/* Return the number of keys OUT lists. */
size_t draft_diff_count(const struct draft_diff *d);

/* Free what D owns and zero it.  D may be NULL. */
void draft_diff_clear(struct draft_diff *d);

#endif
