/* problem.h — what is wrong with a draft or a file, and where.
 *
 * A problem names its field and its place in the file, so that it can be
 * printed GNU style (FILE:LINE:COL: FIELD: error: message) and so that the
 * form can jump to the field.  A problem list owns its problems and their
 * strings; problem_list_free() frees them.
 */
#ifndef TRIPREPORT_FORMS_PROBLEM_H
#define TRIPREPORT_FORMS_PROBLEM_H

#include <stddef.h>

enum problem_severity {
	PROBLEM_ERROR,		/* the draft cannot be filed as it is */
	PROBLEM_WARNING		/* worth a look; filing is allowed */
};

struct problem {
	enum problem_severity severity;
	char *field;	/* "period", "travellers[2].name" (rows 1-based),
			   or NULL for the file as a whole; owned */
	int line;	/* 1-based place in the file, 0 when unknown */
	int col;
	char *message;	/* translated, one line, no final period; owned */
};

struct problem_list {
	struct problem *items;	/* owned array */
	size_t n;
	size_t cap;
};

/* Initialise L as empty. */
void problem_list_init(struct problem_list *l);

/* Free all problems of L and leave it empty.  L may be NULL. */
void problem_list_free(struct problem_list *l);

/* Append a problem; FIELD may be NULL; the message is formatted as printf
 * would.  Strings are copied. */
void problem_add(struct problem_list *l, enum problem_severity severity,
    const char *field, int line, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

/* Return how many problems of SEVERITY L holds. */
size_t problem_count(const struct problem_list *l,
    enum problem_severity severity);

/* Return the untranslated name of SEVERITY: "error" or "warning". */
const char *problem_severity_name(enum problem_severity severity);

#endif
