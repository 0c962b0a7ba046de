/* sheet_rules.c — the sheet-level rules that a template may name (see
 * validate.h): a table of {name, function}, and the functions.  Each
 * rule reads the fields it is about by their fixed ids (period,
 * report_date, category, contact, travellers, itinerary) and says nothing
 * when the template or the draft lacks them or their values are not
 * valid, since the field rules report that already.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/validate.h"
#include "forms/validate_int.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"

/* The report is due this many months after the return. */
#define FILING_MONTHS 3

/* The category for which the summary sheet alone is enough, when no
 * field of the template names one with "required unless". */
#define SHEET_ONLY_CATEGORY "其他"

/* The texts that mark a field as not yet filled in (case matters). */
static const char *const placeholders[] = {"○○", "TODO", "待填", "XXX"};

/* Add a problem of SEVERITY about PATH, at the place of field ID. */
#define rule_problem(v, severity, id, path, ...) do { \
	struct place at_ = validation_field_place((v), (id)); \
	problem_add((v)->out, (severity), (path), at_.line, at_.col, \
	    __VA_ARGS__); \
} while (0)

/* Read the dates of the period into *FROM and *TO: true when both are
 * valid. */
static bool
period_dates(const struct validation *v, struct date *from, struct date *to)
{
	return draft_get_range_date(v->draft, "period", "from", from) == 0
	    && draft_get_range_date(v->draft, "period", "to", to) == 0;
}

/* period_order: the period does not end before it starts. */
static void
rule_period_order(const struct validation *v)
{
	struct date from, to;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];

	if (period_dates(v, &from, &to) && date_compare(from, to) > 0)
		rule_problem(v, PROBLEM_ERROR, "period", "period",
		    _("%s: the start %s is after the end %s"),
		    validation_label(v->tmpl, "period"), date_to_roc(from, a),
		    date_to_roc(to, b));
}

/* report_after_return: the report is dated on or after the return. */
static void
rule_report_after_return(const struct validation *v)
{
	struct date from, to, report;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];

	if (!period_dates(v, &from, &to)
	    || draft_value_date(draft_get(v->draft, "report_date"),
	    &report) != 0)
		return;
	if (date_compare(report, to) < 0)
		rule_problem(v, PROBLEM_ERROR, "report_date", "report_date",
		    _("%s %s is before the return %s"),
		    validation_label(v->tmpl, "report_date"),
		    date_to_roc(report, a), date_to_roc(to, b));
}

/* filed_late: the report is dated within 3 months of the return. */
static void
rule_filed_late(const struct validation *v)
{
	struct date from, to, report, due;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], c[DATE_BUFSIZE];

	if (!period_dates(v, &from, &to)
	    || draft_value_date(draft_get(v->draft, "report_date"),
	    &report) != 0)
		return;
	due = date_add_months(to, FILING_MONTHS);
	if (!date_is_unset(due) && date_compare(report, due) > 0)
		rule_problem(v, PROBLEM_WARNING, "report_date", "report_date",
		    P_("%s %s is more than %d month after the return %s "
		    "(deadline %s)", "%s %s is more than %d months after the "
		    "return %s (deadline %s)", FILING_MONTHS),
		    validation_label(v->tmpl, "report_date"),
		    date_to_roc(report, a), FILING_MONTHS, date_to_roc(to, b),
		    date_to_roc(due, c));
}

/* Return true when field F is excused when CATEGORY_ID has a value. */
static bool
excused_by(const struct template_field *f, const char *category_id)
{
	return f->unless_field != NULL && f->unless_value != NULL
	    && strcmp(f->unless_field, category_id) == 0;
}

/* Return the value of CATEGORY_ID that excuses fields of T (the last one
 * named), or NULL when no field names one.  The string belongs to T. */
static const char *
excusing_value(const struct template *t, const char *category_id)
{
	const char *value = NULL;
	size_t i;

	for (i = 0; i < t->n_fields; i++)
		if (excused_by(&t->fields[i], category_id))
			value = t->fields[i].unless_value;
	return value;
}

/* Return the labels, joined by 、, of the fields of T excused when
 * CATEGORY_ID has a value.  Caller frees. */
static char *
body_fields(const struct template *t, const char *category_id)
{
	char *out = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < t->n_fields; i++) {
		const struct template_field *f = &t->fields[i];

		if (!excused_by(f, category_id))
			continue;
		next = xasprintf("%s%s%s", out, *out != '\0' ? "、" : "",
		    f->label);
		free(out);
		out = next;
	}
	return out;
}

/* sheet_only_for_other: a category other than 其他 needs the full
 * report, whose body sections then become required. */
static void
rule_sheet_only_for_other(const struct validation *v)
{
	const char *text = draft_get_text(v->draft, "category");
	const char *other;
	char *body, *cat, *q;

	if (text == NULL)
		return;
	cat = text_trim(text);
	other = excusing_value(v->tmpl, "category");
	if (other == NULL)
		other = SHEET_ONLY_CATEGORY;
	if (*cat != '\0' && strcmp(cat, other) != 0) {
		body = body_fields(v->tmpl, "category");
		q = validation_quote(cat);
		rule_problem(v, PROBLEM_WARNING, "category", "category",
		    _("%s is %s: the summary sheet alone serves only trips "
		    "of category %s, so the full report is needed (%s)"),
		    validation_label(v->tmpl, "category"), q, other, body);
		free(q);
		free(body);
	}
	free(cat);
}

/* contact_among_travellers: with 2 or more travellers, the contact is
 * one of them. */
static void
rule_contact_among_travellers(const struct validation *v)
{
	const struct value *rows = draft_get(v->draft, "travellers");
	const char *contact = draft_get_text(v->draft, "contact");
	char *who, *q;
	size_t i;

	if (rows == NULL || rows->type != VALUE_LIST || rows->n_items < 2
	    || contact == NULL)
		return;
	who = text_trim(contact);
	for (i = 0; i < rows->n_items && *who != '\0'; i++)
		if (validation_text_is(value_text(value_map_get(
		    &rows->items[i], "name")), who))
			break;
	if (*who != '\0' && i == rows->n_items) {
		q = validation_quote(who);
		rule_problem(v, PROBLEM_WARNING, "contact", "contact",
		    P_("%s %s is not among the %zu person listed in %s",
		    "%s %s is not among the %zu people listed in %s",
		    rows->n_items), validation_label(v->tmpl, "contact"), q,
		    rows->n_items, validation_label(v->tmpl, "travellers"));
		free(q);
	}
	free(who);
}

/* Warn when the date of itinerary row ROW (1-based), the value R, lies
 * outside FROM to TO. */
static void
check_itinerary_row(const struct validation *v, const struct value *r,
    size_t row, struct date from, struct date to)
{
	const struct template_field *t = template_field(v->tmpl, "itinerary");
	const struct template_field *col = template_column(t, "date");
	struct place at = validation_field_place(v, "itinerary");
	struct date d;
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE], c[DATE_BUFSIZE];
	char *path, *name;

	if (col == NULL || draft_value_date(value_map_get(r, "date"), &d) != 0
	    || (date_compare(d, from) >= 0 && date_compare(d, to) <= 0))
		return;
	at = validation_value_place(r, at);
	at = validation_value_place(value_map_get(r, "date"), at);
	path = xasprintf("itinerary[%zu].date", row);
	name = validation_cell_name(t, row, col);
	problem_add(v->out, PROBLEM_WARNING, path, at.line, at.col,
	    _("%s %s is outside %s (%s to %s)"), name, date_to_roc(d, a),
	    validation_label(v->tmpl, "period"), date_to_roc(from, b),
	    date_to_roc(to, c));
	free(name);
	free(path);
}

/* itinerary_within_period: every day of the itinerary lies within the
 * period. */
static void
rule_itinerary_within_period(const struct validation *v)
{
	const struct value *rows = draft_get(v->draft, "itinerary");
	struct date from, to;
	size_t i;

	if (rows == NULL || rows->type != VALUE_LIST
	    || template_field(v->tmpl, "itinerary") == NULL
	    || !period_dates(v, &from, &to) || date_compare(from, to) > 0)
		return;
	for (i = 0; i < rows->n_items; i++)
		check_itinerary_row(v, &rows->items[i], i + 1, from, to);
}

/* Return the first placeholder found in TEXT, or NULL. */
static const char *
find_placeholder(const char *text)
{
	size_t i;

	for (i = 0; i < sizeof placeholders / sizeof placeholders[0]; i++)
		if (strstr(text, placeholders[i]) != NULL)
			return placeholders[i];
	return NULL;
}

/* Return the placeholder in the value S when it is a scalar, or NULL. */
static const char *
scalar_placeholder(const struct value *s)
{
	return s != NULL && s->type == VALUE_SCALAR
	    ? find_placeholder(s->text) : NULL;
}

/* Report a placeholder in the scalar S, known as PATH and NAME, placed at
 * AT or at S. */
static void
scan_scalar(const struct validation *v, const struct value *s,
    const char *path, const char *name, struct place at)
{
	const char *mark = scalar_placeholder(s);

	if (mark == NULL)
		return;
	at = validation_value_place(s, at);
	problem_add(v->out, PROBLEM_ERROR, path, at.line, at.col,
	    _("%s still holds the placeholder 「%s」"), name, mark);
}

/* Scan the cells of table F, the value ROWS, at AT, for placeholders. */
static void
scan_table(const struct validation *v, const struct template_field *f,
    const struct value *rows, struct place at)
{
	size_t r, c;

	for (r = 0; r < rows->n_items; r++) {
		const struct value *row = &rows->items[r];

		for (c = 0; c < f->n_columns; c++) {
			const struct template_field *col = &f->columns[c];
			const struct value *cell = value_map_get(row, col->id);
			char *path, *name;

			/* Names cost; make them for problems only. */
			if (scalar_placeholder(cell) == NULL)
				continue;
			path = xasprintf("%s[%zu].%s", f->id, r + 1, col->id);
			name = validation_cell_name(f, r + 1, col);
			scan_scalar(v, cell, path, name,
			    validation_value_place(row, at));
			free(name);
			free(path);
		}
	}
}

/* Scan the items or entries of the value X of field F, at AT, naming
 * list items PATH[N] and map entries PATH.KEY. */
static void
scan_parts(const struct validation *v, const struct template_field *f,
    const struct value *x, struct place at)
{
	size_t i;
	char *path;

	/* Paths cost; make them for problems only. */
	for (i = 0; i < x->n_items; i++) {
		if (scalar_placeholder(&x->items[i]) == NULL)
			continue;
		path = xasprintf("%s[%zu]", f->id, i + 1);
		scan_scalar(v, &x->items[i], path, f->label, at);
		free(path);
	}
	for (i = 0; i < x->n_entries; i++) {
		if (scalar_placeholder(&x->entries[i].value) == NULL)
			continue;
		path = xasprintf("%s.%s", f->id, x->entries[i].key);
		scan_scalar(v, &x->entries[i].value, path, f->label, at);
		free(path);
	}
}

/* no_placeholders: no ○○, TODO, 待填 or XXX left in any field. */
static void
rule_no_placeholders(const struct validation *v)
{
	size_t i;

	for (i = 0; i < v->tmpl->n_fields; i++) {
		const struct template_field *f = &v->tmpl->fields[i];
		const struct value *x = draft_get(v->draft, f->id);
		struct place at = validation_field_place(v, f->id);

		if (x == NULL)
			continue;
		if (x->type == VALUE_SCALAR)
			scan_scalar(v, x, f->id, f->label, at);
		else if (f->kind == FIELD_TABLE && x->type == VALUE_LIST)
			scan_table(v, f, x, at);
		else
			scan_parts(v, f, x, at);
	}
}

/* Return true when the value S is no phone number to warn about: not a
 * scalar, blank, or a Taiwanese number. */
static bool
phone_ok(const struct value *s)
{
	const char *text = value_text(s);

	return text == NULL || text_count_nonspace(text) == 0
	    || validate_phone(text);
}

/* Warn when the scalar S, known as PATH and NAME, at AT, holds a phone
 * number of no Taiwanese form. */
static void
check_phone(const struct validation *v, const struct value *s,
    const char *path, const char *name, struct place at)
{
	const char *text = value_text(s);
	char *q;

	if (phone_ok(s))
		return;
	at = validation_value_place(s, at);
	q = validation_quote(text);
	problem_add(v->out, PROBLEM_WARNING, path, at.line, at.col,
	    _("%s 「%s」 is not a Taiwanese phone number (for example "
	    "04-22289111分機11414 or 0912-345-678)"), name, q);
	free(q);
}

/* Check the phone columns of table F, the value ROWS, at AT. */
static void
phone_columns(const struct validation *v, const struct template_field *f,
    const struct value *rows, struct place at)
{
	size_t r, c;

	for (c = 0; c < f->n_columns; c++) {
		const struct template_field *col = &f->columns[c];

		if (col->kind != FIELD_PHONE)
			continue;
		for (r = 0; r < rows->n_items; r++) {
			const struct value *row = &rows->items[r];
			const struct value *cell = value_map_get(row, col->id);
			char *path, *name;

			if (phone_ok(cell))
				continue;
			path = xasprintf("%s[%zu].%s", f->id, r + 1, col->id);
			name = validation_cell_name(f, r + 1, col);
			check_phone(v, cell, path, name,
			    validation_value_place(row, at));
			free(name);
			free(path);
		}
	}
}

/* phone_pattern: every phone field and phone column holds a number of a
 * Taiwanese form. */
static void
rule_phone_pattern(const struct validation *v)
{
	size_t i;

	for (i = 0; i < v->tmpl->n_fields; i++) {
		const struct template_field *f = &v->tmpl->fields[i];
		const struct value *x = draft_get(v->draft, f->id);
		struct place at = validation_field_place(v, f->id);

		if (f->kind == FIELD_PHONE)
			check_phone(v, x, f->id, f->label, at);
		else if (f->kind == FIELD_TABLE && x != NULL
		    && x->type == VALUE_LIST)
			phone_columns(v, f, x, at);
	}
}

/* A sheet-level rule: its name in templates, and its check. */
struct sheet_rule {
	const char *name;
	void (*apply)(const struct validation *v);
};

static const struct sheet_rule sheet_rules[] = {
	{"period_order", rule_period_order},
	{"report_after_return", rule_report_after_return},
	{"filed_late", rule_filed_late},
	{"sheet_only_for_other", rule_sheet_only_for_other},
	{"contact_among_travellers", rule_contact_among_travellers},
	{"itinerary_within_period", rule_itinerary_within_period},
	{"no_placeholders", rule_no_placeholders},
	{"phone_pattern", rule_phone_pattern},
};

bool
validate_rule_known(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof sheet_rules / sizeof sheet_rules[0]; i++)
		if (strcmp(sheet_rules[i].name, name) == 0)
			return true;
	return false;
}

void
sheet_rules_apply(const struct validation *v)
{
	size_t i;

	for (i = 0; i < sizeof sheet_rules / sizeof sheet_rules[0]; i++)
		if (template_has_rule(v->tmpl, sheet_rules[i].name))
			sheet_rules[i].apply(v);
}
