/* value.c — unit tests of forms/value.c (the value tree), with the parts
 * of forms/draft.c and forms/problem.c built on it. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/value.h"
#include "lib/xalloc.h"
#include "tests/tap.h"
#include "tests/unit/fixture.h"

/* Return the keys of the map V joined by ','.  Caller frees. */
static char *
keys(const struct value *v)
{
	size_t i, len = 1;
	char *out;

	for (i = 0; i < v->n_entries; i++)
		len += strlen(v->entries[i].key) + 1;
	out = xmalloc(len);
	*out = '\0';
	for (i = 0; i < v->n_entries; i++) {
		if (i > 0)
			strcat(out, ",");
		strcat(out, v->entries[i].key);
	}
	return out;
}

/* Return the texts of the items of the list V joined by ','.  Caller
 * frees. */
static char *
items(const struct value *v)
{
	size_t i, len = 1;
	char *out;

	for (i = 0; i < v->n_items; i++)
		len += strlen(v->items[i].text ? v->items[i].text : "~") + 1;
	out = xmalloc(len);
	*out = '\0';
	for (i = 0; i < v->n_items; i++) {
		if (i > 0)
			strcat(out, ",");
		strcat(out, v->items[i].text ? v->items[i].text : "~");
	}
	return out;
}

/* Check scalars, emptiness and value_text(). */
static void
test_scalars(void)
{
	static const struct {
		const char *text;
		bool empty;
	} cases[] = {
		{"", true}, {" \t\n", true}, {"a", false}, {" a ", false},
		{"臺中", false}, {"0", false},
	};
	struct value v;
	size_t i;

	value_init(&v);
	tap_ok(v.type == VALUE_NULL && value_is_empty(&v)
	    && value_text(&v) == NULL, "a new value is null and empty");
	tap_ok(value_is_empty(NULL) && value_text(NULL) == NULL,
	    "NULL is empty and has no text");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		value_set_text(&v, cases[i].text);
		tap_is_int(value_is_empty(&v), cases[i].empty,
		    "'%s' is %sempty", cases[i].text,
		    cases[i].empty ? "" : "not ");
	}
	value_set_text(&v, "臺中市");
	v.line = 4;
	v.col = 9;
	value_set_text(&v, v.text);
	tap_is_str(value_text(&v), "臺中市",
	    "a scalar set from its own text keeps it");
	tap_ok(v.line == 4 && v.col == 9, "setting the text keeps the place");
	value_set_list(&v);
	tap_ok(v.type == VALUE_LIST && v.text == NULL && value_is_empty(&v),
	    "a scalar made an empty list");
	value_set_map(&v);
	tap_ok(v.type == VALUE_MAP && value_is_empty(&v), "an empty map");
	value_free(&v);
	tap_ok(v.type == VALUE_NULL, "a freed value is null");
	value_free(NULL);
}

/* Check list insertion, appending and removal. */
static void
test_lists(void)
{
	struct value v;
	char *s;

	value_init(&v);
	value_set_text(value_list_append(&v), "b");
	value_set_text(value_list_append(&v), "d");
	value_set_text(value_list_insert(&v, 0), "a");
	value_set_text(value_list_insert(&v, 2), "c");
	value_set_text(value_list_insert(&v, 99), "e");
	value_list_insert(&v, 5);
	s = items(&v);
	tap_is_str(s, "a,b,c,d,e,~", "list insert and append keep order");
	free(s);
	value_list_remove(&v, 5);
	value_list_remove(&v, 0);
	value_list_remove(&v, 1);
	value_list_remove(&v, 99);
	s = items(&v);
	tap_is_str(s, "b,d,e", "list remove");
	free(s);
	value_free(&v);
}

/* Check map get, put, put_at and remove. */
static void
test_maps(void)
{
	struct value v;
	struct value *x;
	char *s;

	value_init(&v);
	value_set_text(value_map_put(&v, "title"), "A");
	value_set_text(value_map_put(&v, "phone"), "B");
	value_set_text(value_map_put_at(&v, "category", 0), "C");
	value_set_text(value_map_put_at(&v, "contact", 2), "D");
	value_set_text(value_map_put_at(&v, "zzz", 99), "E");
	s = keys(&v);
	tap_is_str(s, "category,title,contact,phone,zzz",
	    "map_put_at places new keys");
	free(s);
	x = value_map_put_at(&v, "title", 4);
	tap_is_str(value_text(x), "A", "map_put_at of a present key returns "
	    "it");
	s = keys(&v);
	tap_is_str(s, "category,title,contact,phone,zzz",
	    "and does not move it");
	free(s);
	tap_ok(value_map_get(&v, "nope") == NULL, "get of a missing key");
	tap_ok(value_map_remove(&v, "contact")
	    && !value_map_remove(&v, "contact"), "remove once");
	s = keys(&v);
	tap_is_str(s, "category,title,phone,zzz", "remove keeps the order");
	free(s);
	value_free(&v);
	value_set_text(&v, "scalar");
	tap_ok(value_map_get(&v, "a") == NULL && !value_map_remove(&v, "a"),
	    "a scalar is no map");
	value_map_put(&v, "a");
	tap_ok(v.type == VALUE_MAP && v.n_entries == 1,
	    "put on a scalar makes it a map");
	value_free(&v);
}

/* Check deep copies and equality. */
static void
test_copy_equal(void)
{
	struct value a, b;
	struct value *row;

	value_init(&a);
	value_init(&b);
	value_set_text(value_map_put(&a, "title"), "出國");
	row = value_list_append(value_map_put(&a, "travellers"));
	value_set_text(value_map_put(row, "name"), "林依瑩");
	value_map_put(&a, "empty");
	a.line = 3;
	a.entries[0].line = 4;
	value_copy(&b, &a);
	tap_ok(value_equal(&a, &b), "a copy is equal");
	tap_ok(b.line == 3 && b.entries[0].line == 4, "a copy keeps places");
	tap_ok(b.entries[0].key != a.entries[0].key
	    && b.entries[0].value.text != a.entries[0].value.text,
	    "a copy owns its strings");
	b.line = 9;
	b.style = VALUE_STYLE_DOUBLE;
	tap_ok(value_equal(&a, &b), "places and styles are not compared");
	value_set_text(value_map_get(&b.entries[1].value.items[0], "name"),
	    "任珮諤");
	tap_ok(!value_equal(&a, &b), "a change deep inside is seen");
	value_copy(&b, &a);
	value_set_text(value_list_append(value_map_get(&b, "travellers")),
	    "x");
	tap_ok(!value_equal(&a, &b), "a longer list differs");
	value_copy(&b, &a);
	value_map_remove(&b, "empty");
	tap_ok(!value_equal(&a, &b), "a map with fewer keys differs");
	value_copy(&b, &a);
	value_set_text(value_map_get(&b, "empty"), "");
	tap_ok(!value_equal(&a, &b), "null and empty text differ");
	value_free(&a);
	value_free(&b);
}

/* Check the draft functions built on values. */
static void
test_draft(void)
{
	struct template *t = fixture_taichung();
	static const char order[] = "category,title,attachments,organizer,"
	    "contact,phone,";
	struct draft *d = draft_new(t), *c;
	struct value *f = value_map_get(&d->top, "fields");
	struct date day;
	char *s;

	tap_is_str(value_text(value_map_get(&d->top, "format")),
	    "tripreport/1", "a new draft has its format");
	tap_is_str(draft_get_text(d, "category"), "其他",
	    "a new draft takes the default");
	tap_is_int(f->n_entries, t->n_fields, "a new draft has every field");
	tap_ok(draft_fields(d) == f, "draft_fields");
	value_map_remove(f, "phone");
	value_map_remove(f, "title");
	value_set_text(draft_put(d, t, "phone"), "04-22289111");
	value_set_text(draft_put(d, t, "title"), "出國");
	s = keys(f);
	tap_ok(strncmp(s, order, strlen(order)) == 0,
	    "draft_put adds fields in template order");
	free(s);
	value_set_text(draft_put(d, t, "report_date"), "2018-09-26");
	tap_ok(draft_value_date(draft_get(d, "report_date"), &day) == 0
	    && day.month == 9, "draft_value_date");
	tap_is_int(draft_get_range_date(d, "period", "from", &day), -1,
	    "an empty range has no date");
	c = draft_copy(d);
	tap_ok(value_equal(&c->top, &d->top), "draft_copy");
	draft_free(c);
	draft_free(d);
	draft_free(NULL);
	template_free(t);
}

/* Check the problem list. */
static void
test_problems(void)
{
	struct problem_list l;
	size_t i;

	problem_list_init(&l);
	for (i = 0; i < 20; i++)
		problem_add(&l, i % 3 ? PROBLEM_WARNING : PROBLEM_ERROR,
		    i % 2 ? "title" : NULL, (int)i, 1, "problem %zu", i);
	tap_is_int(l.n, 20, "twenty problems");
	tap_is_int(problem_count(&l, PROBLEM_ERROR), 7, "seven errors");
	tap_is_str(l.items[19].message, "problem 19", "messages formatted");
	tap_ok(l.items[0].field == NULL && strcmp(l.items[1].field, "title")
	    == 0, "fields copied or NULL");
	tap_is_str(problem_severity_name(PROBLEM_WARNING), "warning",
	    "severity names");
	problem_list_free(&l);
	tap_is_int(l.n, 0, "freed list is empty");
	problem_list_free(NULL);
}

int
main(void)
{
	test_scalars();
	test_lists();
	test_maps();
	test_copy_equal();
	test_draft();
	test_problems();
	return tap_done();
}
