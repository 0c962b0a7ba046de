/* value_dump.h — a canonical text dump of a value tree, for golden files.
 *
 * One event a line, in the manner of libyaml's test-suite format: +MAP,
 * ?KEY, +SEQ, =VAL, =NULL, -SEQ, -MAP, each with its place (line:col)
 * and, for scalars, the style and the text with \n, \\ and control
 * characters escaped.
 */
#ifndef TRIPREPORT_TESTS_VALUE_DUMP_H
#define TRIPREPORT_TESTS_VALUE_DUMP_H

#include "forms/value.h"

/* Return the dump of V.  Caller frees. */
char *value_dump(const struct value *v);

#endif
