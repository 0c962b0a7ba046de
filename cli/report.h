/* report.h — problems printed for people (GNU style) or for scripts
 * (JSON).  Every string from a file passes through text_sanitize() first,
 * so that a crafted draft cannot drive the terminal.
 */
#ifndef TRIPREPORT_CLI_REPORT_H
#define TRIPREPORT_CLI_REPORT_H

#include <stdbool.h>
#include <stdio.h>

#include "forms/problem.h"

/* The state of a report being written. */
struct report {
	FILE *out;	/* where it goes */
	bool json;	/* a JSON array rather than GNU lines */
	size_t n;	/* problems written so far */
};

/* Start a report on OUT, as JSON when JSON. */
void report_begin(struct report *r, FILE *out, bool json);

/* Write problem P of the file FILE: FILE:LINE:COL: FIELD: SEVERITY:
 * MESSAGE, leaving out the place when unknown and the field when none. */
void report_problem(struct report *r, const char *file,
    const struct problem *p);

/* End the report (closes the JSON array). */
void report_end(struct report *r);

/* Print every problem of L about FILE on standard error, GNU style. */
void report_problems_stderr(const char *file, const struct problem_list *l);

#endif
