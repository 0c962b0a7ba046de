/* yaml_tree.h — one YAML document read into a tree of values (libyaml).
 *
 * Shared by the draft and the template loaders.  The reader is strict
 * about what could hurt or mislead: it refuses invalid UTF-8 and control
 * characters, anchors and aliases (no alias bombs), tags other than the
 * standard str/seq/map, keys that are not text or too long, duplicate
 * keys, NUL characters in text, nesting deeper than a cap, an empty
 * stream and more than one document.  Each refusal is one error with the line and column
 * (1-based) where it was found.  Plain null scalars (empty, ~, null) are
 * VALUE_NULL; every other scalar keeps its text and its style.
 */
#ifndef TRIPREPORT_STORAGE_YAML_TREE_H
#define TRIPREPORT_STORAGE_YAML_TREE_H

#include <stddef.h>

#include "forms/problem.h"
#include "forms/value.h"

/* The longest key accepted, in bytes. */
#define YAML_TREE_MAX_KEY 256

/* Parse the LEN bytes at DATA, one YAML document, into OUT (which must be
 * VALUE_NULL; caller frees with value_free()).  Lists and maps may nest
 * MAX_DEPTH deep.  Return 0, or -1 after appending one error (field NULL)
 * to ERRORS, with OUT left VALUE_NULL. */
int yaml_tree_parse(const char *data, size_t len, int max_depth,
    struct value *out, struct problem_list *errors);

/* Store in *LINE and *COL (1-based, columns in characters) the place of
 * byte OFFSET of the LEN bytes at DATA. */
void yaml_tree_place(const char *data, size_t len, size_t offset, int *line,
    int *col);

#endif
