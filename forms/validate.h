/* validate.h — the rules of a template applied to a draft.
 *
 * Field rules: required (and "required unless"), kind (a date must be a
 * date, a bool true/false ...), length by count mode, integer bounds,
 * pattern, options, table rows and cells, phone form.  Sheet-level rules,
 * applied when the template names them:
 *   period_order              [error]   period from <= to
 *   report_after_return       [error]   report date not before period.to
 *   filed_late                [warning] report date > 3 months after
 *                                       period.to (the deadline is shown)
 *   sheet_only_for_other      [warning] category other than 其他 needs
 *                                       the full report
 *   contact_among_travellers  [warning] 2+ travellers: contact is one
 *   itinerary_within_period   [warning] itinerary dates inside period
 *   no_placeholders           [error]   ○○, TODO, 待填, XXX left in text
 *   phone_pattern             [warning] a phone no Taiwanese form fits
 * Dates in messages are in ROC form.  Every message is translated.
 */
#ifndef TRIPREPORT_FORMS_VALIDATE_H
#define TRIPREPORT_FORMS_VALIDATE_H

#include <stdbool.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* Check D against every field rule and sheet-level rule of T; append the
 * problems to OUT, in T's field order, each with the place of its value
 * in the file (or of the "fields" key when the value is missing). */
void draft_validate(const struct draft *d, const struct template *t,
    struct problem_list *out);

/* Check field ID of D alone (the form checks a field as it is left);
 * append its problems to OUT. */
void draft_validate_field(const struct draft *d, const struct template *t,
    const char *id, struct problem_list *out);

/* Return true when NAME is a sheet-level rule this program knows. */
bool validate_rule_known(const char *name);

/* Return true when TEXT reads as a Taiwanese phone number: an area code
 * and number (04-22289111, (04)2228-9111), a 09 mobile, optionally with an
 * extension written 分機, 轉, # or ext. */
bool validate_phone(const char *text);

#endif
