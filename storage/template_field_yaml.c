/* template_field_yaml.c — one field of a template file, read and checked
 * (schema_field() of template_schema.h). */
#include <config.h>

#include "storage/template_schema.h"

#include <limits.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

/* The keys a field may have. */
static const char *const field_keys[] = {
	"id", "label", "label_en", "kind", "required", "unless", "body",
	"count", "min", "max", "min_value", "max_value", "options", "other",
	"default", "pattern", "example", "separators", "columns", "min_rows",
	NULL
};

/* Read the kind of the field map V into F.  Return 0, or -1. */
static int
read_kind(struct schema *s, const struct value *v, struct template_field *f)
{
	char *name;
	int r = 0;

	if (schema_text(s, v, "kind", true, &name) != 0)
		return -1;
	if (field_kind_from_name(name, &f->kind) != 0)
		r = schema_error(s, value_map_get(v, "kind"), "kind",
		    _("unknown kind '%s' (text, multiline, choice, choices, "
		    "bool, integer, date, daterange, phone, table)"), name);
	free(name);
	return r;
}

/* Read "unless: {field, equals}" of the field map V into F.  Return 0, or
 * -1. */
static int
read_unless(struct schema *s, const struct value *v, struct template_field *f)
{
	static const char *const keys[] = { "field", "equals", NULL };
	const struct value *u = value_map_get(v, "unless");

	if (u == NULL)
		return 0;
	if (schema_map(s, u, "unless", keys) != 0
	    || schema_text(s, u, "field", true, &f->unless_field) != 0
	    || schema_text(s, u, "equals", true, &f->unless_value) != 0)
		return -1;
	if (!f->required)
		return schema_error(s, u, "unless", "%s", _("'unless' goes "
		    "with 'required: true'"));
	return 0;
}

/* Read the length rule (count, min, max) of the field map V into F.
 * Return 0, or -1. */
static int
read_count(struct schema *s, const struct value *v, struct template_field *f)
{
	char *mode;
	int r = 0;

	if (schema_long(s, v, "min", &f->min_count) != 0
	    || schema_long(s, v, "max", &f->max_count) != 0
	    || schema_text(s, v, "count", false, &mode) != 0)
		return -1;
	if (mode == NULL) {
		if (f->min_count >= 0 || f->max_count >= 0)
			return schema_error(s, v, "count", "%s", _("'min' and "
			    "'max' need 'count: nonspace' or 'count: han'"));
		return 0;
	}
	if (strcmp(mode, "nonspace") == 0)
		f->count = COUNT_NONSPACE;
	else if (strcmp(mode, "han") == 0)
		f->count = COUNT_HAN;
	else
		r = schema_error(s, value_map_get(v, "count"), "count",
		    _("unknown count '%s' (nonspace or han)"), mode);
	free(mode);
	if (r == 0 && f->min_count < 0 && f->max_count < 0)
		r = schema_error(s, v, "count", "%s", _("'count' needs 'min' "
		    "or 'max'"));
	return r;
}

/* Read the options, "other" and "default" of the field map V into F.
 * Return 0, or -1. */
static int
read_options(struct schema *s, const struct value *v, struct template_field *f)
{
	const struct value *o = value_map_get(v, "options");
	bool choice = f->kind == FIELD_CHOICE || f->kind == FIELD_CHOICES;

	if (o == NULL && choice)
		return schema_error(s, v, "options", _("the key '%s' is "
		    "missing"), "options");
	if (o != NULL && !choice)
		return schema_error(s, o, "options", "%s", _("only choice and "
		    "choices fields have options"));
	if (o != NULL && (schema_strings(s, o, "options", &f->options,
	    &f->n_options) != 0))
		return -1;
	if (schema_bool(s, v, "other", &f->allow_other) != 0
	    || schema_text(s, v, "default", false, &f->default_value) != 0)
		return -1;
	if (f->allow_other && f->kind != FIELD_CHOICES)
		return schema_error(s, value_map_get(v, "other"), "other", "%s",
		    _("only choices fields have 'other'"));
	if (f->default_value != NULL && choice
	    && !template_field_has_option(f, f->default_value))
		return schema_error(s, value_map_get(v, "default"), "default",
		    _("'%s' is not one of the options"), f->default_value);
	return 0;
}

/* Read pattern and example of the field map V into F, checking that the
 * pattern compiles and the example matches it.  Return 0, or -1. */
static int
read_pattern(struct schema *s, const struct value *v, struct template_field *f)
{
	regex_t re;
	int r = 0;

	if (schema_text(s, v, "pattern", false, &f->pattern) != 0
	    || schema_text(s, v, "example", false, &f->example) != 0)
		return -1;
	if (f->pattern == NULL) {
		if (f->example != NULL)
			return schema_error(s, value_map_get(v, "example"),
			    "example", "%s", _("'example' goes with "
			    "'pattern'"));
		return 0;
	}
	if (regcomp(&re, f->pattern, REG_EXTENDED | REG_NOSUB) != 0)
		return schema_error(s, value_map_get(v, "pattern"), "pattern",
		    _("'%s' is not a valid extended regular expression"),
		    f->pattern);
	if (f->example != NULL && regexec(&re, f->example, 0, NULL, 0) != 0)
		r = schema_error(s, value_map_get(v, "example"), "example",
		    _("'%s' does not match the pattern"), f->example);
	regfree(&re);
	return r;
}

/* Read the columns and min_rows of the table field map V into F.  Return
 * 0, or -1. */
static int
read_columns(struct schema *s, const struct value *v, struct template_field *f)
{
	const struct value *c = value_map_get(v, "columns");
	size_t i, j;

	if (schema_long(s, v, "min_rows", &f->min_rows) != 0)
		return -1;
	if (f->kind != FIELD_TABLE) {
		if (c != NULL || value_map_get(v, "min_rows") != NULL)
			return schema_error(s, c != NULL ? c : v, "columns",
			    "%s", _("only table fields have columns"));
		return 0;
	}
	if (c == NULL || c->type != VALUE_LIST || c->n_items == 0)
		return schema_error(s, c != NULL ? c : v, "columns", "%s",
		    _("a table needs a list of at least one column"));
	f->columns = xcalloc(c->n_items, sizeof *f->columns);
	for (i = 0; i < c->n_items; i++) {
		f->n_columns = i + 1;
		if (schema_field(s, &c->items[i], &f->columns[i], true) != 0)
			return -1;
		for (j = 0; j < i; j++)
			if (strcmp(f->columns[j].id, f->columns[i].id) == 0)
				return schema_error(s, &c->items[i], "columns",
				    _("the id '%s' is used twice"),
				    f->columns[i].id);
	}
	return 0;
}

/* Check the rules of F that depend on its kind.  Return 0, or -1. */
static int
check_kind_rules(struct schema *s, const struct value *v,
    const struct template_field *f, bool column)
{
	if (column && (f->kind == FIELD_TABLE || f->kind == FIELD_CHOICES
	    || f->kind == FIELD_DATERANGE || f->kind == FIELD_MULTILINE))
		return schema_error(s, v, "kind", _("a column cannot be of "
		    "kind %s"), field_kind_name(f->kind));
	if ((value_map_get(v, "min_value") != NULL
	    || value_map_get(v, "max_value") != NULL)
	    && f->kind != FIELD_INTEGER)
		return schema_error(s, v, "min_value", "%s", _("only integer "
		    "fields have min_value and max_value"));
	if (f->separators != NULL && f->kind != FIELD_TEXT)
		return schema_error(s, v, "separators", "%s", _("only text "
		    "fields have separators"));
	if (f->count != COUNT_NONE && f->kind != FIELD_TEXT
	    && f->kind != FIELD_MULTILINE)
		return schema_error(s, v, "count", "%s", _("only text and "
		    "multiline fields have a length rule"));
	return 0;
}

int
schema_field(struct schema *s, const struct value *v,
    struct template_field *f, bool column)
{
	memset(f, 0, sizeof *f);
	f->min_count = f->max_count = -1;
	f->min_value = LONG_MIN;
	f->max_value = LONG_MAX;
	if (schema_map(s, v, column ? "columns" : "fields", field_keys) != 0
	    || schema_text(s, v, "id", true, &f->id) != 0
	    || schema_id(s, value_map_get(v, "id"), "id", f->id) != 0
	    || schema_text(s, v, "label", true, &f->label) != 0
	    || schema_text(s, v, "label_en", true, &f->label_en) != 0
	    || read_kind(s, v, f) != 0
	    || schema_bool(s, v, "required", &f->required) != 0
	    || read_unless(s, v, f) != 0
	    || schema_bool(s, v, "body", &f->body) != 0
	    || read_count(s, v, f) != 0
	    || schema_long(s, v, "min_value", &f->min_value) != 0
	    || schema_long(s, v, "max_value", &f->max_value) != 0
	    || read_options(s, v, f) != 0
	    || read_pattern(s, v, f) != 0
	    || schema_text(s, v, "separators", false, &f->separators) != 0
	    || read_columns(s, v, f) != 0)
		return -1;
	return check_kind_rules(s, v, f, column);
}
