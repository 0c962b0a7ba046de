/* problem.c — lists of problems (see problem.h). */
#include <config.h>

#include "forms/problem.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

void
problem_list_init(struct problem_list *l)
{
	memset(l, 0, sizeof *l);
}

void
problem_list_free(struct problem_list *l)
{
	size_t i;

	if (l == NULL)
		return;
	for (i = 0; i < l->n; i++) {
		free(l->items[i].field);
		free(l->items[i].message);
	}
	free(l->items);
	problem_list_init(l);
}

void
problem_add(struct problem_list *l, enum problem_severity severity,
    const char *field, int line, int col, const char *fmt, ...)
{
	struct problem *p;
	va_list ap;
	int len;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		l->items = xreallocarray(l->items, l->cap, sizeof *l->items);
	}
	p = &l->items[l->n];
	p->severity = severity;
	p->field = field != NULL ? xstrdup(field) : NULL;
	p->line = line;
	p->col = col;
	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (len < 0)
		len = 0;
	p->message = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(p->message, (size_t)len + 1, fmt, ap);
	va_end(ap);
	l->n++;
}

size_t
problem_count(const struct problem_list *l, enum problem_severity severity)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++)
		if (l->items[i].severity == severity)
			n++;
	return n;
}

const char *
problem_severity_name(enum problem_severity severity)
{
	return severity == PROBLEM_ERROR ? "error" : "warning";
}
