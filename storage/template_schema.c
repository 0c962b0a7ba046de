/* template_schema.c — reading checked values of a template file (see
 * template_schema.h). */
#include <config.h>

#include "storage/template_schema.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

int
schema_error(struct schema *s, const struct value *v, const char *key,
    const char *fmt, ...)
{
	char *message;
	va_list ap;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	message = xmalloc(len > 0 ? (size_t)len + 1 : 1);
	va_start(ap, fmt);
	vsnprintf(message, len > 0 ? (size_t)len + 1 : 1, fmt, ap);
	va_end(ap);
	problem_add(s->errors, PROBLEM_ERROR, key, v != NULL ? v->line : 0,
	    v != NULL ? v->col : 0, "%s", message);
	free(message);
	return -1;
}

int
schema_map(struct schema *s, const struct value *v, const char *key,
    const char *const *keys)
{
	size_t i, j;

	if (v->type != VALUE_MAP)
		return schema_error(s, v, key, "%s", _("this must be a map of "
		    "keys"));
	for (i = 0; i < v->n_entries; i++) {
		const struct value_entry *e = &v->entries[i];

		for (j = 0; keys[j] != NULL; j++)
			if (strcmp(keys[j], e->key) == 0)
				break;
		if (keys[j] == NULL) {
			problem_add(s->errors, PROBLEM_ERROR, e->key, e->line,
			    e->col, _("unknown key '%s'"), e->key);
			return -1;
		}
	}
	return 0;
}

int
schema_text(struct schema *s, const struct value *v, const char *key,
    bool required, char **out)
{
	const struct value *x = value_map_get(v, key);

	*out = NULL;
	if (x == NULL || x->type == VALUE_NULL) {
		if (required)
			return schema_error(s, x != NULL ? x : v, key,
			    _("the key '%s' is missing"), key);
		return 0;
	}
	if (x->type != VALUE_SCALAR)
		return schema_error(s, x, key, "%s", _("this must be text"));
	*out = xstrdup(x->text);
	return 0;
}

int
schema_bool(struct schema *s, const struct value *v, const char *key,
    bool *out)
{
	const char *text = value_text(value_map_get(v, key));

	if (value_map_get(v, key) == NULL)
		return 0;
	if (text != NULL && strcmp(text, "true") == 0)
		*out = true;
	else if (text != NULL && strcmp(text, "false") == 0)
		*out = false;
	else
		return schema_error(s, value_map_get(v, key), key, "%s",
		    _("this must be true or false"));
	return 0;
}

int
schema_long(struct schema *s, const struct value *v, const char *key,
    long *out)
{
	const struct value *x = value_map_get(v, key);
	const char *text = value_text(x);
	char *end;
	long n;

	if (x == NULL)
		return 0;
	if (text == NULL || *text == '\0')
		return schema_error(s, x, key, "%s", _("this must be a whole "
		    "number"));
	errno = 0;
	n = strtol(text, &end, 10);
	if (*end != '\0' || errno != 0)
		return schema_error(s, x, key, "%s", _("this must be a whole "
		    "number"));
	*out = n;
	return 0;
}

int
schema_strings(struct schema *s, const struct value *v, const char *key,
    char ***out, size_t *n)
{
	size_t i;

	*out = NULL;
	*n = 0;
	if (v->type != VALUE_LIST)
		return schema_error(s, v, key, "%s", _("this must be a list of "
		    "texts"));
	*out = xcalloc(v->n_items + 1, sizeof **out);
	for (i = 0; i < v->n_items; i++) {
		if (v->items[i].type != VALUE_SCALAR)
			return schema_error(s, &v->items[i], key, "%s",
			    _("this must be text"));
		(*out)[i] = xstrdup(v->items[i].text);
		*n = i + 1;
	}
	return 0;
}

int
schema_id(struct schema *s, const struct value *v, const char *key,
    const char *id)
{
	const char *p = id;

	if (*p >= 'a' && *p <= 'z')
		for (p++; (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')
		    || *p == '_'; p++)
			continue;
	if (p == id || *p != '\0')
		return schema_error(s, v, key, _("'%s' is no id: use a-z, 0-9 "
		    "and _, starting with a letter"), id);
	return 0;
}
