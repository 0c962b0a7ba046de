/* validate.c — unit tests of forms/validate.c, sheet_rules.c and
 * validate_phone.c: the valid sample gives no problem; each rule, broken
 * on purpose, gives exactly the problem expected. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/validate.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tests/tap.h"
#include "tests/unit/fixture.h"

/* A change made to a valid draft (or its template) before validating. */
enum op_kind {
	OP_END,
	OP_SET,		/* field ID = TEXT */
	OP_NULL,	/* field ID = nothing (~) */
	OP_REMOVE,	/* field ID removed */
	OP_RANGE,	/* daterange ID = {from: TEXT, to: TEXT2} */
	OP_LIST,	/* field ID = the items of TEXT split at '|' */
	OP_CELL,	/* table ID, row ROW, column KEY = TEXT */
	OP_DROP_CELL,	/* table ID, row ROW, column KEY removed */
	OP_DROP_ROW,	/* table ID, row ROW removed */
	OP_SCALAR_ROW,	/* table ID, row ROW = TEXT, a scalar */
	OP_REPEAT,	/* field ID = TEXT repeated N times */
	OP_APPEND,	/* field ID = its text followed by TEXT */
	OP_NO_OTHER,	/* template: field ID allows no other text */
	OP_MAX,		/* template: field ID is at most N */
	OP_PATTERN	/* template: field ID's pattern is TEXT, no example */
};

struct op {
	enum op_kind kind;
	const char *id;
	size_t row;
	const char *key;
	const char *text;
	const char *text2;
	size_t n;
};

#define SET(id, text) {OP_SET, id, 0, NULL, text, NULL, 0}
#define NUL(id) {OP_NULL, id, 0, NULL, NULL, NULL, 0}
#define REMOVE(id) {OP_REMOVE, id, 0, NULL, NULL, NULL, 0}
#define RANGE(id, a, b) {OP_RANGE, id, 0, NULL, a, b, 0}
#define LIST(id, items) {OP_LIST, id, 0, NULL, items, NULL, 0}
#define CELL(id, r, k, text) {OP_CELL, id, r, k, text, NULL, 0}
#define DROP_CELL(id, r, k) {OP_DROP_CELL, id, r, k, NULL, NULL, 0}
#define DROP_ROW(id, r) {OP_DROP_ROW, id, r, NULL, NULL, NULL, 0}
#define SCALAR_ROW(id, r, text) {OP_SCALAR_ROW, id, r, NULL, text, NULL, 0}
#define REPEAT(id, text, n) {OP_REPEAT, id, 0, NULL, text, NULL, n}
#define APPEND(id, text) {OP_APPEND, id, 0, NULL, text, NULL, 0}
#define NO_OTHER(id) {OP_NO_OTHER, id, 0, NULL, NULL, NULL, 0}
#define MAX(id, n) {OP_MAX, id, 0, NULL, NULL, NULL, n}
#define PATTERN(id, re) {OP_PATTERN, id, 0, NULL, re, NULL, 0}

/* A broken draft and the problem it must give. */
struct rule_case {
	const char *title;
	char tmpl;		/* 'T' taichung, 'N' national */
	struct op ops[4];
	size_t n;		/* problems in all */
	enum problem_severity severity;	/* of the one about PATH */
	const char *path;	/* NULL when N is 0 */
	const char *message;	/* a part of its message */
};

#define E PROBLEM_ERROR
#define W PROBLEM_WARNING

static const struct rule_case cases[] = {
	/* required */
	{"empty required text", 'T', {SET("title", "")}, 1, E, "title",
	    "出國報告提要名稱 is required"},
	{"missing required text", 'T', {REMOVE("organizer")}, 1, E,
	    "organizer", "出國計畫主辦機關 is required"},
	{"null required text", 'T', {NUL("contact")}, 1, E, "contact",
	    "聯絡人 is required"},
	{"ideographic spaces are empty", 'T',
	    {SET("destination", "\u3000 \u3000")}, 1, E, "destination",
	    "出國地區 is required"},
	{"missing phone", 'T', {SET("phone", "")}, 1, E, "phone",
	    "電話 is required"},
	{"missing report date", 'T', {REMOVE("report_date")}, 1, E,
	    "report_date", "報告日期 is required"},
	{"required unless: excused by 其他", 'T',
	    {SET("purpose", ""), SET("process", ""),
	    SET("reflections", ""), SET("recommendations", "")}, 0, E,
	    NULL, NULL},
	{"required unless: 考察 needs the body", 'T',
	    {SET("category", "考察"), SET("process", "")}, 2, E, "process",
	    "過程 is required"},
	{"optional text may be empty", 'N', {SET("classification", "")},
	    0, E, NULL, NULL},
	/* kinds */
	{"text given a list", 'T', {LIST("title", "a|b")}, 1, E, "title",
	    "出國報告提要名稱 must be a single value, not a list or a map"},
	{"choice not an option", 'T', {SET("category", "旅遊")}, 2, E,
	    "category", "類別: 「旅遊」 is not one of the options "
	    "(考察、進修、研究、實習、其他)"},
	{"national choice not an option", 'N', {SET("category", "出差")},
	    1, E, "category", "「出差」 is not one of the options"},
	{"no choice at all", 'T', {LIST("trip_type", "")}, 1, E,
	    "trip_type", "出國類別: choose at least one option"},
	{"choices: other text allowed", 'T',
	    {LIST("trip_type", "其他|參訪友好城市")}, 0, E, NULL, NULL},
	{"choices: other text refused", 'T',
	    {LIST("trip_type", "其他|參訪友好城市"), NO_OTHER("trip_type")},
	    1, E, "trip_type[2]",
	    "「參訪友好城市」 is not one of the options"},
	{"choices given a scalar", 'T', {SET("trip_type", "其他")}, 1, E,
	    "trip_type", "出國類別 must be a list of options"},
	{"bool not true or false", 'T', {SET("attachments", "yes")}, 1, E,
	    "attachments", "含附件 must be true or false"},
	{"bool true", 'T', {SET("attachments", "true")}, 0, E, NULL, NULL},
	{"integer not a number", 'N', {SET("pages", "三十")}, 1, E, "pages",
	    "頁數 「三十」 is not a whole number"},
	{"integer with junk", 'N', {SET("pages", "12頁")}, 1, E, "pages",
	    "is not a whole number"},
	{"integer below its minimum", 'N', {SET("pages", "0")}, 1, E,
	    "pages", "頁數 is 0; it must be at least 1"},
	{"integer at its minimum", 'N', {SET("pages", " 1 ")}, 0, E, NULL,
	    NULL},
	{"integer missing", 'N', {SET("pages", "")}, 1, E, "pages",
	    "頁數 is required"},
	{"integer above its maximum", 'N', {SET("pages", "501"),
	    MAX("pages", 500)}, 1, E, "pages",
	    "頁數 is 501; it must be at most 500"},
	{"integer at its maximum", 'N', {SET("pages", "500"),
	    MAX("pages", 500)}, 0, E, NULL, NULL},
	{"integer too large for a long", 'N',
	    {SET("pages", "99999999999999999999999")}, 1, E, "pages",
	    "is not a whole number"},
	{"date not a day", 'T', {SET("report_date", "2018-02-30")}, 1, E,
	    "report_date", "報告日期 「2018-02-30」 is not a valid date"},
	{"date in ROC form is not stored", 'T',
	    {SET("report_date", "107/9/26")}, 1, E, "report_date",
	    "is not a valid date (YYYY-MM-DD)"},
	{"range without its start", 'T',
	    {RANGE("period", "", "2018-07-11")}, 1, E, "period.from",
	    "出國期間 (start) is required"},
	{"range with a bad end", 'T',
	    {RANGE("period", "2018-07-07", "2018-07-32")}, 1, E,
	    "period.to", "出國期間 (end) 「2018-07-32」 is not a valid date"},
	{"empty range", 'T', {RANGE("period", "", "")}, 1, E, "period",
	    "出國期間 is required"},
	{"range given a scalar", 'T', {SET("period", "2018-07-07")}, 1, E,
	    "period", "出國期間 must be a start and an end date"},
	{"pattern not matched", 'N', {SET("system_id", "D10700123")}, 1, E,
	    "system_id", "系統識別號 「D10700123」 is not in the expected "
	    "form, for example C10700123"},
	{"pattern: too few digits", 'N', {SET("system_id", "C1070012")},
	    1, E, "system_id", "for example C10700123"},
	{"pattern without an example", 'T', {PATTERN("destination",
	    "^[A-Z]+$")}, 1, E, "destination",
	    "出國地區 「新加坡」 is not in the expected form (^[A-Z]+$)"},
	{"pattern that is no regular expression", 'T',
	    {PATTERN("destination", "([")}, 1, E, "destination",
	    "the template's pattern ([ is not a valid regular expression"},
	{"pattern not applied to an empty value", 'N',
	    {SET("system_id", "")}, 0, E, NULL, NULL},
	/* lengths */
	{"summary of 499 characters", 'T', {REPEAT("summary", "字", 499)},
	    1, E, "summary",
	    "內容摘要 has 499 characters; at least 500 are required"},
	{"summary of 500 characters", 'T', {REPEAT("summary", "字", 500)},
	    0, E, NULL, NULL},
	{"spaces do not count", 'T', {REPEAT("summary", "字 \n\u3000", 499)},
	    1, E, "summary", "has 499 characters"},
	{"letters and punctuation count", 'T',
	    {REPEAT("summary", "a, ", 250)}, 0, E, NULL, NULL},
	{"national summary of 199 Han", 'N', {REPEAT("summary", "字，", 199)},
	    1, E, "summary",
	    "內容摘要 has 199 Han characters; at least 200 are required"},
	{"national summary of 200 Han", 'N', {REPEAT("summary", "字，", 200)},
	    0, E, NULL, NULL},
	{"national summary of 300 Han", 'N', {REPEAT("summary", "字a", 300)},
	    0, E, NULL, NULL},
	{"national summary of 301 Han", 'N', {REPEAT("summary", "字", 301)},
	    1, E, "summary",
	    "內容摘要 has 301 Han characters; at most 300 are allowed"},
	/* tables */
	{"no traveller", 'T', {LIST("travellers", "")}, 1, E, "travellers",
	    "出國人員 needs at least 1 row; it has 0"},
	{"missing traveller", 'T', {REMOVE("travellers")}, 1, E,
	    "travellers", "出國人員 needs at least 1 row"},
	{"empty cell", 'T', {CELL("travellers", 2, "title", "")}, 1, E,
	    "travellers[2].title", "出國人員 row 2, 職稱 is required"},
	{"missing cell", 'T', {DROP_CELL("travellers", 1, "unit")}, 1, E,
	    "travellers[1].unit", "出國人員 row 1, 單位 is required"},
	{"row that is no map", 'T', {SCALAR_ROW("travellers", 1, "林依瑩")},
	    1, E, "travellers[1]", "出國人員 row 1 must be a map of columns"},
	{"table given a scalar", 'T', {SET("travellers", "林依瑩")}, 1, E,
	    "travellers", "出國人員 must be a list of rows"},
	{"bad date in a table", 'T', {CELL("itinerary", 2, "date", "7/8")},
	    1, E, "itinerary[2].date",
	    "行程表 row 2, 日期 「7/8」 is not a valid date"},
	{"optional cells may be empty", 'N',
	    {CELL("travellers", 2, "name", "")}, 0, E, NULL, NULL},
	/* period_order */
	{"period_order", 'T', {RANGE("period", "2018-07-11", "2018-07-07")},
	    1, E, "period",
	    "出國期間: the start 107年7月11日 is after the end 107年7月7日"},
	/* report_after_return */
	{"report_after_return", 'T', {SET("report_date", "2018-07-10")}, 1,
	    E, "report_date",
	    "報告日期 107年7月10日 is before the return 107年7月11日"},
	{"report on the day of return", 'T',
	    {SET("report_date", "2018-07-11")}, 0, E, NULL, NULL},
	/* filed_late */
	{"filed_late", 'T', {RANGE("period", "2018-07-07", "2018-09-25"),
	    SET("report_date", "2018-12-26")}, 1, W, "report_date",
	    "報告日期 107年12月26日 is more than 3 months after the return "
	    "107年9月25日 (deadline 107年12月25日)"},
	{"filed on the deadline", 'T',
	    {RANGE("period", "2018-07-07", "2018-09-25"),
	    SET("report_date", "2018-12-25")}, 0, E, NULL, NULL},
	{"filed_late: the deadline ends the month", 'T',
	    {RANGE("period", "2018-07-07", "2018-11-30"),
	    SET("report_date", "2019-03-01")}, 1, W, "report_date",
	    "(deadline 108年2月28日)"},
	{"filed_late national", 'N', {SET("report_date", "2019-01-06")}, 1,
	    W, "report_date", "(deadline 108年1月5日)"},
	/* sheet_only_for_other */
	{"sheet_only_for_other", 'T', {SET("category", "考察")}, 1, W,
	    "category", "類別 is 考察: the summary sheet alone serves only "
	    "trips of category 其他, so the full report is needed "
	    "(目的、過程、心得、建議)"},
	{"national has no sheet_only_for_other", 'N',
	    {SET("category", "開會")}, 0, E, NULL, NULL},
	/* contact_among_travellers */
	{"contact_among_travellers", 'T', {SET("contact", "王小明")}, 1, W,
	    "contact", "聯絡人 王小明 is not among the 2 people listed in "
	    "出國人員"},
	{"contact with spaces around", 'T', {SET("contact", " 任珮諤 ")}, 0,
	    E, NULL, NULL},
	{"one traveller need not be the contact", 'T',
	    {DROP_ROW("travellers", 2), SET("contact", "王小明")}, 0, E, NULL,
	    NULL},
	{"national contact_among_travellers", 'N',
	    {SET("contact", "李四")}, 1, W, "contact", "李四 is not among"},
	/* itinerary_within_period */
	{"itinerary_within_period", 'T',
	    {CELL("itinerary", 5, "date", "2018-07-12")}, 1, W,
	    "itinerary[5].date", "行程表 row 5, 日期 107年7月12日 is outside "
	    "出國期間 (107年7月7日 to 107年7月11日)"},
	{"itinerary before the period", 'T',
	    {CELL("itinerary", 1, "date", "2018-07-06")}, 1, W,
	    "itinerary[1].date", "107年7月6日 is outside"},
	/* no_placeholders */
	{"placeholder ○○", 'T', {SET("title", "臺中市政府出席○○論壇")}, 1,
	    E, "title", "出國報告提要名稱 still holds the placeholder 「○○」"},
	{"placeholder TODO", 'T', {APPEND("summary", "TODO: 補照片")}, 1, E,
	    "summary", "內容摘要 still holds the placeholder 「TODO」"},
	{"placeholder 待填", 'T', {SET("destination", "待填")}, 1, E,
	    "destination", "placeholder 「待填」"},
	{"placeholder XXX in a cell", 'T',
	    {CELL("travellers", 2, "unit", "XXX科")}, 1, E,
	    "travellers[2].unit", "出國人員 row 2, 單位 still holds the "
	    "placeholder 「XXX」"},
	{"placeholder in the other text", 'T',
	    {LIST("trip_type", "其他|待填")}, 1, E, "trip_type[2]",
	    "出國類別 still holds the placeholder 「待填」"},
	{"placeholder in the phone", 'T', {SET("phone", "04-XXX")}, 2, E,
	    "phone", "placeholder 「XXX」"},
	{"placeholders are case-sensitive", 'T',
	    {APPEND("summary", "todo xxx Todo")}, 0, E, NULL, NULL},
	{"national placeholder", 'N', {SET("keywords", "智慧城市，○○")}, 1, E,
	    "keywords", "placeholder 「○○」"},
	/* phone_pattern */
	{"phone_pattern", 'T', {SET("phone", "2228-9111")}, 1, W, "phone",
	    "電話 「2228-9111」 is not a Taiwanese phone number"},
	{"phone_pattern with letters", 'T', {SET("phone", "04-2228911a")}, 1,
	    W, "phone", "is not a Taiwanese phone number"},
	{"phone_pattern in a table", 'N',
	    {CELL("travellers", 2, "phone", "12345")}, 1, W,
	    "travellers[2].phone", "出國人員 row 2, 電話 「12345」 is not a "
	    "Taiwanese phone number"},
	{"mobile phone", 'T', {SET("phone", "0912-345-678")}, 0, E, NULL,
	    NULL},
};

/* Return the field ID's value in D, which must be there. */
static struct value *
field(struct draft *d, const char *id)
{
	return value_map_get(value_map_get(&d->top, "fields"), id);
}

/* Make the value V the list of the items of TEXT split at '|'. */
static void
set_list(struct value *v, const char *text)
{
	const char *p = text;

	value_set_list(v);
	while (*p != '\0') {
		size_t n = strcspn(p, "|");
		char *item = xstrndup(p, n);

		value_set_text(value_list_append(v), item);
		free(item);
		p += n + (p[n] == '|');
	}
}

/* Apply the change OP to D or T. */
static void
apply(struct draft *d, struct template *t, const struct op *op)
{
	struct value *v;
	char *s;

	switch (op->kind) {
	case OP_END:
		break;
	case OP_SET:
		fixture_set(d, t, op->id, op->text);
		break;
	case OP_NULL:
		value_free(draft_put(d, t, op->id));
		break;
	case OP_REMOVE:
		value_map_remove(value_map_get(&d->top, "fields"), op->id);
		break;
	case OP_RANGE:
		fixture_set_range(d, t, op->id, op->text, op->text2);
		break;
	case OP_LIST:
		set_list(draft_put(d, t, op->id), op->text);
		break;
	case OP_CELL:
		fixture_set_cell(d, op->id, op->row, op->key, op->text);
		break;
	case OP_DROP_CELL:
		value_map_remove(&field(d, op->id)->items[op->row - 1],
		    op->key);
		break;
	case OP_DROP_ROW:
		value_list_remove(field(d, op->id), op->row - 1);
		break;
	case OP_SCALAR_ROW:
		value_set_text(&field(d, op->id)->items[op->row - 1],
		    op->text);
		break;
	case OP_REPEAT:
		s = fixture_repeat(op->text, op->n);
		fixture_set(d, t, op->id, s);
		free(s);
		break;
	case OP_APPEND:
		v = field(d, op->id);
		s = xasprintf("%s%s", v->text, op->text);
		value_set_text(v, s);
		free(s);
		break;
	case OP_NO_OTHER:
		t->fields[template_field_index(t, op->id)].allow_other = false;
		break;
	case OP_MAX:
		t->fields[template_field_index(t, op->id)].max_value =
		    (long)op->n;
		break;
	case OP_PATTERN:
		t->fields[template_field_index(t, op->id)].pattern =
		    xstrdup(op->text);
		break;
	}
}

/* Print the problems of L as TAP diagnostics. */
static void
show(const struct problem_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		tap_diag("  %s: %s: %s", l->items[i].field ? l->items[i].field
		    : "-", problem_severity_name(l->items[i].severity),
		    l->items[i].message);
}

/* Return the first problem of L about PATH, or NULL. */
static const struct problem *
find(const struct problem_list *l, const char *path)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->items[i].field != NULL
		    && strcmp(l->items[i].field, path) == 0)
			return &l->items[i];
	return NULL;
}

/* Run one case of the table. */
static void
run_case(const struct rule_case *c)
{
	struct template *t = c->tmpl == 'T' ? fixture_taichung()
	    : fixture_national();
	struct draft *d = c->tmpl == 'T' ? fixture_taichung_draft(t)
	    : fixture_national_draft(t);
	struct problem_list l;
	const struct problem *p;
	size_t i;

	for (i = 0; i < sizeof c->ops / sizeof c->ops[0]; i++)
		apply(d, t, &c->ops[i]);
	problem_list_init(&l);
	draft_validate(d, t, &l);
	if (!tap_is_int(l.n, c->n, "%s: %zu problem(s)", c->title, c->n))
		show(&l);
	if (c->path != NULL) {
		p = find(&l, c->path);
		tap_ok(p != NULL && p->severity == c->severity
		    && strstr(p->message, c->message) != NULL,
		    "%s: %s %s: ...%s...", c->title,
		    problem_severity_name(c->severity), c->path, c->message);
		if (p != NULL && strstr(p->message, c->message) == NULL)
			tap_diag("got: %s", p->message);
	}
	problem_list_free(&l);
	draft_free(d);
	template_free(t);
}

/* Check that the sample (and the national example) give no problem. */
static void
test_valid(void)
{
	struct template *t = fixture_taichung(), *n = fixture_national();
	struct draft *d = fixture_taichung_draft(t);
	struct draft *e = fixture_national_draft(n);
	struct problem_list l;

	problem_list_init(&l);
	draft_validate(d, t, &l);
	if (!tap_is_int(l.n, 0, "the taichung sample has no problem"))
		show(&l);
	problem_list_free(&l);
	draft_validate(e, n, &l);
	if (!tap_is_int(l.n, 0, "the national example has no problem"))
		show(&l);
	problem_list_free(&l);
	draft_free(d);
	draft_free(e);
	template_free(t);
	template_free(n);
}

/* Check the places that problems point at. */
static void
test_places(void)
{
	struct template *t = fixture_taichung();
	struct draft *d = fixture_taichung_draft(t);
	struct value *fields = value_map_get(&d->top, "fields");
	struct value *title = field(d, "title");
	struct value *row = &field(d, "travellers")->items[1];
	struct problem_list l;
	const struct problem *p;
	size_t i;

	d->top.entries[2].line = 3;	/* the "fields" key */
	d->top.entries[2].col = 1;
	value_set_text(title, "");
	title->line = 5;
	title->col = 21;
	value_map_remove(fields, "organizer");
	row->line = 14;
	row->col = 7;
	value_map_remove(row, "title");
	for (i = 0; i < fields->n_entries; i++)
		if (strcmp(fields->entries[i].key, "destination") == 0) {
			fields->entries[i].line = 20;
			fields->entries[i].col = 3;
			value_set_text(&fields->entries[i].value, "");
		}
	problem_list_init(&l);
	draft_validate(d, t, &l);
	p = find(&l, "title");
	tap_ok(p != NULL && p->line == 5 && p->col == 21,
	    "a bad value points at itself");
	p = find(&l, "organizer");
	tap_ok(p != NULL && p->line == 3 && p->col == 1,
	    "a missing field points at the fields key");
	p = find(&l, "travellers[2].title");
	tap_ok(p != NULL && p->line == 14 && p->col == 7,
	    "a missing cell points at its row");
	p = find(&l, "destination");
	tap_ok(p != NULL && p->line == 20 && p->col == 3,
	    "a value without a place points at its key");
	problem_list_free(&l);
	draft_free(d);
	template_free(t);
}

/* Check that problems come in the template's field order, and that
 * draft_validate_field() gives one field's problems only. */
static void
test_order(void)
{
	static const char *const want[] = {"title", "phone",
	    "travellers[1].name", "period", "summary"};
	struct template *t = fixture_taichung();
	struct draft *d = fixture_taichung_draft(t);
	struct problem_list l;
	size_t i;
	int same;

	fixture_set(d, t, "summary", "短");
	fixture_set_range(d, t, "period", "2018-07-12", "2018-07-11");
	fixture_set(d, t, "phone", "123");
	fixture_set_cell(d, "travellers", 1, "name", "");
	fixture_set(d, t, "title", "");
	problem_list_init(&l);
	draft_validate(d, t, &l);
	same = l.n == sizeof want / sizeof want[0];
	for (i = 0; same && i < l.n; i++)
		same = strcmp(l.items[i].field, want[i]) == 0;
	if (!tap_ok(same, "problems come in the template's field order"))
		show(&l);
	problem_list_free(&l);
	draft_validate_field(d, t, "phone", &l);
	tap_ok(l.n == 1 && strcmp(l.items[0].field, "phone") == 0
	    && l.items[0].severity == PROBLEM_WARNING,
	    "draft_validate_field gives the field's sheet-rule problems");
	problem_list_free(&l);
	draft_validate_field(d, t, "travellers", &l);
	tap_ok(l.n == 1 && strcmp(l.items[0].field, "travellers[1].name")
	    == 0, "draft_validate_field gives a table's cell problems");
	problem_list_free(&l);
	draft_validate_field(d, t, "destination", &l);
	tap_is_int(l.n, 0, "draft_validate_field of a good field");
	problem_list_free(&l);
	draft_free(d);
	template_free(t);
}

/* Check a draft with no "fields" map at all. */
static void
test_no_fields(void)
{
	struct template *t = fixture_taichung();
	struct draft *d = fixture_taichung_draft(t);
	struct problem_list l;

	value_map_remove(&d->top, "fields");
	problem_list_init(&l);
	draft_validate(d, t, &l);
	/* category title attachments organizer contact phone travellers
	   trip_type period destination report_date summary, and the four
	   body sections, since the category is not 其他 */
	tap_is_int(l.n, 16, "a draft without fields: every required field "
	    "is missing");
	problem_list_free(&l);
	draft_free(d);
	template_free(t);
}

/* Make V, a field's value, one of the wrong shapes: 0 a map of lists
 * {x: [a]}, 1 a list of lists [[a]]. */
static void
set_shape(struct value *v, int shape)
{
	struct value *inner;

	if (shape == 0) {
		value_set_map(v);
		inner = value_map_put(v, "x");
	} else {
		value_set_list(v);
		inner = value_list_append(v);
	}
	value_set_list(inner);
	value_set_text(value_list_append(inner), "a");
}

/* Check that every field of T, given each wrong shape, gives an error
 * about itself (and that nothing breaks on the way). */
static void
check_shapes(struct template *t, struct draft *(*make)(const struct
    template *))
{
	size_t i, bad = 0;
	int shape;

	for (i = 0; i < t->n_fields; i++) {
		for (shape = 0; shape < 2; shape++) {
			struct draft *d = make(t);
			struct problem_list l;
			size_t k, mine = 0;

			set_shape(draft_put(d, t, t->fields[i].id), shape);
			problem_list_init(&l);
			draft_validate(d, t, &l);
			for (k = 0; k < l.n; k++)
				mine += l.items[k].severity == PROBLEM_ERROR
				    && strncmp(l.items[k].field, t->fields[i].id,
				    strlen(t->fields[i].id)) == 0;
			if (mine == 0 && bad++ == 0)
				tap_diag("%s, shape %d: no error",
				    t->fields[i].id, shape);
			problem_list_free(&l);
			draft_free(d);
		}
	}
	tap_is_int(bad, 0, "%s: every field of a wrong shape is an error",
	    t->id);
	template_free(t);
}

/* A phone number and whether it reads as Taiwanese. */
static const struct {
	const char *text;
	bool ok;
} phones[] = {
	{"04-22289111", true},
	{"04-2228-9111", true},
	{"(04)22289111", true},
	{"(04) 2228-9111", true},
	{"02 2345 6789", true},
	{"02-23456789", true},
	{"03-4567890", true},
	{"037-123456", true},
	{"049-2345678", true},
	{"089-123456", true},
	{"0912-345-678", true},
	{"0912345678", true},
	{"0912 345 678", true},
	{"+886-4-22289111", true},
	{"+886 4 2228 9111", true},
	{"+886-912-345-678", true},
	{"+886912345678", true},
	{"04-22289111分機11414", true},
	{"04-22289111 分機 11414", true},
	{"04-22289111轉114", true},
	{"04-22289111#114", true},
	{"04-22289111 ext. 114", true},
	{"04-22289111 ext114", true},
	{"04-22289111 EXT 114", true},
	{"０４－２２２８９１１１", true},
	{" 04-22289111 ", true},
	{"", false},
	{"22289111", false},
	{"2228-9111", false},
	{"04-2228911a", false},
	{"Tel 04-22289111", false},
	{"04-222891", false},
	{"04-222891111", false},
	{"0912-345-67", false},
	{"0912-345-6789", false},
	{"01-2345678", false},
	{"+886-04-22289111", false},
	{"+1-212-555-0100", false},
	{"04--22289111", false},
	{"04-22289111-", false},
	{"(04", false},
	{"()22289111", false},
	{"04-22289111分機", false},
	{"04-22289111 ext. abc", false},
	{"04-22289111#1234567", false},
	{"04-22289111 分機11414 轉2", false},
};

/* Check validate_phone() and validate_rule_known(). */
static void
test_phone_and_rules(void)
{
	static const char *const known[] = {"period_order",
	    "report_after_return", "filed_late", "sheet_only_for_other",
	    "contact_among_travellers", "itinerary_within_period",
	    "no_placeholders", "phone_pattern"};
	size_t i;

	for (i = 0; i < sizeof phones / sizeof phones[0]; i++)
		tap_is_int(validate_phone(phones[i].text), phones[i].ok,
		    "phone '%s' %s", phones[i].text,
		    phones[i].ok ? "accepted" : "rejected");
	for (i = 0; i < sizeof known / sizeof known[0]; i++)
		tap_ok(validate_rule_known(known[i]), "rule %s is known",
		    known[i]);
	tap_ok(!validate_rule_known("no_such_rule")
	    && !validate_rule_known(""), "an unknown rule is not known");
}

/* Check that the messages come in zh_TW from the test catalogue, with
 * ROC dates, positional arguments and table cells. */
static void
test_translated(void)
{
#if ENABLE_NLS
	const char *dir = getenv("TRIPREPORT_LOCALEDIR");
	struct template *t;
	struct draft *d;
	struct problem_list l;
	const struct problem *p;

	if (dir == NULL || setlocale(LC_ALL, "C.UTF-8") == NULL) {
		tap_skip("no test catalogue or no C.UTF-8 locale");
		return;
	}
	setenv("LANGUAGE", "zh_TW", 1);
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
	t = fixture_taichung();
	d = fixture_taichung_draft(t);
	fixture_set_range(d, t, "period", "2018-07-07", "2018-09-25");
	fixture_set(d, t, "report_date", "2018-12-26");
	fixture_set_cell(d, "travellers", 2, "title", "");
	problem_list_init(&l);
	draft_validate(d, t, &l);
	p = find(&l, "report_date");
	tap_is_str(p != NULL ? p->message : NULL, "報告日期 107年12月26日 "
	    "已逾返國日期 107年9月25日 後 3 個月（繳交期限為 107年12月25日）",
	    "filed_late in zh_TW");
	p = find(&l, "travellers[2].title");
	tap_is_str(p != NULL ? p->message : NULL,
	    "出國人員第 2 列的職稱為必填，尚未填寫", "a cell in zh_TW");
	problem_list_free(&l);
	draft_free(d);
	template_free(t);
	setlocale(LC_ALL, "C");
#else
	tap_skip("NLS is disabled");
#endif
}

int
main(void)
{
	size_t i;

	test_valid();
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		run_case(&cases[i]);
	test_places();
	test_order();
	test_no_fields();
	check_shapes(fixture_taichung(), fixture_taichung_draft);
	check_shapes(fixture_national(), fixture_national_draft);
	test_phone_and_rules();
	test_translated();
	return tap_done();
}
