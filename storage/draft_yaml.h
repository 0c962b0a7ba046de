/* draft_yaml.h — drafts as UTF-8 YAML text, both ways (libyaml).
 *
 * Loading accepts what people and other YAML tools write: plain and quoted
 * scalars, block and flow styles, sequences flush with their key.  It
 * refuses, with a problem that names the line and column, and never a
 * half-read draft: invalid UTF-8, anchors and aliases, nesting deeper than
 * DRAFT_YAML_MAX_DEPTH, a document that is not a map, a missing or other
 * "format", a format version newer than this program, and more than one
 * document.  Emitting writes plain UTF-8 (never \u escapes), multi-line
 * text as literal blocks (|), fields in the template's order, unknown keys
 * where they were: what this program wrote comes back byte-identical.
 */
#ifndef TRIPREPORT_STORAGE_DRAFT_YAML_H
#define TRIPREPORT_STORAGE_DRAFT_YAML_H

#include <stddef.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* The deepest nesting of lists and maps accepted in a draft. */
#define DRAFT_YAML_MAX_DEPTH 32

/* Parse the LEN bytes at DATA as a draft.  Return the draft (caller frees
 * with draft_free()), or NULL after appending at least one error to
 * ERRORS.  The template is not checked here (see draft_file.h). */
struct draft *draft_yaml_load(const char *data, size_t len,
    struct problem_list *errors);

/* Check the values of D against the kinds of T's fields: a value of the
 * wrong shape (a list where text belongs, a table row that is not a map
 * ...) is an error naming its field.  Return 0 when none was found. */
int draft_yaml_check_shapes(const struct draft *d, const struct template *t,
    struct problem_list *errors);

/* Return D as YAML text, NUL-terminated, with its length in *LEN (when
 * LEN is not NULL).  Fields of T come in T's order.  Caller frees. */
char *draft_yaml_emit(const struct draft *d, const struct template *t,
    size_t *len);

#endif
