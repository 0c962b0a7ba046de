/* templates.h — where templates are found, and loading them by id.
 *
 * The folder is, first found: the one set by templates_set_dir() (the
 * --templates option), $TRIPREPORT_TEMPLATES, then the installed
 * $(pkgdatadir)/templates.  A template with id ID is the file ID.yaml.
 */
#ifndef TRIPREPORT_STORAGE_TEMPLATES_H
#define TRIPREPORT_STORAGE_TEMPLATES_H

#include <stddef.h>

#include "forms/problem.h"
#include "forms/template.h"

/* The template new drafts get when none is named. */
#define TEMPLATES_DEFAULT_ID "taichung"

/* Use DIR (copied) for templates from now on; NULL goes back to default. */
void templates_set_dir(const char *dir);

/* Return the folder templates are read from (not to be freed). */
const char *templates_dir(void);

/* Return the ids of the templates in the folder, sorted, in *IDS (caller
 * frees each and the array); return their number, or -1 with a translated
 * message in *ERROR (caller frees) when the folder cannot be read. */
long templates_list(char ***ids, char **error);

/* Load the template ID.  Return it (caller frees with template_free()), or
 * NULL after appending errors: an unknown id is reported with the list of
 * known ones; a broken file with its line and column. */
struct template *templates_load(const char *id, struct problem_list *errors);

/* Templates loaded once and kept, for commands that read many drafts. */
struct template_cache;

/* Return a new, empty cache.  Caller frees with template_cache_free(). */
struct template_cache *template_cache_new(void);

/* Free C and the templates it holds.  C may be NULL. */
void template_cache_free(struct template_cache *c);

/* Return the template ID, loaded on first use and owned by C (valid until
 * C is freed), or NULL after appending errors as templates_load() does;
 * a failure is not remembered. */
const struct template *template_cache_get(struct template_cache *c,
    const char *id, struct problem_list *errors);

#endif
