/* templates.c — where templates are found, and loading them by id (see
 * templates.h). */
#include <config.h>

#include "storage/templates.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/file.h"
#include "storage/template_yaml.h"

/* The folder set by templates_set_dir(), or NULL. */
static char *chosen_dir;

/* A template file's name ends so. */
static const char suffix[] = ".yaml";

void
templates_set_dir(const char *dir)
{
	free(chosen_dir);
	chosen_dir = dir != NULL ? xstrdup(dir) : NULL;
}

const char *
templates_dir(void)
{
	const char *env = getenv("TRIPREPORT_TEMPLATES");

	if (chosen_dir != NULL)
		return chosen_dir;
	if (env != NULL && *env != '\0')
		return env;
	return PKGDATADIR "/templates";
}

/* Return true when NAME can be a template id: a-z, then a-z, 0-9, _ or -. */
static bool
id_ok(const char *name, size_t len)
{
	size_t i;

	if (len == 0 || name[0] < 'a' || name[0] > 'z')
		return false;
	for (i = 1; i < len; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z')
		    || (name[i] >= '0' && name[i] <= '9')
		    || name[i] == '_' || name[i] == '-'))
			return false;
	return true;
}

/* Compare two strings through pointers; for qsort. */
static int
compare_ids(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

long
templates_list(char ***ids, char **error)
{
	const char *dir = templates_dir();
	DIR *d = opendir(dir);
	struct dirent *de;
	size_t n = 0, cap = 8;

	if (d == NULL) {
		*error = xasprintf(_("%s: cannot read the templates folder: "
		    "%s"), dir, strerror(errno));
		return -1;
	}
	*ids = xcalloc(cap, sizeof **ids);
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len <= sizeof suffix - 1 || strcmp(de->d_name + len
		    - (sizeof suffix - 1), suffix) != 0
		    || !id_ok(de->d_name, len - (sizeof suffix - 1)))
			continue;
		if (n == cap) {
			cap *= 2;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		(*ids)[n++] = xstrndup(de->d_name, len - (sizeof suffix - 1));
	}
	closedir(d);
	qsort(*ids, n, sizeof **ids, compare_ids);
	return (long)n;
}

/* Append the error that ID names no template, with the known ones. */
static void
unknown_template(const char *id, struct problem_list *errors)
{
	char **ids, *error = NULL, *known;
	long n, i;
	size_t len = 1;

	n = templates_list(&ids, &error);
	if (n < 0) {
		problem_add(errors, PROBLEM_ERROR, "template", 0, 0,
		    _("unknown template '%s' (%s)"), id, error);
		free(error);
		return;
	}
	for (i = 0; i < n; i++)
		len += strlen(ids[i]) + 2;
	known = xcalloc(1, len);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(known, ", ");
		strcat(known, ids[i]);
		free(ids[i]);
	}
	free(ids);
	if (n == 0)
		problem_add(errors, PROBLEM_ERROR, "template", 0, 0,
		    _("unknown template '%s': there are no templates in %s"),
		    id, templates_dir());
	else
		problem_add(errors, PROBLEM_ERROR, "template", 0, 0,
		    _("unknown template '%s'; the known templates are: %s"),
		    id, known);
	free(known);
}

/* Append the problems of the template file PATH from FOUND to ERRORS,
 * each naming the file and its place in it. */
static void
relay_problems(const char *path, const struct problem_list *found,
    struct problem_list *errors)
{
	size_t i;

	for (i = 0; i < found->n; i++) {
		const struct problem *p = &found->items[i];

		problem_add(errors, PROBLEM_ERROR, "template", 0, 0,
		    "%s:%d:%d: %s%s%s", path, p->line, p->col,
		    p->field != NULL ? p->field : "",
		    p->field != NULL ? ": " : "", p->message);
	}
}

struct template *
templates_load(const char *id, struct problem_list *errors)
{
	struct problem_list found;
	struct template *t;
	char *path, *data, *error = NULL;
	struct stat st;
	size_t len;

	if (!id_ok(id, strlen(id))) {
		unknown_template(id, errors);
		return NULL;
	}
	path = xasprintf("%s/%s%s", templates_dir(), id, suffix);
	if (stat(path, &st) != 0 && errno == ENOENT) {
		unknown_template(id, errors);
		free(path);
		return NULL;
	}
	if (file_read(path, FILE_MAX_SIZE, &data, &len, &error) != 0) {
		problem_add(errors, PROBLEM_ERROR, "template", 0, 0, "%s",
		    error);
		free(error);
		free(path);
		return NULL;
	}
	problem_list_init(&found);
	t = template_yaml_load(data, len, &found);
	free(data);
	if (t != NULL && strcmp(t->id, id) != 0) {
		problem_add(&found, PROBLEM_ERROR, "id", 1, 1,
		    _("the file of template '%s' says its id is '%s'"), id,
		    t->id);
		template_free(t);
		t = NULL;
	}
	relay_problems(path, &found, errors);
	problem_list_free(&found);
	free(path);
	return t;
}

/* The templates loaded so far. */
struct template_cache {
	struct template **items;	/* owned */
	size_t n;
};

struct template_cache *
template_cache_new(void)
{
	return xcalloc(1, sizeof(struct template_cache));
}

void
template_cache_free(struct template_cache *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		template_free(c->items[i]);
	free(c->items);
	free(c);
}

const struct template *
template_cache_get(struct template_cache *c, const char *id,
    struct problem_list *errors)
{
	struct template *t;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->items[i]->id, id) == 0)
			return c->items[i];
	t = templates_load(id, errors);
	if (t == NULL)
		return NULL;
	c->items = xreallocarray(c->items, c->n + 1, sizeof *c->items);
	c->items[c->n++] = t;
	return t;
}
