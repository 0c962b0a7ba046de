/* Unit tests of storage/template_yaml.c and templates.c: the shipped
 * templates load with every member as DESIGN.md fixes it; broken
 * template files are refused with the key and place; unknown ids list
 * the known ones. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "storage/template_yaml.h"
#include "storage/templates.h"
#include "tests/tap.h"

/* Load template ID, or fail the check. */
static struct template *
load(const char *id)
{
	struct problem_list errors;
	struct template *t;

	problem_list_init(&errors);
	t = templates_load(id, &errors);
	if (!tap_ok(t != NULL, "the %s template loads", id) && errors.n > 0)
		tap_diag("%s", errors.items[0].message);
	problem_list_free(&errors);
	return t;
}

/* Return the ids of T's fields joined by spaces.  Caller frees. */
static char *
field_ids(const struct template *t)
{
	char *s = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < t->n_fields; i++) {
		next = xasprintf("%s%s%s", s, i ? " " : "", t->fields[i].id);
		free(s);
		s = next;
	}
	return s;
}

/* The taichung template, as DESIGN.md lists it. */
static void
test_taichung(void)
{
	struct template *t = load("taichung");
	const struct template_field *f;
	char *ids;

	if (t == NULL)
		return;
	ids = field_ids(t);
	tap_is_str(ids, "category title attachments organizer contact phone "
	    "travellers trip_type period destination report_date summary "
	    "purpose itinerary process reflections recommendations",
	    "taichung: the fields in print order");
	free(ids);
	tap_is_str(t->name, "臺中市政府公務出國或赴大陸地區報告提要",
	    "taichung: its name");
	f = template_field(t, "category");
	tap_ok(f->kind == FIELD_CHOICE && f->n_options == 5 && f->required
	    && strcmp(f->default_value, "其他") == 0, "category: a required "
	    "choice of 5, 其他 by default");
	f = template_field(t, "summary");
	tap_ok(f->count == COUNT_NONSPACE && f->min_count == 500
	    && f->max_count == -1 && !f->body, "summary: at least 500 "
	    "nonspace characters, on the sheet");
	f = template_field(t, "purpose");
	tap_ok(f->required && f->body && strcmp(f->unless_field, "category")
	    == 0 && strcmp(f->unless_value, "其他") == 0, "purpose: body, "
	    "required unless category is 其他");
	f = template_field(t, "trip_type");
	tap_ok(f->kind == FIELD_CHOICES && f->allow_other && f->n_options == 8,
	    "trip_type: choices of 8 with other");
	f = template_field(t, "travellers");
	tap_ok(f->kind == FIELD_TABLE && f->min_rows == 1 && f->n_columns == 4
	    && f->columns[3].required && strcmp(f->columns[3].label, "職稱")
	    == 0, "travellers: a table of 4 required columns, 1 row at least");
	f = template_field(t, "itinerary");
	tap_ok(f->kind == FIELD_TABLE && f->columns[0].kind == FIELD_DATE
	    && f->body, "itinerary: a body table whose first column is a date");
	tap_is_int((long long)t->n_rules, 8, "taichung: 8 sheet rules");
	tap_ok(t->n_sections == 6 && strcmp(t->sections[3].heading, "過程") == 0
	    && t->sections[3].n_fields == 2 && strcmp(t->sections[3].fields[0],
	    "itinerary") == 0, "taichung: 6 body sections, 過程 with the "
	    "itinerary and the process");
	tap_ok(t->sections[0].on_sheet && strcmp(t->sections[0].heading,
	    "摘要") == 0 && !t->sections[1].on_sheet, "taichung: 壹、摘要 is "
	    "the sheet's summary, so the body goes on from 貳");
	template_free(t);
}

/* The national template, as DESIGN.md lists it. */
static void
test_national(void)
{
	struct template *t = load("national");
	const struct template_field *f;

	if (t == NULL)
		return;
	tap_is_int((long long)t->n_fields, 18, "national: 18 fields");
	f = template_field(t, "system_id");
	tap_ok(!f->required && strcmp(f->pattern, "^C[0-9]{8}$") == 0
	    && f->example != NULL, "system_id: optional, C and 8 digits");
	f = template_field(t, "pages");
	tap_ok(f->kind == FIELD_INTEGER && f->min_value == 1
	    && f->max_value == LONG_MAX, "pages: an integer, at least 1");
	f = template_field(t, "keywords");
	tap_is_str(f->separators, "，、,;", "keywords: the separators");
	f = template_field(t, "summary");
	tap_ok(f->count == COUNT_HAN && f->min_count == 200
	    && f->max_count == 300, "summary: 200 to 300 Han characters");
	f = template_field(t, "travellers");
	tap_ok(f->n_columns == 5 && f->columns[4].kind == FIELD_PHONE,
	    "travellers: 5 columns, the last a phone");
	f = template_field(t, "category");
	tap_is_int((long long)f->n_options, 9, "category: 9 options");
	tap_ok(t->n_sections == 3 && strcmp(t->sections[2].heading,
	    "心得及建議") == 0, "national: 3 body sections");
	template_free(t);
}

/* A broken template and the error expected of it. */
struct broken_case {
	const char *title;
	const char *body;	/* the fields list, after the header */
	const char *field;
	int line;
	int col;
	const char *message;
};

#define THEAD "format: tripreport-template/1\nid: t\nname: n\n" \
	"name_en: n\ntitle: x\n"

static const struct broken_case broken[] = {
	{ "an unknown key", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: text, colour: red}\n", "colour", 7, 48,
	  "unknown key 'colour'" },
	{ "an unknown kind", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: texte}\n", "kind", 7, 42, "unknown kind 'texte'" },
	{ "a missing label", "fields:\n  - {id: a, label_en: A, kind: text}\n",
	  "label", 7, 5, "the key 'label' is missing" },
	{ "a bad id", "fields:\n  - {id: A b, label: A, label_en: A, "
	  "kind: text}\n", "id", 7, 10, "'A b' is no id" },
	{ "a twice used id", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: text}\n  - {id: a, label: B, label_en: B, kind: text}\n",
	  "fields", 8, 5, "the id 'a' is used twice" },
	{ "an unknown rule", "rules: [no_such_rule]\nfields:\n  - {id: a, "
	  "label: A, label_en: A, kind: text}\n", "rules", 6, 9,
	  "unknown rule 'no_such_rule'" },
	{ "a section naming no field", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: text}\nsections:\n  - {heading: H, fields: "
	  "[b]}\n", "sections", 9, 27, "no field has the id 'b'" },
	{ "choice without options", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: choice}\n", "options", 7, 5,
	  "the key 'options' is missing" },
	{ "a default that is no option", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: choice, options: [x], default: y}\n",
	  "default", 7, 73, "'y' is not one of the options" },
	{ "a bad pattern", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: text, pattern: '(('}\n", "pattern", 7, 57,
	  "not a valid extended regular expression" },
	{ "an example that does not match", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: text, pattern: '^C$', example: D}\n",
	  "example", 7, 73, "'D' does not match the pattern" },
	{ "a count without bounds", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: text, count: han}\n", "count", 7, 5,
	  "'count' needs 'min' or 'max'" },
	{ "an unknown count", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: text, count: words, min: 1}\n", "count", 7, 55,
	  "unknown count 'words'" },
	{ "a table without columns", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: table}\n", "columns", 7, 5,
	  "a table needs a list of at least one column" },
	{ "a table in a table", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: table, columns: [{id: b, label: B, label_en: B, kind: "
	  "table, columns: [{id: c, label: C, label_en: C, kind: text}]}]}\n",
	  "kind", 7, 59, "a column cannot be of kind table" },
	{ "unless naming no field", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: text, required: true, unless: {field: z, "
	  "equals: q}}\n", "unless", 7, 5, "no field has the id 'z'" },
	{ "required that is no bool", "fields:\n  - {id: a, label: A, "
	  "label_en: A, kind: text, required: yes}\n", "required", 7, 58,
	  "this must be true or false" },
	{ "a count with a bad bound (a leak found by fuzz_template)",
	  "fields:\n  - {id: a, label: A, label_en: A, kind: text, count: "
	  "han, max: ;00}\n", "max", 7, 65, "this must be a whole number" },
	{ "min_value on text", "fields:\n  - {id: a, label: A, label_en: A, "
	  "kind: text, min_value: 1}\n", "min_value", 7, 5,
	  "only integer fields have min_value" },
	{ "no fields", "rules: []\n", NULL, 1, 1,
	  "the key 'fields' is missing" },
};

/* Check one broken template. */
static void
run_broken(const struct broken_case *c)
{
	struct problem_list errors;
	char *input = xasprintf(THEAD "%s", c->body);
	struct template *t;
	const struct problem *p;

	problem_list_init(&errors);
	t = template_yaml_load(input, strlen(input), &errors);
	tap_ok(t == NULL, "%s: refused", c->title);
	if (errors.n > 0) {
		p = &errors.items[0];
		if (!tap_ok(strstr(p->message, c->message) != NULL,
		    "%s: says '%s'", c->title, c->message))
			tap_diag("got: %s", p->message);
		tap_is_str(p->field, c->field, "%s: names the key", c->title);
		if (!tap_ok(p->line == c->line && p->col == c->col,
		    "%s: at %d:%d", c->title, c->line, c->col))
			tap_diag("got %d:%d", p->line, p->col);
	} else {
		tap_ok(0, "%s: with an error", c->title);
	}
	template_free(t);
	problem_list_free(&errors);
	free(input);
}

/* Unknown ids, and the folder chosen by templates_set_dir(). */
static void
test_lookup(void)
{
	struct problem_list errors;
	char **ids, *error = NULL;
	long n, i;

	problem_list_init(&errors);
	tap_ok(templates_load("kaohsiung", &errors) == NULL,
	    "an unknown template is refused");
	tap_ok(errors.n == 1 && strstr(errors.items[0].message,
	    "unknown template 'kaohsiung'; the known templates are: "
	    "national, taichung") != NULL, "and the known ones are listed");
	problem_list_free(&errors);
	tap_ok(templates_load("../taichung", &errors) == NULL,
	    "a path is no template id");
	problem_list_free(&errors);
	n = templates_list(&ids, &error);
	tap_is_int(n, 2, "two templates are listed");
	for (i = 0; i < n; i++)
		free(ids[i]);
	if (n >= 0)
		free(ids);
	templates_set_dir("/nonexistent/templates");
	tap_is_str(templates_dir(), "/nonexistent/templates",
	    "templates_set_dir() chooses the folder");
	tap_ok(templates_load("taichung", &errors) == NULL && errors.n == 1
	    && strstr(errors.items[0].message, "/nonexistent/templates")
	    != NULL, "a missing folder is named");
	problem_list_free(&errors);
	templates_set_dir(NULL);
}

int
main(void)
{
	size_t i;

	test_taichung();
	test_national();
	for (i = 0; i < sizeof broken / sizeof broken[0]; i++)
		run_broken(&broken[i]);
	test_lookup();
	return tap_done();
}
