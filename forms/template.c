/* template.c — the model of an official form (see template.h). */
#include <config.h>

#include "forms/template.h"

#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

/* The names of the field kinds, as templates spell them, by kind. */
static const char *const kind_names[] = {
	[FIELD_TEXT] = "text",
	[FIELD_MULTILINE] = "multiline",
	[FIELD_CHOICE] = "choice",
	[FIELD_CHOICES] = "choices",
	[FIELD_BOOL] = "bool",
	[FIELD_INTEGER] = "integer",
	[FIELD_DATE] = "date",
	[FIELD_DATERANGE] = "daterange",
	[FIELD_PHONE] = "phone",
	[FIELD_TABLE] = "table",
};

struct template *
template_new(void)
{
	return xcalloc(1, sizeof(struct template));
}

void
template_field_clear(struct template_field *f)
{
	size_t i;

	free(f->id);
	free(f->label);
	free(f->label_en);
	free(f->unless_field);
	free(f->unless_value);
	free_strings(f->options, f->n_options);
	free(f->default_value);
	free(f->pattern);
	free(f->example);
	free(f->separators);
	for (i = 0; i < f->n_columns; i++)
		template_field_clear(&f->columns[i]);
	free(f->columns);
	memset(f, 0, sizeof *f);
}

void
template_free(struct template *t)
{
	size_t i;

	if (t == NULL)
		return;
	free(t->id);
	free(t->name);
	free(t->name_en);
	free(t->title);
	for (i = 0; i < t->n_fields; i++)
		template_field_clear(&t->fields[i]);
	free(t->fields);
	free_strings(t->rules, t->n_rules);
	for (i = 0; i < t->n_sections; i++) {
		free(t->sections[i].heading);
		free_strings(t->sections[i].fields, t->sections[i].n_fields);
	}
	free(t->sections);
	free(t);
}

long
template_field_index(const struct template *t, const char *id)
{
	size_t i;

	for (i = 0; i < t->n_fields; i++)
		if (strcmp(t->fields[i].id, id) == 0)
			return (long)i;
	return -1;
}

const struct template_field *
template_field(const struct template *t, const char *id)
{
	long i = template_field_index(t, id);

	return i < 0 ? NULL : &t->fields[i];
}

const struct template_field *
template_column(const struct template_field *f, const char *id)
{
	size_t i;

	for (i = 0; i < f->n_columns; i++)
		if (strcmp(f->columns[i].id, id) == 0)
			return &f->columns[i];
	return NULL;
}

bool
template_has_rule(const struct template *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->n_rules; i++)
		if (strcmp(t->rules[i], name) == 0)
			return true;
	return false;
}

bool
template_field_has_option(const struct template_field *f, const char *option)
{
	size_t i;

	for (i = 0; i < f->n_options; i++)
		if (strcmp(f->options[i], option) == 0)
			return true;
	return false;
}

int
field_kind_from_name(const char *name, enum field_kind *kind)
{
	size_t i;

	for (i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++) {
		if (strcmp(kind_names[i], name) == 0) {
			*kind = (enum field_kind)i;
			return 0;
		}
	}
	return -1;
}

const char *
field_kind_name(enum field_kind kind)
{
	if ((size_t)kind >= sizeof kind_names / sizeof kind_names[0])
		return "?";
	return kind_names[kind];
}
