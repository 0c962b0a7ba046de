/* draft_file.h — drafts on disk: load with their template, save safely.
 *
 * Loading reads the file (at most FILE_MAX_SIZE bytes), parses it, loads
 * the template it names and checks the shapes of its values; any failure
 * is reported as problems with the place in the file, and no draft is
 * returned half-read.  Saving emits YAML and writes it atomically; a new
 * draft is created mode 0600.
 */
#ifndef TRIPREPORT_STORAGE_DRAFT_FILE_H
#define TRIPREPORT_STORAGE_DRAFT_FILE_H

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"
#include "storage/templates.h"

/* Load the draft at PATH and its template.  Return 0 and store both
 * (caller frees with draft_free() and template_free()), or -1 after
 * appending at least one error to ERRORS. */
int draft_file_load(const char *path, struct draft **draft,
    struct template **tmpl, struct problem_list *errors);

/* Load the draft at PATH as draft_file_load() does, its template taken
 * from CACHE.  Return the draft (caller frees with draft_free()) and store
 * its template (owned by CACHE) in *TMPL, or return NULL after appending
 * at least one error to ERRORS. */
struct draft *draft_file_read(const char *path, struct template_cache *cache,
    const struct template **tmpl, struct problem_list *errors);

/* Save D at PATH atomically.  Return 0, or -1 with a translated message in
 * *ERROR (caller frees); on failure the old file is untouched. */
int draft_file_save(const char *path, const struct draft *d,
    const struct template *t, char **error);

/* Create a new draft file at PATH from D; never overwrites.  Return 0, 1
 * when PATH exists already, or -1 with a message in *ERROR (caller frees). */
int draft_file_create(const char *path, const struct draft *d,
    const struct template *t, char **error);

#endif
