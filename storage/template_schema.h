/* template_schema.h — reading the values of a template file, each checked
 * against the schema, with errors that name the key and the place.
 * Used by template_yaml.c; the field schema is in template_field_yaml.c.
 */
#ifndef TRIPREPORT_STORAGE_TEMPLATE_SCHEMA_H
#define TRIPREPORT_STORAGE_TEMPLATE_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "forms/problem.h"
#include "forms/template.h"
#include "forms/value.h"

/* Where the errors of one template file go. */
struct schema {
	struct problem_list *errors;
};

/* Append an error at the place of V (may be NULL) naming KEY (may be
 * NULL); FMT is printf-like.  Return -1. */
int schema_error(struct schema *s, const struct value *v, const char *key,
    const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Check that V (the value of KEY, or NULL at the top) is a map whose keys
 * are all among the NULL-terminated KEYS.  Return 0, or -1. */
int schema_map(struct schema *s, const struct value *v, const char *key,
    const char *const *keys);

/* Store a copy of the text of KEY in the map V in *OUT (caller frees);
 * a missing key is an error when REQUIRED, else leaves *OUT NULL.
 * Return 0, or -1. */
int schema_text(struct schema *s, const struct value *v, const char *key,
    bool required, char **out);

/* Store the bool (true/false) of KEY in the map V in *OUT, when given.
 * Return 0, or -1. */
int schema_bool(struct schema *s, const struct value *v, const char *key,
    bool *out);

/* Store the integer of KEY in the map V in *OUT, when given.  Return 0,
 * or -1. */
int schema_long(struct schema *s, const struct value *v, const char *key,
    long *out);

/* Store copies of the texts of the list V (the value of KEY) in *OUT, a
 * new array of *N (caller frees).  Return 0, or -1. */
int schema_strings(struct schema *s, const struct value *v, const char *key,
    char ***out, size_t *n);

/* Check that ID (the text of V, the value of KEY) is an identifier:
 * a-z, then a-z, 0-9 or _.  Return 0, or -1. */
int schema_id(struct schema *s, const struct value *v, const char *key,
    const char *id);

/* Read the field map V into F (zeroed first); a column of a table when
 * COLUMN.  Return 0, or -1. */
int schema_field(struct schema *s, const struct value *v,
    struct template_field *f, bool column);

#endif
