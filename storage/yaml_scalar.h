/* yaml_scalar.h — how a piece of text may be written as a YAML scalar.
 *
 * The draft writer asks these questions of every scalar: may it stand
 * plain, would a YAML reader take it for something else than text (a
 * bool, a number, a date, null), can it go in a literal block, or does it
 * need double quotes with escapes.  The answers are conservative: when in
 * doubt, quote.
 */
#ifndef TRIPREPORT_STORAGE_YAML_SCALAR_H
#define TRIPREPORT_STORAGE_YAML_SCALAR_H

#include <stdbool.h>

/* Return true when TEXT may be written plain, syntactically: not empty,
 * one line, no leading indicator, no ": " or " #", no white space at
 * either end; inside a flow collection (FLOW) none of ,[]{}:?# either.
 * A plain scalar may still read as another type: see
 * yaml_scalar_resolves(). */
bool yaml_scalar_plain_ok(const char *text, bool flow);

/* Return true when a YAML 1.1 or 1.2 reader would take the plain TEXT for
 * something other than a string: null, a bool (yes, on ...), a number, a
 * date or time, or the merge key. */
bool yaml_scalar_resolves(const char *text);

/* Return true when TEXT has a character that only double quotes can
 * carry: a control character other than tab and line feed, a carriage
 * return, a Unicode line or paragraph separator, a byte-order mark, a
 * non-character, or an invalid UTF-8 byte. */
bool yaml_scalar_needs_escapes(const char *text);

/* Return true when TEXT, of several lines, can be written as a literal
 * block scalar (|) and read back the same. */
bool yaml_scalar_literal_ok(const char *text);

/* Return true when TEXT is an ISO date as dates are stored: YYYY-MM-DD. */
bool yaml_scalar_is_iso_date(const char *text);

/* Return true when TEXT is a decimal integer, as integer fields hold. */
bool yaml_scalar_is_integer(const char *text);

#endif
