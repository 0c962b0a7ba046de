/* problems.c — problems printed GNU style (see problems.h). */
#include <config.h>

#include "cli/problems.h"

#include <stdio.h>
#include <stdlib.h>

#include "forms/text.h"

/* Print problem P of FILE on one line of standard error. */
static void
print_one(const char *file, const struct problem *p)
{
	char *f = text_sanitize(file);
	char *m = text_sanitize(p->message);

	fprintf(stderr, "%s:", f);
	if (p->line > 0)
		fprintf(stderr, "%d:", p->line);
	if (p->line > 0 && p->col > 0)
		fprintf(stderr, "%d:", p->col);
	if (p->field != NULL) {
		char *field = text_sanitize(p->field);

		fprintf(stderr, " %s:", field);
		free(field);
	}
	fprintf(stderr, " %s: %s\n", problem_severity_name(p->severity), m);
	free(f);
	free(m);
}

void
cli_problems_print(const char *file, const struct problem_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		print_one(file, &l->items[i]);
}
