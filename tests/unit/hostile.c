/* Unit tests of hostile and broken drafts: each is refused whole with
 * its own message at its own place, quickly (every input here is small,
 * or built to stop the reader early). */
#include <config.h>

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/draft_yaml.h"
#include "storage/file.h"
#include "tests/tap.h"

#define HEAD "format: tripreport/1\ntemplate: taichung\n"

/* A broken draft and the one error expected of it. */
struct hostile_case {
	const char *title;
	const char *input;	/* NULL: made by the test */
	const char *field;	/* the problem's field, or NULL */
	int line;		/* its place */
	int col;
	const char *message;	/* a part of its message */
};

static const struct hostile_case cases[] = {
	{ "an anchor", HEAD "fields:\n  title: &a x\n", NULL, 4, 10,
	  "anchors (&a) are not allowed" },
	{ "billion laughs", "a: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\n"
	  "c: [*b, *b, *b]\n", NULL, 1, 4, "anchors (&a) are not allowed" },
	{ "an alias alone", HEAD "fields:\n  title: *x\n", NULL, 4, 10,
	  "aliases (*x) are not allowed" },
	{ "an alias as a key", HEAD "fields:\n  *x : 1\n", NULL, 4, 3,
	  "aliases (*x) are not allowed" },
	{ "two documents", HEAD "fields: {}\n---\nformat: tripreport/1\n",
	  NULL, 4, 1, "more than one YAML document" },
	{ "a duplicate key", HEAD "template: national\n", NULL, 3, 1,
	  "the key 'template' is given twice" },
	{ "a duplicate field", HEAD "fields:\n  title: a\n  title: b\n", NULL,
	  5, 3, "the key 'title' is given twice" },
	{ "not a map", "- format\n- tripreport/1\n", NULL, 1, 1,
	  "a draft is a map of keys" },
	{ "a bare text", "hello\n", NULL, 1, 1, "not text" },
	{ "an empty file", "", NULL, 1, 1, "no YAML document" },
	{ "no format", "template: taichung\n", "format", 1, 1,
	  "no 'format' key" },
	{ "another format", "format: other/1\ntemplate: taichung\n",
	  "format", 1, 9, "'other/1' is not a tripreport draft format" },
	{ "a newer format", "format: tripreport/2\ntemplate: taichung\n",
	  "format", 1, 9, "format tripreport/2, newer than this program "
	  "reads (tripreport/1)" },
	{ "no template", "format: tripreport/1\n", "template", 1, 1,
	  "no 'template' key" },
	{ "a list as template", "format: tripreport/1\ntemplate: [a]\n",
	  "template", 2, 11, "not a list" },
	{ "fields as text", HEAD "fields: none\n", "fields", 3, 9,
	  "not text" },
	{ "a key that is a list", HEAD "[a]: 1\n", NULL, 3, 1,
	  "a key must be text" },
	{ "a raw control character", HEAD "fields:\n  title: a\x01" "b\n",
	  NULL, 4, 11, "control character (U+0001)" },
	{ "a NUL by escape", HEAD "fields:\n  title: \"a\\0b\"\n", NULL, 4, 10,
	  "NUL" },
	{ "a foreign tag", HEAD "fields:\n  title: !!binary aGk=\n", NULL, 4,
	  10, "tag:yaml.org,2002:binary is not allowed" },
	{ "a syntax error", HEAD "fields:\n  title: 'open\n", NULL, 5, 1,
	  "YAML syntax: found unexpected end of stream" },
	{ "invalid UTF-8", HEAD "fields:\n  title: \xe8\x87\n", NULL, 4, 10,
	  "invalid UTF-8 (byte 0xE8)" },
	{ "a surrogate in UTF-8", HEAD "fields:\n  title: ab\xed\xa0\x80\n",
	  NULL, 4, 12, "invalid UTF-8" },
};

/* Return the input of "depth bomb": lists nested 100,000 deep.
 * Caller frees. */
static char *
depth_bomb(void)
{
	size_t n = 100000, head = strlen(HEAD "fields: ");
	char *s = xmalloc(head + n + 2);

	memcpy(s, HEAD "fields: ", head);
	memset(s + head, '[', n);
	strcpy(s + head + n, "\n");
	return s;
}

/* Return a map of 200,000 keys whose last repeats the first.  Caller
 * frees. */
static char *
wide_map(void)
{
	size_t i, n = 200000, cap = n * 16 + 64, len = 0;
	char *s = xmalloc(cap);

	len += (size_t)snprintf(s, cap, "%s", HEAD "x:\n");
	for (i = 0; i < n; i++)
		len += (size_t)snprintf(s + len, cap - len, "  k%zu: 1\n", i);
	snprintf(s + len, cap - len, "  k0: 2\n");
	return s;
}

/* Load INPUT and check that it fails with the one error of C. */
static void
check_refused(const struct hostile_case *c, const char *input, size_t len)
{
	struct problem_list errors;
	struct draft *d;
	const struct problem *p;

	problem_list_init(&errors);
	d = draft_yaml_load(input, len, &errors);
	tap_ok(d == NULL, "%s: refused", c->title);
	if (errors.n == 0) {
		tap_ok(0, "%s: with an error", c->title);
	} else {
		p = &errors.items[0];
		tap_ok(strstr(p->message, c->message) != NULL, "%s: says '%s'",
		    c->title, c->message);
		if (strstr(p->message, c->message) == NULL)
			tap_diag("got: %s", p->message);
		tap_is_str(p->field, c->field, "%s: field", c->title);
		tap_ok(p->line == c->line && p->col == c->col, "%s: at %d:%d",
		    c->title, c->line, c->col);
		if (p->line != c->line || p->col != c->col)
			tap_diag("got %d:%d", p->line, p->col);
		tap_is_int(p->severity, PROBLEM_ERROR, "%s: an error",
		    c->title);
	}
	draft_free(d);
	problem_list_free(&errors);
}

/* Return TEXT converted from UTF-8 to Big5, or NULL.  Caller frees. */
static char *
to_big5(const char *text, size_t *out_len)
{
	iconv_t cd = iconv_open("BIG5", "UTF-8");
	size_t in_left = strlen(text), cap = in_left * 2 + 1, out_left = cap;
	char *in = (char *)text, *buf, *out;

	if (cd == (iconv_t)-1)
		return NULL;
	buf = out = xmalloc(cap);
	if (iconv(cd, &in, &in_left, &out, &out_left) == (size_t)-1) {
		iconv_close(cd);
		free(buf);
		return NULL;
	}
	iconv_close(cd);
	*out_len = cap - out_left;
	return buf;
}

/* A Big5 draft: the first Big5 byte is reported with its place. */
static void
test_big5(void)
{
	static const struct hostile_case c = { "a Big5 draft", NULL, NULL, 4,
		10, "invalid UTF-8 (byte 0xBB)" };
	size_t len;
	char *big5 = to_big5(HEAD "fields:\n  title: 臺中市政府\n", &len);

	if (big5 == NULL) {
		tap_skip("iconv cannot convert to BIG5 here");
		return;
	}
	check_refused(&c, big5, len);
	free(big5);
}

/* Return the path of a scratch file NAME.  Caller frees. */
static char *
scratch(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

/* Write LEN bytes of DATA at PATH. */
static void
write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fwrite(data, 1, len, f);
		fclose(f);
	}
}

/* Load the file PATH; return the first error's message or "" (not to be
 * freed after the next call), and its place in *LINE, *COL. */
static const char *
load_error(const char *path, int *line, int *col, const char **field)
{
	static char message[1024];
	struct problem_list errors;
	struct template *t = NULL;
	struct draft *d = NULL;

	problem_list_init(&errors);
	message[0] = '\0';
	*line = *col = -1;
	*field = NULL;
	if (draft_file_load(path, &d, &t, &errors) != 0 && errors.n > 0) {
		snprintf(message, sizeof message, "%s",
		    errors.items[0].message);
		*line = errors.items[0].line;
		*col = errors.items[0].col;
		*field = errors.items[0].field != NULL
		    && strcmp(errors.items[0].field, "template") == 0
		    ? "template" : errors.items[0].field != NULL
		    && strcmp(errors.items[0].field, "travellers") == 0
		    ? "travellers" : NULL;
	}
	draft_free(d);
	template_free(t);
	problem_list_free(&errors);
	return message;
}

/* Files: too big, an unknown template, values of the wrong type. */
static void
test_files(void)
{
	char dir[] = "/tmp/tripreport-hostile.XXXXXX";
	char *path, *big;
	const char *m, *field;
	int line, col;
	size_t n = FILE_MAX_SIZE + 1;

	if (mkdtemp(dir) == NULL) {
		tap_ok(0, "a scratch folder: %s", strerror(errno));
		return;
	}
	path = scratch(dir, "big.yaml");
	big = xmalloc(n);
	memset(big, '#', n);
	write_file(path, big, n);
	free(big);
	m = load_error(path, &line, &col, &field);
	tap_ok(strstr(m, "too big") != NULL, "a file over 8 MiB is refused: "
	    "%s", m);
	unlink(path);
	free(path);

	path = scratch(dir, "unknown.yaml");
	write_file(path, "format: tripreport/1\ntemplate: kaohsiung\n", 41);
	m = load_error(path, &line, &col, &field);
	tap_ok(strstr(m, "unknown template 'kaohsiung'") != NULL
	    && strstr(m, "national, taichung") != NULL, "an unknown template "
	    "lists the known ones: %s", m);
	tap_ok(line == 2 && col == 11, "at the template's place (%d:%d)",
	    line, col);
	tap_is_str(field, "template", "naming the template key");
	unlink(path);
	free(path);

	path = scratch(dir, "types.yaml");
	write_file(path, HEAD "fields:\n  title: t\n  travellers: 林依瑩\n",
	    strlen(HEAD "fields:\n  title: t\n  travellers: 林依瑩\n"));
	m = load_error(path, &line, &col, &field);
	tap_ok(strstr(m, "list of rows, not text") != NULL, "travellers "
	    "given as text is refused: %s", m);
	tap_ok(line == 5 && col == 15, "at its place (%d:%d)", line, col);
	tap_is_str(field, "travellers", "naming the field");
	unlink(path);
	free(path);
	rmdir(dir);
}

/* More shapes: each wrong value is named with its row and column. */
static void
test_shapes(void)
{
	static const char input[] = HEAD "fields:\n"
	    "  trip_type: [其他, [x]]\n"
	    "  period: {from: [2018], to: 2018-07-11}\n"
	    "  travellers:\n    - {name: 甲, unit: {a: b}}\n    - 乙\n"
	    "  summary: [a]\n";
	static const char *const want[] = { "trip_type[2]", "period.from",
		"travellers[1].unit", "travellers[2]", "summary" };
	struct problem_list errors, found;
	struct template *t;
	struct draft *d;
	size_t i;

	problem_list_init(&errors);
	problem_list_init(&found);
	t = templates_load("taichung", &errors);
	d = draft_yaml_load(input, strlen(input), &errors);
	if (!tap_ok(t != NULL && d != NULL, "a draft of wrong shapes parses"))
		goto out;
	tap_is_int(draft_yaml_check_shapes(d, t, &found), 5,
	    "five values have the wrong shape");
	for (i = 0; i < 5 && i < found.n; i++)
		tap_is_str(found.items[i].field, want[i], "problem %zu names "
		    "%s", i + 1, want[i]);
out:
	draft_free(d);
	template_free(t);
	problem_list_free(&errors);
	problem_list_free(&found);
}

int
main(void)
{
	static const struct hostile_case bomb = { "a nesting bomb", NULL,
		NULL, 3, 40, "nest deeper than 32 levels" };
	static const struct hostile_case wide = { "a duplicate among 200,000 "
		"keys", NULL, NULL, 200004, 3, "the key 'k0' is given twice" };
	size_t i;
	char *s;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		check_refused(&cases[i], cases[i].input,
		    strlen(cases[i].input));
	s = depth_bomb();
	check_refused(&bomb, s, strlen(s));
	free(s);
	s = wide_map();
	check_refused(&wide, s, strlen(s));
	free(s);
	s = xasprintf(HEAD "%0300d: 1\n", 0);
	{
		static const struct hostile_case long_key = { "a key of 300 "
			"bytes", NULL, NULL, 3, 1, "a key is longer than 256 "
			"bytes" };

		check_refused(&long_key, s, strlen(s));
	}
	free(s);
	test_big5();
	test_files();
	test_shapes();
	return tap_done();
}
