/* template_yaml.h — templates as YAML data (the files under templates/),
 * read with libyaml.  Every key is checked: an unknown kind, a missing id or label,
 * a rule this program does not know, a section naming a field that does
 * not exist, are errors with line and column.
 */
#ifndef TRIPREPORT_STORAGE_TEMPLATE_YAML_H
#define TRIPREPORT_STORAGE_TEMPLATE_YAML_H

#include <stddef.h>

#include "forms/problem.h"
#include "forms/template.h"

/* Parse the LEN bytes at DATA as a template.  Return it (caller frees with
 * template_free()), or NULL after appending errors to ERRORS. */
struct template *template_yaml_load(const char *data, size_t len,
    struct problem_list *errors);

#endif
