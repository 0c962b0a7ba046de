/* drafts.c — the drafts folder and its listing (see drafts.h).  The
 * actions on its files are in drafts_files.c. */
#include <config.h>

#include "storage/drafts.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "forms/validate.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/folder.h"
#include "storage/recovery.h"

/* Return the value of the environment variable NAME when set and not
 * empty, else NULL. */
static const char *
env(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? v : NULL;
}

char *
drafts_dir(void)
{
	const char *v;

	if ((v = env("TRIPREPORT_DRAFTS")) != NULL)
		return xstrdup(v);
	if ((v = env("XDG_DATA_HOME")) != NULL)
		return xasprintf("%s/tripreport/drafts", v);
	if ((v = env("HOME")) != NULL)
		return xasprintf("%s/.local/share/tripreport/drafts", v);
	return NULL;
}

int
drafts_dir_prepare(const char *dir, char **warning, char **error)
{
	struct stat st;

	*warning = NULL;
	if (stat(dir, &st) != 0) {
		if (errno != ENOENT || folder_make(dir) != 0) {
			*error = xasprintf(_("cannot make the drafts folder "
			    "%s: %s"), dir, strerror(errno));
			return -1;
		}
		return 0;
	}
	if (!S_ISDIR(st.st_mode)) {
		*error = xasprintf(_("the drafts folder %s is not a folder"),
		    dir);
		return -1;
	}
	if ((st.st_mode & 077) != 0)
		*warning = xasprintf(_("the drafts folder %s may be read by "
		    "others (mode %04o); chmod 700 keeps drafts private"),
		    dir, (unsigned)(st.st_mode & 07777));
	return 0;
}

/* Return true when NAME, an entry of a folder, is a draft: a file name
 * ending in .yaml that is not hidden. */
static bool
is_draft_name(const char *name)
{
	size_t len = strlen(name);

	return name[0] != '.' && len > 5
	    && strcmp(name + len - 5, ".yaml") == 0;
}

/* Return a copy of the text of V's KEY when V is a map holding a scalar
 * there, else NULL.  Caller frees. */
static char *
text_at(const struct value *v, const char *key)
{
	const char *t = value_text(value_map_get(v, key));

	return t != NULL ? xstrdup(t) : NULL;
}

/* Return the first error of ERRORS as "LINE:COL: message" (or the message
 * alone when it has no place).  Caller frees. */
static char *
first_error(const struct problem_list *errors)
{
	const struct problem *p;

	if (errors->n == 0)
		return xstrdup(_("cannot be read"));
	p = &errors->items[0];
	if (p->line > 0)
		return xasprintf("%d:%d: %s", p->line, p->col, p->message);
	return xstrdup(p->message);
}

/* Fill E from the draft at PATH, its template taken from CACHE. */
static void
read_entry(struct drafts_entry *e, const char *path,
    struct template_cache *cache)
{
	struct problem_list errors, found;
	const struct template *t;
	struct draft *d;

	problem_list_init(&errors);
	d = draft_file_read(path, cache, &t, &errors);
	if (d == NULL) {
		e->load_error = first_error(&errors);
		problem_list_free(&errors);
		return;
	}
	e->template_id = xstrdup(d->template_id);
	e->title = text_at(draft_fields(d), "title");
	e->period_from = text_at(draft_get(d, "period"), "from");
	e->period_to = text_at(draft_get(d, "period"), "to");
	problem_list_init(&found);
	draft_validate(d, t, &found);
	e->errors = problem_count(&found, PROBLEM_ERROR);
	e->warnings = problem_count(&found, PROBLEM_WARNING);
	problem_list_free(&found);
	problem_list_free(&errors);
	draft_free(d);
}

/* Append the draft NAME of DIR to OUT, read through CACHE. */
static void
add_entry(struct drafts_list *out, const char *dir, const char *name,
    struct template_cache *cache)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct drafts_entry *e;
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(path);
		return;
	}
	out->items = xreallocarray(out->items, out->n + 1, sizeof *out->items);
	e = &out->items[out->n++];
	memset(e, 0, sizeof *e);
	e->name = xstrdup(name);
	e->mtime = st.st_mtime;
	e->recovery = recovery_exists(path, NULL);
	read_entry(e, path, cache);
	free(path);
}

int
drafts_list_read(const char *dir, struct template_cache *cache,
    struct drafts_list *out, char **error)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	out->items = NULL;
	out->n = 0;
	if (d == NULL) {
		*error = xasprintf(_("cannot read the folder %s: %s"), dir,
		    strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL)
		if (is_draft_name(de->d_name))
			add_entry(out, dir, de->d_name, cache);
	closedir(d);
	drafts_list_sort(out, DRAFTS_BY_CHANGE);
	return 0;
}

void
drafts_list_clear(struct drafts_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		struct drafts_entry *e = &l->items[i];

		free(e->name);
		free(e->title);
		free(e->template_id);
		free(e->period_from);
		free(e->period_to);
		free(e->load_error);
	}
	free(l->items);
	l->items = NULL;
	l->n = 0;
}

/* Compare two entries by name, for qsort(). */
static int
by_name(const void *a, const void *b)
{
	const struct drafts_entry *x = a, *y = b;

	return strcmp(x->name, y->name);
}

/* Compare two entries, last changed first, for qsort(). */
static int
by_change(const void *a, const void *b)
{
	const struct drafts_entry *x = a, *y = b;

	if (x->mtime != y->mtime)
		return x->mtime > y->mtime ? -1 : 1;
	return by_name(a, b);
}

bool
drafts_entry_period(const struct drafts_entry *e, struct drafts_period *p)
{
	p->has_from = e->period_from != NULL
	    && date_parse_iso(e->period_from, &p->from) == 0;
	p->has_to = e->period_to != NULL
	    && date_parse_iso(e->period_to, &p->to) == 0;
	return p->has_from || p->has_to;
}

/* Return the ISO date that orders entry E by period: the start, else the
 * end, else NULL. */
static const char *
period_key(const struct drafts_entry *e)
{
	struct drafts_period p;

	drafts_entry_period(e, &p);
	return p.has_from ? e->period_from : p.has_to ? e->period_to : NULL;
}

/* Compare two entries, latest trip first and no period last, for
 * qsort(). */
static int
by_period(const void *a, const void *b)
{
	const char *x = period_key(a), *y = period_key(b);
	int c;

	if (x == NULL || y == NULL) {
		if (x != y)
			return x == NULL ? 1 : -1;
		return by_name(a, b);
	}
	c = strcmp(y, x);	/* ISO dates sort as text */
	return c != 0 ? c : by_name(a, b);
}

void
drafts_list_sort(struct drafts_list *l, enum drafts_order order)
{
	if (l->n > 1)
		qsort(l->items, l->n, sizeof *l->items,
		    order == DRAFTS_BY_PERIOD ? by_period : by_change);
}

/* Return the ASCII lower case of C; other bytes as they are. */
static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Return true when NEEDLE is part of HAYSTACK (NULL holds nothing),
 * ASCII letters compared without case. */
static bool
contains(const char *haystack, const char *needle)
{
	size_t n = strlen(needle), i;
	const char *h;

	if (haystack == NULL)
		return false;
	for (h = haystack; *h != '\0'; h++) {
		for (i = 0; i < n && h[i] != '\0'; i++)
			if (lower(h[i]) != lower(needle[i]))
				break;
		if (i == n)
			return true;
	}
	return n == 0;
}

bool
drafts_entry_matches(const struct drafts_entry *e, const char *filter)
{
	if (filter == NULL || *filter == '\0')
		return true;
	return contains(e->title, filter) || contains(e->name, filter);
}

char *
drafts_entry_status(const struct drafts_entry *e)
{
	char *errors, *warnings, *s;

	if (e->load_error != NULL)
		return xstrdup(_("cannot be read"));
	if (e->errors == 0 && e->warnings == 0)
		return xstrdup(_("ready"));
	errors = xasprintf(P_("%zu error", "%zu errors", e->errors),
	    e->errors);
	warnings = xasprintf(P_("%zu warning", "%zu warnings", e->warnings),
	    e->warnings);
	if (e->warnings == 0)
		s = errors;
	else if (e->errors == 0)
		s = warnings;
	else
		/* TRANSLATORS: the status of a draft: 2 errors, 1 warning. */
		s = xasprintf(_("%s, %s"), errors, warnings);
	if (s != errors)
		free(errors);
	if (s != warnings)
		free(warnings);
	return s;
}
