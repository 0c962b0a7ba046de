/* draft.c — one draft's values (see draft.h). */
#include <config.h>

#include "forms/draft.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

/* Give V the empty value of field F in a new draft: its default, or "". */
static void
set_field_default(struct value *v, const struct template_field *f)
{
	const char *def = f->default_value != NULL ? f->default_value : "";

	switch (f->kind) {
	case FIELD_CHOICES:
		value_set_list(v);
		if (*def != '\0')
			value_set_text(value_list_append(v), def);
		break;
	case FIELD_TABLE:
		value_set_list(v);
		break;
	case FIELD_DATERANGE:
		value_set_map(v);
		value_set_text(value_map_put(v, "from"), "");
		value_set_text(value_map_put(v, "to"), "");
		break;
	default:
		value_set_text(v, def);
		break;
	}
}

struct draft *
draft_new(const struct template *t)
{
	struct draft *d = xcalloc(1, sizeof *d);
	struct value *fields;
	char format[64];
	size_t i;

	d->template_id = xstrdup(t->id);
	value_set_map(&d->top);
	snprintf(format, sizeof format, "%s/%d", DRAFT_FORMAT_NAME,
	    DRAFT_FORMAT_VERSION);
	value_set_text(value_map_put(&d->top, "format"), format);
	value_set_text(value_map_put(&d->top, "template"), t->id);
	fields = value_map_put(&d->top, "fields");
	value_set_map(fields);
	for (i = 0; i < t->n_fields; i++)
		set_field_default(value_map_put(fields, t->fields[i].id),
		    &t->fields[i]);
	return d;
}

struct draft *
draft_adopt(struct value *top, const char *template_id)
{
	struct draft *d = xcalloc(1, sizeof *d);

	d->template_id = xstrdup(template_id);
	d->top = *top;
	value_init(top);
	return d;
}

void
draft_free(struct draft *d)
{
	if (d == NULL)
		return;
	free(d->template_id);
	value_free(&d->top);
	free(d);
}

struct draft *
draft_copy(const struct draft *d)
{
	struct draft *c = xcalloc(1, sizeof *c);

	c->template_id = xstrdup(d->template_id);
	value_init(&c->top);
	value_copy(&c->top, &d->top);
	return c;
}

const struct value *
draft_fields(const struct draft *d)
{
	const struct value *f = value_map_get(&d->top, "fields");

	return f != NULL && f->type == VALUE_MAP ? f : NULL;
}

const struct value *
draft_get(const struct draft *d, const char *id)
{
	return value_map_get(draft_fields(d), id);
}

const char *
draft_get_text(const struct draft *d, const char *id)
{
	return value_text(draft_get(d, id));
}

/* Return where field ID belongs in the map FIELDS: after the last entry
 * that comes before it in T's order. */
static size_t
field_position(const struct value *fields, const struct template *t,
    const char *id)
{
	long want = template_field_index(t, id);
	size_t i, pos = fields->n_entries;

	if (want < 0)
		return pos;
	for (i = 0; i < fields->n_entries; i++) {
		long have = template_field_index(t, fields->entries[i].key);

		if (have > want)
			return i;
	}
	return pos;
}

struct value *
draft_put(struct draft *d, const struct template *t, const char *id)
{
	struct value *fields = value_map_get(&d->top, "fields");

	if (fields == NULL)
		fields = value_map_put(&d->top, "fields");
	if (fields->type != VALUE_MAP)
		value_set_map(fields);
	return value_map_put_at(fields, id, field_position(fields, t, id));
}

int
draft_value_date(const struct value *v, struct date *out)
{
	const char *text = value_text(v);

	if (text == NULL)
		return -1;
	return date_parse_iso(text, out);
}

int
draft_get_range_date(const struct draft *d, const char *id, const char *key,
    struct date *out)
{
	return draft_value_date(value_map_get(draft_get(d, id), key), out);
}
