/* template_yaml.c — templates read from YAML data (see template_yaml.h).
 *
 * The schema, one map per template:
 *   format: tripreport-template/1
 *   id, name, name_en, title          text
 *   rules: [rule, ...]                sheet-level rules (validate.h)
 *   fields: [field, ...]              in print order
 *   sections: [{heading, fields: [id, ...]}, ...]
 * and per field (template_field_yaml.c): id, label, label_en, kind,
 * required, unless {field, equals}, body, count, min, max, min_value,
 * max_value, options, other, default, pattern, example, separators,
 * columns, min_rows.
 */
#include <config.h>

#include "storage/template_yaml.h"

#include <stdlib.h>
#include <string.h>

#include "forms/validate.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/template_schema.h"
#include "storage/yaml_tree.h"

/* The format name and version of template files. */
#define TEMPLATE_FORMAT "tripreport-template/1"

/* Templates nest no deeper than this (fields, columns, options). */
#define TEMPLATE_MAX_DEPTH 8

/* Read the list of rule names V into T.  Return 0, or -1. */
static int
read_rules(struct schema *s, const struct value *v, struct template *t)
{
	size_t i;

	if (schema_strings(s, v, "rules", &t->rules, &t->n_rules) != 0)
		return -1;
	for (i = 0; i < t->n_rules; i++)
		if (!validate_rule_known(t->rules[i]))
			return schema_error(s, &v->items[i], "rules",
			    _("unknown rule '%s'"), t->rules[i]);
	return 0;
}

/* Read the section V into SEC, checking its fields exist in T.  Return
 * 0, or -1. */
static int
read_section(struct schema *s, const struct value *v,
    struct template_section *sec, const struct template *t)
{
	static const char *const keys[] = { "heading", "fields", "on_sheet",
		NULL };
	const struct value *list;
	size_t i;

	if (schema_map(s, v, "sections", keys) != 0
	    || schema_text(s, v, "heading", true, &sec->heading) != 0
	    || schema_bool(s, v, "on_sheet", &sec->on_sheet) != 0)
		return -1;
	list = value_map_get(v, "fields");
	if (list == NULL)
		return schema_error(s, v, "sections",
		    _("the key '%s' is missing"), "fields");
	if (schema_strings(s, list, "fields", &sec->fields,
	    &sec->n_fields) != 0)
		return -1;
	for (i = 0; i < sec->n_fields; i++)
		if (template_field(t, sec->fields[i]) == NULL)
			return schema_error(s, &list->items[i], "sections",
			    _("no field has the id '%s'"), sec->fields[i]);
	return 0;
}

/* Read the list of sections V into T.  Return 0, or -1. */
static int
read_sections(struct schema *s, const struct value *v, struct template *t)
{
	size_t i;

	if (v->type != VALUE_LIST)
		return schema_error(s, v, "sections", "%s",
		    _("this is a list of sections"));
	t->sections = xcalloc(v->n_items + 1, sizeof *t->sections);
	for (i = 0; i < v->n_items; i++) {
		t->n_sections = i + 1;
		if (read_section(s, &v->items[i], &t->sections[i], t) != 0)
			return -1;
	}
	return 0;
}

/* Read the list of fields V into T.  Return 0, or -1. */
static int
read_fields(struct schema *s, const struct value *v, struct template *t)
{
	size_t i, j;

	if (v->type != VALUE_LIST || v->n_items == 0)
		return schema_error(s, v, "fields", "%s",
		    _("this is a list of at least one field"));
	t->fields = xcalloc(v->n_items, sizeof *t->fields);
	for (i = 0; i < v->n_items; i++) {
		t->n_fields = i + 1;
		if (schema_field(s, &v->items[i], &t->fields[i], false) != 0)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(t->fields[j].id, t->fields[i].id) == 0)
				return schema_error(s, &v->items[i], "fields",
				    _("the id '%s' is used twice"),
				    t->fields[i].id);
	}
	for (i = 0; i < t->n_fields; i++) {
		const struct template_field *f = &t->fields[i];

		if (f->unless_field != NULL
		    && template_field(t, f->unless_field) == NULL)
			return schema_error(s, &v->items[i], "unless",
			    _("no field has the id '%s'"), f->unless_field);
	}
	return 0;
}

/* Read the top-level map V into T.  Return 0, or -1. */
static int
read_template(struct schema *s, const struct value *v, struct template *t)
{
	static const char *const keys[] = { "format", "id", "name",
		"name_en", "title", "rules", "fields", "sections", NULL };
	const struct value *x;
	char *format = NULL;
	int bad;

	if (schema_map(s, v, NULL, keys) != 0
	    || schema_text(s, v, "format", true, &format) != 0)
		return -1;
	bad = strcmp(format, TEMPLATE_FORMAT) != 0;
	free(format);
	if (bad)
		return schema_error(s, value_map_get(v, "format"), "format",
		    _("the format must be %s"), TEMPLATE_FORMAT);
	if (schema_text(s, v, "id", true, &t->id) != 0
	    || schema_text(s, v, "name", true, &t->name) != 0
	    || schema_text(s, v, "name_en", true, &t->name_en) != 0
	    || schema_text(s, v, "title", true, &t->title) != 0)
		return -1;
	if (schema_id(s, value_map_get(v, "id"), "id", t->id) != 0)
		return -1;
	x = value_map_get(v, "fields");
	if (x == NULL)
		return schema_error(s, v, NULL, _("the key '%s' is missing"),
		    "fields");
	if (read_fields(s, x, t) != 0)
		return -1;
	if ((x = value_map_get(v, "rules")) != NULL
	    && read_rules(s, x, t) != 0)
		return -1;
	if ((x = value_map_get(v, "sections")) != NULL
	    && read_sections(s, x, t) != 0)
		return -1;
	return 0;
}

struct template *
template_yaml_load(const char *data, size_t len, struct problem_list *errors)
{
	struct schema s = { errors };
	struct template *t;
	struct value top;

	if (yaml_tree_parse(data, len, TEMPLATE_MAX_DEPTH, &top, errors) != 0)
		return NULL;
	t = template_new();
	if (read_template(&s, &top, t) != 0) {
		template_free(t);
		t = NULL;
	}
	value_free(&top);
	return t;
}
