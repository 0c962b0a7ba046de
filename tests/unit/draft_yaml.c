/* Unit tests of storage/draft_yaml.c and draft_emit.c: the sample draft
 * comes back byte-identical and matches its golden dump; the writer's
 * choices of style, case by case; load and save is a fixed point. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/draft_yaml.h"
#include "storage/file.h"
#include "storage/templates.h"
#include "tests/tap.h"
#include "tests/unit/value_dump.h"

/* Return the text of tests/data/NAME, or NULL; its length in *LEN.
 * Caller frees. */
static char *
read_data(const char *name, size_t *len)
{
	const char *dir = getenv("TESTS_SRCDIR");
	char *path = xasprintf("%s/data/%s", dir ? dir : "tests", name);
	char *data = NULL, *error = NULL;

	if (file_read(path, FILE_MAX_SIZE, &data, len, &error) != 0) {
		tap_diag("%s", error);
		free(error);
		data = NULL;
	}
	free(path);
	return data;
}

/* Print the problems of L as diagnostics. */
static void
diag_problems(const struct problem_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		tap_diag("%d:%d: %s: %s", l->items[i].line, l->items[i].col,
		    l->items[i].field ? l->items[i].field : "-",
		    l->items[i].message);
}

/* The sample: load, emit, compare with the file and the golden dump. */
static void
test_sample(const char *name, const char *golden)
{
	const char *dir = getenv("TESTS_SRCDIR");
	char *path = xasprintf("%s/data/%s", dir ? dir : "tests", name);
	struct problem_list errors;
	struct template *t = NULL;
	struct draft *d = NULL;
	char *data, *out, *dump, *want;
	size_t len, out_len, want_len;

	problem_list_init(&errors);
	data = read_data(name, &len);
	if (!tap_ok(draft_file_load(path, &d, &t, &errors) == 0
	    && data != NULL, "%s loads", name)) {
		diag_problems(&errors);
		goto out;
	}
	out = draft_yaml_emit(d, t, &out_len);
	tap_is_mem(out, out_len, data, len, "%s is written back "
	    "byte-identical", name);
	free(out);
	if (golden != NULL) {
		dump = value_dump(&d->top);
		want = read_data(golden, &want_len);
		tap_is_str(dump, want != NULL ? want : "", "%s matches the "
		    "golden dump %s", name, golden);
		free(dump);
		free(want);
	}
out:
	draft_free(d);
	template_free(t);
	problem_list_free(&errors);
	free(data);
	free(path);
}

/* A case of the writer: a draft as someone wrote it, and as tripreport
 * writes it. */
struct emit_case {
	const char *title;
	const char *input;	/* the fields, after the taichung header */
	const char *expected;	/* the same, as written */
};

#define HEAD "format: tripreport/1\ntemplate: taichung\n"

static const struct emit_case emit_cases[] = {
	{ "text that reads as another type is quoted",
	  "fields:\n  title: 'true'\n  organizer: '123'\n  contact: '~'\n"
	  "  destination: '2018-07-07'\n",
	  "fields:\n  title: 'true'\n  organizer: '123'\n  contact: '~'\n"
	  "  destination: '2018-07-07'\n" },
	{ "quotes that are not needed go",
	  "fields:\n  title: \"新加坡\"\n  report_date: '2018-09-26'\n"
	  "  attachments: \"false\"\n",
	  "fields:\n  title: 新加坡\n  attachments: false\n"
	  "  report_date: 2018-09-26\n" },
	{ "an indicator or a comment sign is quoted",
	  "fields:\n  title: '- a'\n  organizer: 'a: b'\n  contact: 'a #b'\n"
	  "  phone: \"it's\"\n",
	  "fields:\n  title: '- a'\n  organizer: 'a: b'\n  contact: 'a #b'\n"
	  "  phone: it's\n" },
	{ "fields come in the template's order, unknown keys stay",
	  "fields:\n  phone: '1'\n  mine: 3\n  title: t\n",
	  "fields:\n  title: t\n  mine: 3\n  phone: '1'\n" },
	{ "unknown keys keep their place at the top too",
	  "note: 1\nfields:\n  title: t\nlast: [a, b]\n",
	  "note: 1\nfields:\n  title: t\nlast: [a, b]\n" },
	{ "a nothing becomes an empty text; empty lists stay",
	  "fields:\n  title:\n  travellers: []\n  trip_type:\n",
	  "fields:\n  title: ''\n  travellers: []\n  trip_type: ''\n" },
	{ "multi-line text is a literal block, chomped as needed",
	  "fields:\n  summary: \"a\\nb\\n\"\n  purpose: \"a\\nb\"\n"
	  "  process: \"a\\n\\n\"\n",
	  "fields:\n  summary: |\n    a\n    b\n  purpose: |-\n    a\n    b\n"
	  "  process: |+\n    a\n\n" },
	{ "a block that starts with a space says its indentation",
	  "fields:\n  summary: \"  a\\nb\\n\"\n",
	  "fields:\n  summary: |2\n      a\n    b\n" },
	{ "control characters go in double quotes with escapes",
	  "fields:\n  title: \"a\\x01b\\tc\"\n  summary: \"a\\r\\nb\"\n",
	  "fields:\n  title: \"a\\x01b\\tc\"\n  summary: \"a\\r\\nb\"\n" },
	{ "CJK is written as it is, never as \\u escapes",
	  "fields:\n  title: \"\\u81FA\\u4E2D\"\n",
	  "fields:\n  title: 臺中\n" },
	{ "short rows are flow maps in column order, long ones blocks",
	  "fields:\n  travellers:\n  - title: 科員\n    name: 甲\n"
	  "  - {name: 乙, unit: \"a\\nb\"}\n",
	  "fields:\n  travellers:\n    - {name: 甲, title: 科員}\n"
	  "    - name: 乙\n      unit: |-\n        a\n        b\n" },
	{ "a cell with a comma is quoted in a flow row",
	  "fields:\n  itinerary:\n    - {date: 2018-07-07, route: 'a, b'}\n",
	  "fields:\n  itinerary:\n    - {date: 2018-07-07, route: 'a, b'}\n" },
	{ "block-style options and period become flow",
	  "fields:\n  trip_type:\n  - 其他\n  - 表演\n  period:\n"
	  "    from: 2018-07-07\n    to: '2018-07-11'\n",
	  "fields:\n  trip_type: [其他, 表演]\n"
	  "  period: {from: 2018-07-07, to: 2018-07-11}\n" },
	{ "sequences flush with their key are read",
	  "fields:\n  trip_type:\n  - 其他\n  travellers:\n  - name: 甲\n",
	  "fields:\n  travellers:\n    - {name: 甲}\n  trip_type: [其他]\n" },
	{ "unknown nested values keep flow or block",
	  "fields:\n  x:\n    a: [1, 2]\n    b:\n      - c\n      - {d: e}\n",
	  "fields:\n  x:\n    a: [1, 2]\n    b:\n      - c\n      - {d: e}\n" },
	{ "a null fields map stays null (found by fuzz_draft)",
	  "fields:\n# nothing yet\n",
	  "fields: null\n" },
	{ "an unknown plain number stays plain, null stays null, a key that reads as a bool is quoted",
	  "num: 12\nz: ~\nn: x\nfields: {}\n",
	  "num: 12\nz: null\n'n': x\nfields: {}\n" },
};

/* Return the first problem of L as text, for diagnostics. */
static const char *
first_problem(const struct problem_list *l)
{
	return l->n > 0 ? l->items[0].message : "(none)";
}

/* Run one case of the writer, and check that its output is a fixed
 * point. */
static void
run_emit_case(const struct emit_case *c, const struct template *t)
{
	struct problem_list errors;
	char *input = xasprintf(HEAD "%s", c->input);
	char *expected = xasprintf(HEAD "%s", c->expected);
	struct draft *d, *again;
	char *out, *out2;
	size_t len, len2;

	problem_list_init(&errors);
	d = draft_yaml_load(input, strlen(input), &errors);
	if (!tap_ok(d != NULL, "%s: loads", c->title)) {
		tap_diag("%s", first_problem(&errors));
		goto out;
	}
	out = draft_yaml_emit(d, t, &len);
	tap_is_str(out, expected, "%s", c->title);
	again = draft_yaml_load(out, len, &errors);
	out2 = again != NULL ? draft_yaml_emit(again, t, &len2) : NULL;
	tap_is_str(out2, out, "%s: and again the same", c->title);
	free(out);
	free(out2);
	draft_free(again);
	draft_free(d);
out:
	problem_list_free(&errors);
	free(input);
	free(expected);
}

/* Texts that must come back exactly whatever they hold. */
static void
test_texts(const struct template *t)
{
	static const char *const texts[] = {
		"", " ", "a ", " a", "\t", "a\tb", "'", "\"", "\\", "#", ": ",
		"- ", "?", "---", "...", "%", "@", "`", "|", ">", "!", "&", "*",
		"[", "{", "yes", "No", "ON", "null", "Null", "~", "0x1F", "0o7",
		"1e5", ".inf", "-.5", "12:30", "2018-07-07 10:00", "=", "<<",
		"a\n", "a\n\n", "\na", "\n\na\n", " a\nb", "\ta\nb", "a\n ",
		"a\n \n", "a\r\nb", "\r", "\x01", "\x7f", "\xc2\x85",
		"\xe2\x80\xa8", "\xef\xbb\xbf", "a  \nb", "林依瑩\n", "　全形",
		"😀", "a\n\n\nb\n\n", "\n", "\n\n",
	};
	size_t i;
	int bad = 0;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++) {
		struct draft *d = draft_new(t), *back;
		struct problem_list errors;
		char *out;
		size_t len;

		value_set_text(draft_put(d, t, "summary"), texts[i]);
		value_set_text(draft_put(d, t, "title"), texts[i]);
		problem_list_init(&errors);
		out = draft_yaml_emit(d, t, &len);
		back = draft_yaml_load(out, len, &errors);
		if (back == NULL || !value_equal(&back->top, &d->top)) {
			tap_diag("text %zu does not come back:\n%s", i, out);
			bad++;
		}
		draft_free(back);
		draft_free(d);
		free(out);
		problem_list_free(&errors);
	}
	tap_is_int(bad, 0, "%zu awkward texts all come back exactly",
	    sizeof texts / sizeof texts[0]);
}

/* A small deterministic generator, so that a failure repeats. */
static unsigned long rng_state = 20180707;

/* Return a pseudo-random number below N. */
static size_t
rng(size_t n)
{
	rng_state = rng_state * 6364136223846793005ul + 1442695040888963407ul;
	return (size_t)(rng_state >> 33) % n;
}

/* Return a random text made of awkward pieces.  Caller frees. */
static char *
random_text(void)
{
	static const char *const pieces[] = {
		"a", " ", "\n", "\t", "'", "\"", "\\", ":", ": ", "#", " #",
		"-", "- ", "?", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">",
		"%", "@", "`", "~", "true", "null", "123", "0x1F", "2018-07-07",
		"...", "---", "\r", "\x01", "\x7f", "\xc2\x85", "\xe2\x80\xa8",
		"\xef\xbb\xbf", "臺中", "　", "😀", "é", "\n\n", "  ",
	};
	size_t n = rng(8), i;
	char *s = xstrdup(""), *next;

	for (i = 0; i < n; i++) {
		next = xasprintf("%s%s", s, pieces[rng(sizeof pieces
		    / sizeof pieces[0])]);
		free(s);
		s = next;
	}
	return s;
}

/* Fill V with a random value, DEPTH deep at most. */
static void
random_value(struct value *v, int depth)
{
	size_t i, n, kind = depth > 0 ? rng(10) : 0;
	char *text;

	if (kind < 6) {
		text = random_text();
		value_set_text(v, text);
		free(text);
	} else if (kind < 7) {
		value_free(v);
	} else if (kind < 8) {
		value_set_list(v);
		for (n = rng(4), i = 0; i < n; i++)
			random_value(value_list_append(v), depth - 1);
	} else {
		value_set_map(v);
		for (n = rng(4), i = 0; i < n; i++) {
			text = xasprintf("%s%zu", i % 2 ? "k" : "名", rng(100));
			if (value_map_get(v, text) == NULL)
				random_value(value_map_put(v, text), depth - 1);
			free(text);
		}
	}
	if (v->type == VALUE_LIST || v->type == VALUE_MAP)
		v->style = rng(2) ? VALUE_STYLE_PLAIN : VALUE_STYLE_ANY;
}

/* Return a random draft of template T: its fields and unknown keys.
 * Caller frees. */
static struct draft *
random_draft(const struct template *t)
{
	struct draft *d = draft_new(t);
	size_t i;

	for (i = 0; i < t->n_fields; i++)
		if (rng(2))
			random_value(draft_put(d, t, t->fields[i].id), 3);
	random_value(value_map_put(&d->top, "extra"), 3);
	return d;
}

/* Property: writing a random draft and reading it back gives the same
 * tree (when no template normalizes it), and writing that again gives
 * the same bytes. */
static void
test_property(const struct template *t)
{
	int i, bad_tree = 0, bad_bytes = 0;

	for (i = 0; i < 500; i++) {
		struct draft *d = random_draft(t), *back;
		const struct template *with = i % 2 ? t : NULL;
		struct problem_list errors;
		char *out, *out2 = NULL;
		size_t len, len2;

		problem_list_init(&errors);
		out = draft_yaml_emit(d, with, &len);
		back = draft_yaml_load(out, len, &errors);
		if (back != NULL)
			out2 = draft_yaml_emit(back, with, &len2);
		if (back == NULL || (with == NULL
		    && !value_equal(&back->top, &d->top))) {
			if (bad_tree++ == 0)
				tap_diag("draft %d reads back otherwise:\n%s", i,
				    out);
		}
		if (out2 == NULL || strcmp(out, out2) != 0) {
			if (bad_bytes++ == 0)
				tap_diag("draft %d is no fixed point:\n%s", i,
				    out);
		}
		free(out);
		free(out2);
		draft_free(back);
		draft_free(d);
		problem_list_free(&errors);
	}
	tap_is_int(bad_tree, 0, "500 random drafts read back as written");
	tap_is_int(bad_bytes, 0, "and write back byte-identical");
}

int
main(void)
{
	struct problem_list errors;
	struct template *t;
	size_t i;

	problem_list_init(&errors);
	test_sample("taichung-2018.yaml", "taichung-2018.dump");
	test_sample("national-example.yaml", NULL);
	t = templates_load("taichung", &errors);
	if (!tap_ok(t != NULL, "the taichung template loads")) {
		tap_diag("%s", first_problem(&errors));
		return tap_done();
	}
	for (i = 0; i < sizeof emit_cases / sizeof emit_cases[0]; i++)
		run_emit_case(&emit_cases[i], t);
	test_texts(t);
	test_property(t);
	template_free(t);
	problem_list_free(&errors);
	return tap_done();
}
