/* report.c — problems printed GNU style or as JSON (see report.h). */
#include <config.h>

#include "cli/report.h"

#include <stdlib.h>

#include "forms/text.h"

void
report_begin(struct report *r, FILE *out, bool json)
{
	r->out = out;
	r->json = json;
	r->n = 0;
	if (json)
		fputc('[', out);
}

/* Write S as a JSON string, quotes included. */
static void
json_string(FILE *out, const char *s)
{
	const unsigned char *p;

	fputc('"', out);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7F)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
	fputc('"', out);
}

/* Write problem P of FILE (all sanitized) as one JSON object. */
static void
json_problem(struct report *r, const char *file, const struct problem *p,
    const char *field, const char *message)
{
	fputs(r->n > 0 ? ",\n " : "\n ", r->out);
	fputs("{\"file\": ", r->out);
	json_string(r->out, file);
	fprintf(r->out, ", \"line\": %d, \"column\": %d, \"field\": ", p->line,
	    p->col);
	if (field != NULL)
		json_string(r->out, field);
	else
		fputs("null", r->out);
	fprintf(r->out, ", \"severity\": \"%s\", \"message\": ",
	    problem_severity_name(p->severity));
	json_string(r->out, message);
	fputc('}', r->out);
}

/* Write problem P of FILE (all sanitized) as one GNU-style line. */
static void
gnu_problem(struct report *r, const char *file, const struct problem *p,
    const char *field, const char *message)
{
	fputs(file, r->out);
	if (p->line > 0)
		fprintf(r->out, ":%d:%d", p->line, p->col);
	fputs(": ", r->out);
	if (field != NULL)
		fprintf(r->out, "%s: ", field);
	fprintf(r->out, "%s: %s\n", problem_severity_name(p->severity),
	    message);
}

void
report_problem(struct report *r, const char *file, const struct problem *p)
{
	char *safe_file = text_sanitize(file);
	char *field = p->field != NULL ? text_sanitize(p->field) : NULL;
	char *message = text_sanitize(p->message);

	if (r->json)
		json_problem(r, safe_file, p, field, message);
	else
		gnu_problem(r, safe_file, p, field, message);
	r->n++;
	free(safe_file);
	free(field);
	free(message);
}

void
report_end(struct report *r)
{
	if (r->json)
		fputs(r->n > 0 ? "\n]\n" : "]\n", r->out);
	fflush(r->out);
}

void
report_problems_stderr(const char *file, const struct problem_list *l)
{
	struct report r;
	size_t i;

	report_begin(&r, stderr, false);
	for (i = 0; i < l->n; i++)
		report_problem(&r, file, &l->items[i]);
	report_end(&r);
}
