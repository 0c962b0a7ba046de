/* problems.h — problems printed GNU style for the sub-commands:
 * FILE:LINE:COL: FIELD: error: message. */
#ifndef TRIPREPORT_CLI_PROBLEMS_H
#define TRIPREPORT_CLI_PROBLEMS_H

#include "forms/problem.h"

/* Print every problem of L on standard error, each on one line that
 * starts with FILE (and its line and column when known), then the field
 * when there is one, the severity and the message, all made safe for a
 * terminal. */
void cli_problems_print(const char *file, const struct problem_list *l);

#endif
