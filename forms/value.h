/* value.h — a value of a draft: a scalar, a list or a map, as a tree.
 *
 * A draft keeps every value as it was read, in order, unknown keys
 * included, so that nothing is lost on a load and save.  Each value
 * remembers where it came from in the file (line and column, 1-based; 0
 * for a value made in memory) so that a problem can point into the file.
 * A value owns its text, items and entries; value_free() frees them.
 */
#ifndef TRIPREPORT_FORMS_VALUE_H
#define TRIPREPORT_FORMS_VALUE_H

#include <stdbool.h>
#include <stddef.h>

enum value_type {
	VALUE_NULL,	/* nothing (an empty or "~" value) */
	VALUE_SCALAR,	/* text */
	VALUE_LIST,	/* items, in order */
	VALUE_MAP	/* key: value entries, in order */
};

/* How a scalar was written in the file, kept for keys the program does
 * not know, so that they are written back the same way. */
enum value_style {
	VALUE_STYLE_ANY,	/* the writer chooses */
	VALUE_STYLE_PLAIN,
	VALUE_STYLE_SINGLE,	/* 'quoted' */
	VALUE_STYLE_DOUBLE,	/* "quoted" */
	VALUE_STYLE_LITERAL,	/* | block */
	VALUE_STYLE_FOLDED	/* > block */
};

struct value_entry;

struct value {
	enum value_type type;
	enum value_style style;	/* scalars: as written; lists/maps: flow when
				   VALUE_STYLE_PLAIN was [..] or {..} */
	char *text;		/* VALUE_SCALAR: UTF-8, owned; else NULL */
	struct value *items;	/* VALUE_LIST: owned array */
	size_t n_items;
	struct value_entry *entries; /* VALUE_MAP: owned array */
	size_t n_entries;
	int line;		/* where it starts in the file, 1-based; 0 */
	int col;
};

struct value_entry {
	char *key;		/* owned */
	int line;		/* where the key stands, 1-based; 0 */
	int col;
	struct value value;
};

/* Initialise V as VALUE_NULL with no place.  V need not be freed. */
void value_init(struct value *v);

/* Free what V owns and leave it VALUE_NULL.  V may be NULL. */
void value_free(struct value *v);

/* Make V (freed first) a scalar holding a copy of TEXT. */
void value_set_text(struct value *v, const char *text);

/* Make V (freed first) an empty list, or an empty map. */
void value_set_list(struct value *v);
void value_set_map(struct value *v);

/* Make DST (freed first) a deep copy of SRC, places included. */
void value_copy(struct value *dst, const struct value *src);

/* Return true when A and B hold the same data (places and styles are not
 * compared). */
bool value_equal(const struct value *a, const struct value *b);

/* Return true when V is NULL, VALUE_NULL, a scalar of only white space, an
 * empty list or an empty map. */
bool value_is_empty(const struct value *v);

/* Return the text of a scalar, or NULL for anything else. */
const char *value_text(const struct value *v);

/* Append a VALUE_NULL item to the list V and return it (owned by V). */
struct value *value_list_append(struct value *v);

/* Remove item INDEX of the list V, freeing it. */
void value_list_remove(struct value *v, size_t index);

/* Insert a VALUE_NULL item at INDEX (0..n_items) of list V; return it. */
struct value *value_list_insert(struct value *v, size_t index);

/* Return the value of KEY in the map V, or NULL (also when V is no map). */
struct value *value_map_get(const struct value *v, const char *key);

/* Return the value of KEY in the map V, adding a VALUE_NULL entry at the
 * end when it is missing. */
struct value *value_map_put(struct value *v, const char *key);

/* Return the value of KEY in the map V, adding a VALUE_NULL entry at
 * POSITION (0..n_entries) when it is missing. */
struct value *value_map_put_at(struct value *v, const char *key,
    size_t position);

/* Remove KEY from the map V, if there; return true when it was. */
bool value_map_remove(struct value *v, const char *key);

#endif
