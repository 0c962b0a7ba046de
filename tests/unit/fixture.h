/* fixture.h — the two shipped templates built in C, as DESIGN.md lists
 * them, and a valid draft of each (the Taichung one mirrors the filed
 * sample report), for the unit tests of forms/.
 */
#ifndef TRIPREPORT_TESTS_FIXTURE_H
#define TRIPREPORT_TESTS_FIXTURE_H

#include "forms/draft.h"
#include "forms/template.h"

/* Return the taichung template.  Caller frees with template_free(). */
struct template *fixture_taichung(void);

/* Return the national template.  Caller frees with template_free(). */
struct template *fixture_national(void);

/* Return a complete, valid taichung draft: the sample report of 2018
 * (臺中市政府出席新加坡「2018世界城市峰會市長論壇」).  Caller frees. */
struct draft *fixture_taichung_draft(const struct template *t);

/* Return a complete, valid national draft.  Caller frees. */
struct draft *fixture_national_draft(const struct template *t);

/* Set the scalar field ID of D (added in T's order when missing) to
 * TEXT. */
void fixture_set(struct draft *d, const struct template *t, const char *id,
    const char *text);

/* Set cell COLUMN of row ROW (1-based) of table ID to TEXT. */
void fixture_set_cell(struct draft *d, const char *id, size_t row,
    const char *column, const char *text);

/* Append a row to table ID of D from the "key=value" pairs of CELLS, a
 * NULL-terminated list. */
void fixture_add_row(struct draft *d, const struct template *t,
    const char *id, const char *const *cells);

/* Set the daterange field ID of D to FROM and TO. */
void fixture_set_range(struct draft *d, const struct template *t,
    const char *id, const char *from, const char *to);

/* Return a string of N copies of the UTF-8 character C.  Caller frees. */
char *fixture_repeat(const char *c, size_t n);

#endif
