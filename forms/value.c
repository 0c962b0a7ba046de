/* value.c — the tree of a draft's values (see value.h). */
#include <config.h>

#include "forms/value.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

void
value_init(struct value *v)
{
	memset(v, 0, sizeof *v);
	v->type = VALUE_NULL;
}

void
value_free(struct value *v)
{
	size_t i;

	if (v == NULL)
		return;
	free(v->text);
	for (i = 0; i < v->n_items; i++)
		value_free(&v->items[i]);
	free(v->items);
	for (i = 0; i < v->n_entries; i++) {
		free(v->entries[i].key);
		value_free(&v->entries[i].value);
	}
	free(v->entries);
	value_init(v);
}

/* Free V's contents but keep its place in the file. */
static void
value_reset(struct value *v)
{
	int line = v->line, col = v->col;

	value_free(v);
	v->line = line;
	v->col = col;
}

void
value_set_text(struct value *v, const char *text)
{
	char *copy = xstrdup(text);	/* TEXT may live inside V */

	value_reset(v);
	v->type = VALUE_SCALAR;
	v->text = copy;
}

void
value_set_list(struct value *v)
{
	value_reset(v);
	v->type = VALUE_LIST;
}

void
value_set_map(struct value *v)
{
	value_reset(v);
	v->type = VALUE_MAP;
}

void
value_copy(struct value *dst, const struct value *src)
{
	size_t i;

	value_free(dst);
	dst->type = src->type;
	dst->style = src->style;
	dst->line = src->line;
	dst->col = src->col;
	if (src->text != NULL)
		dst->text = xstrdup(src->text);
	if (src->n_items > 0) {
		dst->items = xcalloc(src->n_items, sizeof *dst->items);
		for (i = 0; i < src->n_items; i++)
			value_copy(&dst->items[i], &src->items[i]);
		dst->n_items = src->n_items;
	}
	if (src->n_entries > 0) {
		dst->entries = xcalloc(src->n_entries, sizeof *dst->entries);
		for (i = 0; i < src->n_entries; i++) {
			struct value_entry *e = &dst->entries[i];

			e->key = xstrdup(src->entries[i].key);
			e->line = src->entries[i].line;
			e->col = src->entries[i].col;
			value_copy(&e->value, &src->entries[i].value);
		}
		dst->n_entries = src->n_entries;
	}
}

bool
value_equal(const struct value *a, const struct value *b)
{
	size_t i;

	if (a->type != b->type)
		return false;
	switch (a->type) {
	case VALUE_NULL:
		return true;
	case VALUE_SCALAR:
		return strcmp(a->text, b->text) == 0;
	case VALUE_LIST:
		if (a->n_items != b->n_items)
			return false;
		for (i = 0; i < a->n_items; i++)
			if (!value_equal(&a->items[i], &b->items[i]))
				return false;
		return true;
	case VALUE_MAP:
		if (a->n_entries != b->n_entries)
			return false;
		for (i = 0; i < a->n_entries; i++)
			if (strcmp(a->entries[i].key, b->entries[i].key) != 0
			    || !value_equal(&a->entries[i].value,
			    &b->entries[i].value))
				return false;
		return true;
	}
	return false;
}

bool
value_is_empty(const struct value *v)
{
	const char *p;

	if (v == NULL)
		return true;
	switch (v->type) {
	case VALUE_NULL:
		return true;
	case VALUE_SCALAR:
		for (p = v->text; *p != '\0'; p++)
			if (!isspace((unsigned char)*p))
				return false;
		return true;
	case VALUE_LIST:
		return v->n_items == 0;
	case VALUE_MAP:
		return v->n_entries == 0;
	}
	return true;
}

const char *
value_text(const struct value *v)
{
	return v != NULL && v->type == VALUE_SCALAR ? v->text : NULL;
}

struct value *
value_list_insert(struct value *v, size_t index)
{
	if (v->type != VALUE_LIST)
		value_set_list(v);
	if (index > v->n_items)
		index = v->n_items;
	v->items = xreallocarray(v->items, v->n_items + 1, sizeof *v->items);
	memmove(&v->items[index + 1], &v->items[index],
	    (v->n_items - index) * sizeof *v->items);
	v->n_items++;
	value_init(&v->items[index]);
	return &v->items[index];
}

struct value *
value_list_append(struct value *v)
{
	return value_list_insert(v, v->type == VALUE_LIST ? v->n_items : 0);
}

void
value_list_remove(struct value *v, size_t index)
{
	if (v->type != VALUE_LIST || index >= v->n_items)
		return;
	value_free(&v->items[index]);
	memmove(&v->items[index], &v->items[index + 1],
	    (v->n_items - index - 1) * sizeof *v->items);
	v->n_items--;
}

struct value *
value_map_get(const struct value *v, const char *key)
{
	size_t i;

	if (v == NULL || v->type != VALUE_MAP)
		return NULL;
	for (i = 0; i < v->n_entries; i++)
		if (strcmp(v->entries[i].key, key) == 0)
			return &v->entries[i].value;
	return NULL;
}

struct value *
value_map_put_at(struct value *v, const char *key, size_t position)
{
	struct value *found = value_map_get(v, key);
	struct value_entry *e;

	if (found != NULL)
		return found;
	if (v->type != VALUE_MAP)
		value_set_map(v);
	if (position > v->n_entries)
		position = v->n_entries;
	v->entries = xreallocarray(v->entries, v->n_entries + 1,
	    sizeof *v->entries);
	memmove(&v->entries[position + 1], &v->entries[position],
	    (v->n_entries - position) * sizeof *v->entries);
	v->n_entries++;
	e = &v->entries[position];
	e->key = xstrdup(key);
	e->line = e->col = 0;
	value_init(&e->value);
	return &e->value;
}

struct value *
value_map_put(struct value *v, const char *key)
{
	return value_map_put_at(v, key,
	    v->type == VALUE_MAP ? v->n_entries : 0);
}

bool
value_map_remove(struct value *v, const char *key)
{
	size_t i;

	if (v->type != VALUE_MAP)
		return false;
	for (i = 0; i < v->n_entries; i++) {
		if (strcmp(v->entries[i].key, key) != 0)
			continue;
		free(v->entries[i].key);
		value_free(&v->entries[i].value);
		memmove(&v->entries[i], &v->entries[i + 1],
		    (v->n_entries - i - 1) * sizeof *v->entries);
		v->n_entries--;
		return true;
	}
	return false;
}
