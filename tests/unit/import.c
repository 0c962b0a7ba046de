/* import.c — unit tests of storage/import_*.c on the filed sample report
 * (tests/data/taichung-2018-wcs.txt, the official web layout): the values
 * it must give, a draft that validates without errors, and print ->
 * import -> print giving the same text at 80 and 60 columns. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/validate.h"
#include "lib/xalloc.h"
#include "storage/import.h"
#include "storage/print.h"
#include "tests/tap.h"
#include "tests/unit/fixture.h"

/* Give T the body sections of templates/taichung.yaml. */
static void
add_sections(struct template *t)
{
	static const struct { const char *heading; const char *f[2]; } s[] = {
		{ "出國人員名單", { "travellers", NULL } },
		{ "目的", { "purpose", NULL } },
		{ "過程", { "itinerary", "process" } },
		{ "心得", { "reflections", NULL } },
		{ "建議", { "recommendations", NULL } },
	};
	size_t i, k;

	t->n_sections = sizeof s / sizeof s[0];
	t->sections = xcalloc(t->n_sections, sizeof *t->sections);
	for (i = 0; i < t->n_sections; i++) {
		t->sections[i].heading = xstrdup(s[i].heading);
		t->sections[i].fields = xcalloc(2, sizeof(char *));
		for (k = 0; k < 2 && s[i].f[k] != NULL; k++)
			t->sections[i].fields[k] = xstrdup(s[i].f[k]);
		t->sections[i].n_fields = k;
	}
}

/* Return the file at PATH, NUL-terminated.  Caller frees. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	size_t len = 0, got;
	char buf[8192];

	if (f == NULL)
		return NULL;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
		data = xreallocarray(data, len + got + 1, 1);
		memcpy(data + len, buf, got);
		len += got;
	}
	fclose(f);
	if (data != NULL)
		data[len] = '\0';
	return data;
}

/* Return the text of cell COLUMN of row ROW (0-based) of table ID. */
static const char *
cell(const struct draft *d, const char *id, size_t row, const char *column)
{
	const struct value *v = draft_get(d, id);

	if (v == NULL || v->type != VALUE_LIST || row >= v->n_items)
		return NULL;
	return value_text(value_map_get(&v->items[row], column));
}

/* Check the values the sample must give. */
static void
check_values(const struct draft *d)
{
	const struct value *v;
	const char *s;

	tap_is_str(draft_get_text(d, "category"), "其他", "category");
	tap_is_str(draft_get_text(d, "title"), "臺中市政府出席新加坡「2018"
	    "世界城市峰會市長論壇」(新南向)", "title");
	tap_is_str(draft_get_text(d, "attachments"), "false", "attachments");
	tap_is_str(draft_get_text(d, "organizer"), "秘書處", "organizer");
	tap_is_str(draft_get_text(d, "contact"), "任珮諤",
	    "contact, from a line with two labels");
	tap_is_str(draft_get_text(d, "phone"), "04-22289111分機11414",
	    "phone, from a line with two labels");
	tap_is_str(cell(d, "travellers", 1, "agency"), "臺中市政府秘書處",
	    "travellers from the name/agency/unit/title list");
	v = draft_get(d, "trip_type");
	tap_ok(v != NULL && v->type == VALUE_LIST && v->n_items == 1
	    && strcmp(value_text(&v->items[0]), "其他") == 0,
	    "trip type: the ticked box alone");
	tap_is_str(value_text(value_map_get(draft_get(d, "period"), "to")),
	    "2018-07-11", "period, as an ISO date");
	tap_is_str(draft_get_text(d, "destination"), "新加坡",
	    "destination, after a tab on the period's line");
	tap_is_str(draft_get_text(d, "report_date"), "2018-09-26",
	    "report date");
	s = draft_get_text(d, "summary");
	tap_ok(s != NULL && strncmp(s, "壹、摘要\n本府應", strlen("壹、摘要\n"
	    "本府應")) == 0 && strstr(s, "<p>") == NULL,
	    "summary: the paragraphs, one a line, without the hint");
	tap_is_str(cell(d, "itinerary", 3, "activity"), "回程班機因颱風影響停飛"
	    "，延後一日回臺", "itinerary from the tab-separated table");
	tap_is_str(cell(d, "itinerary", 4, "date"), "2018-07-11",
	    "itinerary dates as ISO dates");
	s = draft_get_text(d, "process");
	tap_ok(s != NULL && strncmp(s, "二、 會議活動內容", strlen("二、 "
	    "會議活動內容")) == 0, "process: the text after the itinerary");
	s = draft_get_text(d, "recommendations");
	tap_ok(s != NULL && strstr(s, "第10屆國際老齡亞洲創新論壇") != NULL,
	    "recommendations: the last section");
}

/* Print D at COLS, import it, print again: the same text. */
static void
check_round_trip(const struct draft *d, const struct template *t,
    size_t cols)
{
	struct print_options o;
	struct print_copy *a, *b;
	struct problem_list notes;
	struct draft *back;

	print_options_init(&o);
	o.columns = cols;
	a = print_layout(d, t, &o);
	problem_list_init(&notes);
	back = import_text(a->text, t, &notes);
	tap_ok(back != NULL && notes.n == 0, "the copy at %zu reads back "
	    "whole", cols);
	b = print_layout(back != NULL ? back : d, t, &o);
	tap_is_str(b->text, a->text, "the sample at %zu: print, import, "
	    "print gives the same text", cols);
	print_copy_free(a);
	print_copy_free(b);
	draft_free(back);
	problem_list_free(&notes);
}

/* The web layout's other forms: boxes for a choice, entities, a ticked
 * box with free text, a hint, and a line that is no field. */
static void
check_web_forms(const struct template *t)
{
	static const char text[] =
	    "臺中市政府公務出國或赴大陸地區報告提要\n"
	    "類別： <input type=\"checkbox\"/> 考察 <input checked=\"\" "
	    "type=\"checkbox\"/> 其他\t\n"
	    "出國報告提要名稱：A &amp; B &lt;C&gt;\t\n"
	    "這一行不是欄位\n"
	    "出國類別： <input type=\"checkbox\"/> 其他 <input checked=\"\" "
	    "type=\"checkbox\"/> 國際會議 <input checked=\"\" "
	    "type=\"checkbox\"/> 研習\t\n"
	    "內容摘要：(500字以上)\t\n"
	    "<p>一</p> <p>二 &quot;三&quot;</p>\t\n";
	struct problem_list notes;
	struct draft *d;
	const struct value *v;

	problem_list_init(&notes);
	d = import_text(text, t, &notes);
	tap_ok(d != NULL, "a short web text imports");
	tap_is_str(d ? draft_get_text(d, "category") : NULL, "其他",
	    "a choice from its ticked box");
	tap_is_str(d ? draft_get_text(d, "title") : NULL, "A & B <C>",
	    "entities decoded");
	v = d ? draft_get(d, "trip_type") : NULL;
	tap_ok(v != NULL && v->type == VALUE_LIST && v->n_items == 2
	    && strcmp(value_text(&v->items[1]), "研習") == 0,
	    "a ticked box with free text is the other");
	tap_is_str(d ? draft_get_text(d, "summary") : NULL, "一\n二 \"三\"",
	    "paragraphs, the hint dropped");
	tap_ok(notes.n == 1 && notes.items[0].line == 4,
	    "the line that is no field is reported with its line");
	draft_free(d);
	problem_list_free(&notes);
}

/* A small deterministic generator, so the random drafts are the same on
 * every run. */
static unsigned long rng_state = 20181;

/* Return a pseudo-random number below N. */
static size_t
rng(size_t n)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)((rng_state >> 33) % n);
}

/* Return text of about N pieces: CJK runs, punctuation, Latin words with
 * spaces, as reports mix them.  Caller frees. */
static char *
random_text(size_t n)
{
	static const char *const pieces[] = {
		"臺中市政府", "世界城市峰會", "智慧", "城市", "永續發展", "參訪",
		"，", "。", "、", "「", "」", "（", "）", "：", "→",
		" Smart City ", "World Cities Summit", " (WCS) ", "2018",
		"Liveable", " and ", "Collaboration", "32,000", " MaaS ",
		"supercalifragilisticexpialidocious", "Mr. Lawrence Wong",
	};
	char *text = xstrdup(""), *next;
	size_t i;

	for (i = 0; i < n; i++) {
		next = xasprintf("%s%s", text,
		    pieces[rng(sizeof pieces / sizeof pieces[0])]);
		free(text);
		text = next;
	}
	return text;
}

/* Return paragraphs of random text, some lines blank or indented.
 * Caller frees. */
static char *
random_paragraphs(void)
{
	char *text = xstrdup(""), *line, *next;
	size_t i, n = 1 + rng(4);

	for (i = 0; i < n; i++) {
		line = rng(6) == 0 ? xstrdup("") : random_text(1 + rng(40));
		next = xasprintf("%s%s%s%s", text, i > 0 ? "\n" : "",
		    rng(5) == 0 ? " - (1) " : "", line);
		free(line);
		free(text);
		text = next;
	}
	return text;
}

/* Set the scalar ID of D to random text of about N pieces. */
static void
put_random(struct draft *d, const struct template *t, const char *id,
    size_t n)
{
	char *text = random_text(n);

	value_set_text(draft_put(d, t, id), text);
	free(text);
}

/* Return a random draft of T.  Caller frees. */
static struct draft *
random_draft(const struct template *t)
{
	static const char *const names[] = { "林依瑩", "任珮諤", "王小明",
	    "Alice Lin", "" };
	struct draft *d = draft_new(t);
	struct value *v;
	size_t i, n;
	char date[16];

	put_random(d, t, "title", 1 + rng(12));
	put_random(d, t, "organizer", rng(4));
	v = draft_put(d, t, "travellers");
	value_set_list(v);
	for (i = 0, n = rng(4); i < n; i++) {
		struct value *row = value_list_append(v);
		char *a = random_text(1 + rng(5)), *u = random_text(rng(3));

		value_set_map(row);
		value_set_text(value_map_put(row, "name"), names[rng(5)]);
		value_set_text(value_map_put(row, "agency"), a);
		value_set_text(value_map_put(row, "unit"), u);
		value_set_text(value_map_put(row, "title"), "科員");
		free(a);
		free(u);
	}
	v = draft_put(d, t, "itinerary");
	value_set_list(v);
	for (i = 0, n = rng(5); i < n; i++) {
		struct value *row = value_list_append(v);
		char *r = random_text(rng(3)), *a = random_text(rng(12));

		snprintf(date, sizeof date, "2018-07-%02zu", 1 + rng(28));
		value_set_map(row);
		value_set_text(value_map_put(row, "date"), date);
		value_set_text(value_map_put(row, "route"), r);
		value_set_text(value_map_put(row, "activity"), a);
		free(r);
		free(a);
	}
	for (i = 0; i < 5; i++) {
		static const char *const ids[] = { "summary", "purpose",
		    "process", "reflections", "recommendations" };
		char *text = random_paragraphs();

		value_set_text(draft_put(d, t, ids[i]), text);
		free(text);
	}
	return d;
}

/* Print random drafts at several widths, import them, print again: the
 * same text every time. */
static void
check_random(const struct template *t)
{
	static const size_t widths[] = { 40, 47, 60, 80 };
	size_t k, w, same = 0, total = 0;

	for (k = 0; k < 100; k++) {
		struct draft *d = random_draft(t);

		for (w = 0; w < sizeof widths / sizeof widths[0]; w++) {
			struct print_options o;
			struct print_copy *a, *b;
			struct problem_list notes;
			struct draft *back;

			print_options_init(&o);
			o.columns = widths[w];
			o.ascii = (k + w) % 3 == 0;
			a = print_layout(d, t, &o);
			problem_list_init(&notes);
			back = import_text(a->text, t, &notes);
			b = back != NULL ? print_layout(back, t, &o) : NULL;
			total++;
			if (b != NULL && notes.n == 0
			    && strcmp(a->text, b->text) == 0)
				same++;
			else
				tap_diag("random draft %zu at %zu differs", k,
				    widths[w]);
			print_copy_free(a);
			print_copy_free(b);
			draft_free(back);
			problem_list_free(&notes);
		}
		draft_free(d);
	}
	tap_is_int((long long)same, (long long)total, "random drafts: print, "
	    "import, print gives the same text");
}

int
main(void)
{
	const char *dir = getenv("TESTS_SRCDIR");
	struct template *t = fixture_taichung();
	struct problem_list notes, problems;
	struct draft *d;
	char *path, *text;
	size_t i;

	add_sections(t);
	path = xasprintf("%s/data/taichung-2018-wcs.txt", dir ? dir : "tests");
	text = slurp(path);
	tap_ok(text != NULL, "the sample is read");
	problem_list_init(&notes);
	d = text != NULL ? import_text(text, t, &notes) : NULL;
	tap_ok(d != NULL, "the sample imports");
	tap_is_int((long long)notes.n, 0, "every line of the sample placed");
	for (i = 0; i < notes.n; i++)
		tap_diag("line %d: %s", notes.items[i].line,
		    notes.items[i].message);
	if (d != NULL) {
		check_values(d);
		problem_list_init(&problems);
		draft_validate(d, t, &problems);
		tap_is_int((long long)problem_count(&problems, PROBLEM_ERROR),
		    0, "the imported sample validates without errors");
		for (i = 0; i < problems.n; i++)
			tap_diag("%s: %s", problems.items[i].field,
			    problems.items[i].message);
		problem_list_free(&problems);
		check_round_trip(d, t, 80);
		check_round_trip(d, t, 60);
	}
	check_web_forms(t);
	check_random(t);
	problem_list_free(&notes);
	draft_free(d);
	template_free(t);
	free(text);
	free(path);
	return tap_done();
}
