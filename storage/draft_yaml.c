/* draft_yaml.c — reading drafts from YAML text, and checking the shapes
 * of their values (see draft_yaml.h; the writer is draft_emit.c). */
#include <config.h>

#include "storage/draft_yaml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/yaml_tree.h"

/* Return the translated name of what V holds, for messages. */
static const char *
shape_name(const struct value *v)
{
	switch (v->type) {
	case VALUE_LIST:
		return _("a list");
	case VALUE_MAP:
		return _("a map");
	case VALUE_SCALAR:
		return _("text");
	default:
		return _("nothing");
	}
}

/* Read the version of FORMAT ("tripreport/N") into *VERSION.  Return 0,
 * or -1 when it is not of that form. */
static int
parse_format(const char *format, long *version)
{
	size_t n = strlen(DRAFT_FORMAT_NAME);
	const char *p;
	long v = 0;

	if (strncmp(format, DRAFT_FORMAT_NAME, n) != 0 || format[n] != '/')
		return -1;
	p = format + n + 1;
	if (*p < '1' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > 100000)
			return -1;
		v = v * 10 + (*p - '0');
	}
	if (*p != '\0')
		return -1;
	*version = v;
	return 0;
}

/* Check the "format" key of the map TOP.  Return 0, or -1 after
 * appending an error. */
static int
check_format(const struct value *top, struct problem_list *errors)
{
	const struct value *f = value_map_get(top, "format");
	const char *text = value_text(f);
	long version;

	if (f == NULL) {
		problem_add(errors, PROBLEM_ERROR, "format", top->line, top->col,
		    _("no 'format' key: this is not a tripreport draft "
		    "(expected format: %s/%d)"), DRAFT_FORMAT_NAME,
		    DRAFT_FORMAT_VERSION);
		return -1;
	}
	if (text == NULL || parse_format(text, &version) != 0) {
		problem_add(errors, PROBLEM_ERROR, "format", f->line, f->col,
		    _("the format '%s' is not a tripreport draft format "
		    "(expected %s/%d)"), text != NULL ? text : "",
		    DRAFT_FORMAT_NAME, DRAFT_FORMAT_VERSION);
		return -1;
	}
	if (version > DRAFT_FORMAT_VERSION) {
		problem_add(errors, PROBLEM_ERROR, "format", f->line, f->col,
		    _("this draft is in format %s/%ld, newer than this "
		    "program reads (%s/%d): it needs a newer tripreport"),
		    DRAFT_FORMAT_NAME, version, DRAFT_FORMAT_NAME,
		    DRAFT_FORMAT_VERSION);
		return -1;
	}
	return 0;
}

/* Return the template id of the map TOP, or NULL after appending an
 * error. */
static const char *
template_id(const struct value *top, struct problem_list *errors)
{
	const struct value *t = value_map_get(top, "template");
	const char *text = value_text(t);

	if (t == NULL) {
		problem_add(errors, PROBLEM_ERROR, "template", top->line,
		    top->col, "%s", _("no 'template' key: the draft does not "
		    "say which form it fills in"));
		return NULL;
	}
	if (text == NULL || *text == '\0') {
		problem_add(errors, PROBLEM_ERROR, "template", t->line, t->col,
		    _("the template must be named by its id, not %s"),
		    shape_name(t));
		return NULL;
	}
	return text;
}

struct draft *
draft_yaml_load(const char *data, size_t len, struct problem_list *errors)
{
	struct value top;
	const struct value *fields;
	const char *id;
	struct draft *d;

	if (yaml_tree_parse(data, len, DRAFT_YAML_MAX_DEPTH, &top,
	    errors) != 0)
		return NULL;
	if (top.type != VALUE_MAP) {
		problem_add(errors, PROBLEM_ERROR, NULL, top.line, top.col,
		    _("a draft is a map of keys (format, template, fields), "
		    "not %s"), shape_name(&top));
		goto fail;
	}
	if (check_format(&top, errors) != 0
	    || (id = template_id(&top, errors)) == NULL)
		goto fail;
	fields = value_map_get(&top, "fields");
	if (fields != NULL && fields->type != VALUE_MAP
	    && fields->type != VALUE_NULL) {
		problem_add(errors, PROBLEM_ERROR, "fields", fields->line,
		    fields->col, _("'fields' is a map of field ids to values, "
		    "not %s"), shape_name(fields));
		goto fail;
	}
	d = draft_adopt(&top, id);
	return d;
fail:
	value_free(&top);
	return NULL;
}

/* Report that V, the value of the field named NAME, is of the wrong shape
 * (MESSAGE takes the shape's name); return 1. */
static int
wrong_shape(struct problem_list *errors, const char *name,
    const struct value *v, const char *message)
{
	problem_add(errors, PROBLEM_ERROR, name, v->line, v->col, message,
	    shape_name(v));
	return 1;
}

/* Return true when V may stand for a scalar: text or nothing. */
static bool
is_scalar(const struct value *v)
{
	return v->type == VALUE_SCALAR || v->type == VALUE_NULL;
}

/* Check the cells of ROW (row INDEX, 1-based, of field F named NAME).
 * Return the number of errors appended. */
static int
check_cells(const struct value *row, size_t index,
    const struct template_field *f, const char *name,
    struct problem_list *errors)
{
	size_t j;
	int n = 0;

	for (j = 0; j < row->n_entries; j++) {
		const struct value_entry *e = &row->entries[j];
		char *cell;

		if (is_scalar(&e->value) || template_column(f, e->key) == NULL)
			continue;
		cell = xasprintf("%s[%zu].%s", name, index, e->key);
		n += wrong_shape(errors, cell, &e->value, _("a cell holds "
		    "text, not %s"));
		free(cell);
	}
	return n;
}

/* Check the table rows of V (field F, named NAME).  Return the number of
 * errors appended. */
static int
check_rows(const struct value *v, const struct template_field *f,
    const char *name, struct problem_list *errors)
{
	size_t i;
	int n = 0;

	for (i = 0; i < v->n_items; i++) {
		const struct value *row = &v->items[i];
		char *where;

		if (row->type == VALUE_MAP) {
			n += check_cells(row, i + 1, f, name, errors);
			continue;
		}
		where = xasprintf("%s[%zu]", name, i + 1);
		n += wrong_shape(errors, where, row, _("a row is a map of "
		    "columns, not %s"));
		free(where);
	}
	return n;
}

/* Check the items of the choices V (named NAME).  Return the number of
 * errors appended. */
static int
check_choices(const struct value *v, const char *name,
    struct problem_list *errors)
{
	size_t i;
	int n = 0;

	for (i = 0; i < v->n_items; i++) {
		char *where;

		if (v->items[i].type == VALUE_SCALAR)
			continue;
		where = xasprintf("%s[%zu]", name, i + 1);
		n += wrong_shape(errors, where, &v->items[i],
		    _("an option is text, not %s"));
		free(where);
	}
	return n;
}

/* Check the {from, to} map V (named NAME).  Return the number of errors
 * appended. */
static int
check_range(const struct value *v, const char *name,
    struct problem_list *errors)
{
	static const char *const keys[] = { "from", "to" };
	size_t i;
	int n = 0;

	for (i = 0; i < 2; i++) {
		const struct value *end = value_map_get(v, keys[i]);
		char *where;

		if (end == NULL || is_scalar(end))
			continue;
		where = xasprintf("%s.%s", name, keys[i]);
		n += wrong_shape(errors, where, end, _("a date is text, not "
		    "%s"));
		free(where);
	}
	return n;
}

/* Check the value V of field F against F's kind.  Return the number of
 * errors appended. */
static int
check_field(const struct value *v, const struct template_field *f,
    struct problem_list *errors)
{
	if (v->type == VALUE_NULL)
		return 0;
	switch (f->kind) {
	case FIELD_CHOICES:
		if (v->type != VALUE_LIST)
			return wrong_shape(errors, f->id, v, _("this field is a "
			    "list of options, not %s"));
		return check_choices(v, f->id, errors);
	case FIELD_DATERANGE:
		if (v->type != VALUE_MAP)
			return wrong_shape(errors, f->id, v, _("this field is a "
			    "map {from, to}, not %s"));
		return check_range(v, f->id, errors);
	case FIELD_TABLE:
		if (v->type != VALUE_LIST)
			return wrong_shape(errors, f->id, v, _("this field is a "
			    "list of rows, not %s"));
		return check_rows(v, f, f->id, errors);
	default:
		if (v->type != VALUE_SCALAR)
			return wrong_shape(errors, f->id, v, _("this field is "
			    "text, not %s"));
		return 0;
	}
}

int
draft_yaml_check_shapes(const struct draft *d, const struct template *t,
    struct problem_list *errors)
{
	const struct value *fields = value_map_get(&d->top, "fields");
	size_t i;
	int n = 0;

	if (fields == NULL || fields->type == VALUE_NULL)
		return 0;
	if (fields->type != VALUE_MAP)
		return wrong_shape(errors, "fields", fields, _("'fields' is a "
		    "map of field ids to values, not %s"));
	for (i = 0; i < fields->n_entries; i++) {
		const struct value_entry *e = &fields->entries[i];
		const struct template_field *f = template_field(t, e->key);

		if (f != NULL)
			n += check_field(&e->value, f, errors);
	}
	return n;
}
