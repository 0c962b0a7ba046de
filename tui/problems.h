/* problems.h — the list of a draft's problems on screen; Enter on one
 * goes to its field.
 */
#ifndef TRIPREPORT_TUI_PROBLEMS_H
#define TRIPREPORT_TUI_PROBLEMS_H

#include "forms/problem.h"
#include "forms/template.h"

/* Return the field part of a problem's field name, "travellers" for
 * "travellers[2].name", in BUF of SIZE bytes; store where the rest
 * ("[2].name") starts in *SUB (when not NULL). */
const char *problems_field_id(const char *name, char *buf, size_t size,
    const char **sub);

/* Return NAME ("travellers[2].name") in words of T's labels: 出國人員
 * row 2 姓名.  Caller frees. */
char *problems_describe(const struct template *t, const char *name);

/* Show the problems of L over the whole screen until the user picks one
 * (Enter) or goes back (Esc, ^V, ^X, ^C).  Return the index of the one
 * picked, or -1. */
long problems_pick(const struct problem_list *l, const struct template *t);

#endif
