/* draft_file.c — drafts on disk (see draft_file.h). */
#include <config.h>

#include "storage/draft_file.h"

#include <stdlib.h>

#include "storage/draft_yaml.h"
#include "storage/file.h"

/* Read and parse the draft at PATH.  Return it (caller frees), or NULL
 * after appending errors. */
static struct draft *
read_draft(const char *path, struct problem_list *errors)
{
	struct draft *d;
	char *data, *error;
	size_t len;

	if (file_read(path, FILE_MAX_SIZE, &data, &len, &error) != 0) {
		problem_add(errors, PROBLEM_ERROR, NULL, 0, 0, "%s", error);
		free(error);
		return NULL;
	}
	d = draft_yaml_load(data, len, errors);
	free(data);
	return d;
}

/* Give the problems of ERRORS from index FROM on that have no place the
 * place of D's "template" value, which they are about. */
static void
place_at_template(struct problem_list *errors, size_t from,
    const struct draft *d)
{
	const struct value *v = value_map_get(&d->top, "template");
	size_t i;

	for (i = from; v != NULL && i < errors->n; i++) {
		if (errors->items[i].line == 0) {
			errors->items[i].line = v->line;
			errors->items[i].col = v->col;
		}
	}
}

/* Return D when its values have the shapes T's fields want; else free D
 * and return NULL after appending errors. */
static struct draft *
checked(struct draft *d, const struct template *t,
    struct problem_list *errors)
{
	if (draft_yaml_check_shapes(d, t, errors) != 0) {
		draft_free(d);
		return NULL;
	}
	return d;
}

struct draft *
draft_file_read(const char *path, struct template_cache *cache,
    const struct template **tmpl, struct problem_list *errors)
{
	struct draft *d = read_draft(path, errors);
	size_t before = errors->n;

	if (d == NULL)
		return NULL;
	*tmpl = template_cache_get(cache, d->template_id, errors);
	if (*tmpl == NULL) {
		place_at_template(errors, before, d);
		draft_free(d);
		return NULL;
	}
	return checked(d, *tmpl, errors);
}

int
draft_file_load(const char *path, struct draft **draft,
    struct template **tmpl, struct problem_list *errors)
{
	struct draft *d = read_draft(path, errors);
	size_t before = errors->n;
	struct template *t;

	if (d == NULL)
		return -1;
	t = templates_load(d->template_id, errors);
	if (t == NULL) {
		place_at_template(errors, before, d);
		draft_free(d);
		return -1;
	}
	d = checked(d, t, errors);
	if (d == NULL) {
		template_free(t);
		return -1;
	}
	*draft = d;
	*tmpl = t;
	return 0;
}

int
draft_file_save(const char *path, const struct draft *d,
    const struct template *t, char **error)
{
	size_t len;
	char *text = draft_yaml_emit(d, t, &len);
	int r = file_save_atomic(path, text, len, 0600, error);

	free(text);
	return r;
}

int
draft_file_create(const char *path, const struct draft *d,
    const struct template *t, char **error)
{
	size_t len;
	char *text = draft_yaml_emit(d, t, &len);
	int r = file_create_new(path, text, len, 0600, error);

	free(text);
	return r;
}
