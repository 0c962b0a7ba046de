/* draft_diff.c — what differs between two drafts (see draft_diff.h). */
#include <config.h>

#include "forms/draft_diff.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

/* Return true when the values A and B (either may be NULL) hold the same
 * data, counting every kind of empty as equal. */
static bool
same_value(const struct value *a, const struct value *b)
{
	bool ea = value_is_empty(a), eb = value_is_empty(b);

	if (ea || eb)
		return ea && eb;
	return value_equal(a, b);
}

/* Append a copy of KEY to the list *LIST of *N strings. */
static void
push(char ***list, size_t *n, const char *key)
{
	*list = xreallocarray(*list, *n + 1, sizeof **list);
	(*list)[(*n)++] = xstrdup(key);
}

/* Return true when KEY is among the N strings of LIST. */
static bool
listed(char *const *list, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], key) == 0)
			return true;
	return false;
}

/* Append to *LIST the keys of the map M that SKIP does not accept and
 * whose values differ in the map OTHER, each once. */
static void
diff_keys(const struct value *m, const struct value *other,
    bool (*skip)(const char *key, const void *arg), const void *arg,
    char ***list, size_t *n)
{
	size_t i;

	if (m == NULL || m->type != VALUE_MAP)
		return;
	for (i = 0; i < m->n_entries; i++) {
		const char *key = m->entries[i].key;

		if (skip(key, arg) || listed(*list, *n, key))
			continue;
		if (!same_value(&m->entries[i].value,
		    value_map_get(other, key)))
			push(list, n, key);
	}
}

/* Return true when KEY is a field of the template ARG. */
static bool
is_template_field(const char *key, const void *arg)
{
	return template_field((const struct template *)arg, key) != NULL;
}

/* Return true when KEY is the "fields" key. */
static bool
is_fields_key(const char *key, const void *arg)
{
	(void)arg;
	return strcmp(key, "fields") == 0;
}

void
draft_diff(const struct draft *a, const struct draft *b,
    const struct template *t, struct draft_diff *out)
{
	const struct value *fa = draft_fields(a), *fb = draft_fields(b);
	size_t i;

	memset(out, 0, sizeof *out);
	for (i = 0; i < t->n_fields; i++) {
		const char *id = t->fields[i].id;

		if (!same_value(value_map_get(fa, id), value_map_get(fb, id)))
			push(&out->fields, &out->n_fields, id);
	}
	diff_keys(fa, fb, is_template_field, t, &out->unknown,
	    &out->n_unknown);
	diff_keys(fb, fa, is_template_field, t, &out->unknown,
	    &out->n_unknown);
	diff_keys(&a->top, &b->top, is_fields_key, NULL, &out->top,
	    &out->n_top);
	diff_keys(&b->top, &a->top, is_fields_key, NULL, &out->top,
	    &out->n_top);
}

size_t
draft_diff_count(const struct draft_diff *d)
{
	return d->n_fields + d->n_unknown + d->n_top;
}

void
draft_diff_clear(struct draft_diff *d)
{
	if (d == NULL)
		return;
	free_strings(d->fields, d->n_fields);
	free_strings(d->unknown, d->n_unknown);
	free_strings(d->top, d->n_top);
	memset(d, 0, sizeof *d);
}
