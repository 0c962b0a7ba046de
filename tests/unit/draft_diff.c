/* Unit tests of forms/draft_diff.c: which fields differ between two
 * drafts, in template order, and the keys the template does not know. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/draft_diff.h"
#include "lib/xalloc.h"
#include "tests/tap.h"
#include "tests/unit/fixture.h"

/* A change made to the second draft, and what the diff must list. */
struct diff_case {
	const char *title;
	void (*change)(struct draft *d, const struct template *t);
	const char *fields;	/* ids, space-separated */
	const char *unknown;
	const char *top;
};

static void
no_change(struct draft *d, const struct template *t)
{
	(void)d;
	(void)t;
}

static void
change_summary(struct draft *d, const struct template *t)
{
	fixture_set(d, t, "summary", "本府應邀出席。");
}

/* Change fields out of template order: the diff is in template order. */
static void
change_three(struct draft *d, const struct template *t)
{
	fixture_set(d, t, "recommendations", "改");
	fixture_set(d, t, "title", "改");
	fixture_set_range(d, t, "period", "2018-07-08", "2018-07-11");
}

static void
change_cell(struct draft *d, const struct template *t)
{
	(void)t;
	fixture_set_cell(d, "travellers", 2, "title", "科長");
}

static void
add_row(struct draft *d, const struct template *t)
{
	static const char *const cells[] = {"date=2018-07-12", NULL};

	fixture_add_row(d, t, "itinerary", cells);
}

/* Set the field ID to a null value. */
static void
set_null(struct draft *d, const char *id)
{
	struct value *v = value_map_get(draft_fields(d), id);

	if (v != NULL)
		value_free(v);
}

/* An empty text and a null are both empty: no difference. */
static void
empty_to_null(struct draft *d, const struct template *t)
{
	(void)t;
	set_null(d, "purpose");
}

static void
remove_field(struct draft *d, const struct template *t)
{
	(void)t;
	value_map_remove((struct value *)draft_fields(d), "destination");
}

static void
unknown_key(struct draft *d, const struct template *t)
{
	(void)t;
	value_set_text(value_map_put((struct value *)draft_fields(d),
	    "note"), "x");
	value_set_text(value_map_put(&d->top, "comment"), "y");
}

static void
style_only(struct draft *d, const struct template *t)
{
	struct value *v = value_map_get(draft_fields(d), "title");

	(void)t;
	v->style = VALUE_STYLE_DOUBLE;
	v->line = 99;
}

static const struct diff_case cases[] = {
	{"the same draft", no_change, "", "", ""},
	{"one text", change_summary, "summary", "", ""},
	{"template order", change_three, "title period recommendations", "",
	    ""},
	{"a cell", change_cell, "travellers", "", ""},
	{"a row added", add_row, "itinerary", "", ""},
	{"empty text and null are the same", empty_to_null, "", "", ""},
	{"a field removed", remove_field, "destination", "", ""},
	{"unknown keys", unknown_key, "", "note", "comment"},
	{"style and place are not data", style_only, "", "", ""},
};

/* Return the N strings of LIST joined by spaces.  Caller frees. */
static char *
joined(char **list, size_t n)
{
	size_t i, len = 1;
	char *out;

	for (i = 0; i < n; i++)
		len += strlen(list[i]) + 1;
	out = xcalloc(1, len);
	for (i = 0; i < n; i++) {
		if (i > 0)
			strcat(out, " ");
		strcat(out, list[i]);
	}
	return out;
}

/* Check one case, both ways round. */
static void
check_case(const struct template *t, const struct diff_case *c)
{
	struct draft *a = fixture_taichung_draft(t), *b = draft_copy(a);
	struct draft_diff diff, back;
	char *got;

	fixture_set(a, t, "purpose", "");
	fixture_set(b, t, "purpose", "");
	c->change(b, t);
	draft_diff(a, b, t, &diff);
	got = joined(diff.fields, diff.n_fields);
	tap_is_str(got, c->fields, "%s: fields", c->title);
	free(got);
	got = joined(diff.unknown, diff.n_unknown);
	tap_is_str(got, c->unknown, "%s: unknown keys", c->title);
	free(got);
	got = joined(diff.top, diff.n_top);
	tap_is_str(got, c->top, "%s: top-level keys", c->title);
	free(got);
	draft_diff(b, a, t, &back);
	tap_is_int(draft_diff_count(&back), draft_diff_count(&diff),
	    "%s: the same count both ways", c->title);
	draft_diff_clear(&back);
	draft_diff_clear(&diff);
	draft_free(a);
	draft_free(b);
}

int
main(void)
{
	struct template *t = fixture_taichung();
	struct draft *a = draft_new(t), *b = fixture_taichung_draft(t);
	struct draft_diff diff;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_case(t, &cases[i]);
	draft_diff(a, b, t, &diff);
	tap_ok(diff.n_fields > 10, "a new draft and the sample differ in "
	    "most fields (%zu)", diff.n_fields);
	draft_diff_clear(&diff);
	draft_diff_clear(&diff);
	draft_diff_clear(NULL);
	tap_ok(diff.fields == NULL && diff.n_fields == 0,
	    "a cleared diff is empty and may be cleared again");
	draft_free(a);
	draft_free(b);
	template_free(t);
	return tap_done();
}
