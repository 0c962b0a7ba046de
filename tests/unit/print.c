/* print.c — unit tests of the print layout and of reading it back
 * (storage/print_*.c, storage/import_*.c): numerals, clean text, ROC
 * dates, boxes, an exact small copy, no line wider than the width, and
 * print -> import -> print giving the same text at several widths. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"
#include "storage/encoding.h"
#include "storage/import.h"
#include "storage/import_util.h"
#include "storage/print.h"
#include "storage/print_layout.h"
#include "tests/tap.h"

/* Give field F its id, label and kind. */
static void
field_set(struct template_field *f, const char *id, const char *label,
    enum field_kind kind)
{
	memset(f, 0, sizeof *f);
	f->id = xstrdup(id);
	f->label = xstrdup(label);
	f->kind = kind;
	f->min_count = f->max_count = -1;
}

/* Give F the N options of OPTS. */
static void
field_options(struct template_field *f, const char *const *opts, size_t n)
{
	size_t i;

	f->options = xcalloc(n, sizeof *f->options);
	for (i = 0; i < n; i++)
		f->options[i] = xstrdup(opts[i]);
	f->n_options = n;
}

/* Give the table F its N columns: id, label, kind, in turn. */
static void
field_columns(struct template_field *f, size_t n, const char *const *ids,
    const char *const *labels, const enum field_kind *kinds)
{
	size_t i;

	f->columns = xcalloc(n, sizeof *f->columns);
	for (i = 0; i < n; i++)
		field_set(&f->columns[i], ids[i], labels[i], kinds[i]);
	f->n_columns = n;
}

/* Give T's section I its heading and N field ids. */
static void
section_set(struct template *t, size_t i, const char *heading,
    const char *const *ids, size_t n)
{
	size_t k;

	t->sections[i].heading = xstrdup(heading);
	t->sections[i].fields = xcalloc(n, sizeof(char *));
	for (k = 0; k < n; k++)
		t->sections[i].fields[k] = xstrdup(ids[k]);
	t->sections[i].n_fields = n;
}

/* Return a small template shaped like taichung's.  Caller frees. */
static struct template *
small_template(void)
{
	static const char *const cats[] = { "考察", "其他" };
	static const char *const types[] = { "其他", "國際會議", "業務接洽" };
	static const char *const tids[] = { "name", "agency" };
	static const char *const tlabels[] = { "姓名", "服務機關" };
	static const enum field_kind tkinds[] = { FIELD_TEXT, FIELD_TEXT };
	static const char *const iids[] = { "date", "route", "activity" };
	static const char *const ilabels[] = { "日期", "起迄地點", "行程" };
	static const enum field_kind ikinds[] = { FIELD_DATE, FIELD_TEXT,
	    FIELD_TEXT };
	static const char *const s1[] = { "travellers" };
	static const char *const s2[] = { "itinerary", "process" };
	struct template *t = template_new();
	struct template_field *f;

	t->id = xstrdup("small");
	t->title = xstrdup("臺中市政府出國報告提要");
	t->fields = f = xcalloc(10, sizeof *f);
	t->n_fields = 10;
	field_set(&f[0], "category", "類別", FIELD_CHOICE);
	field_options(&f[0], cats, 2);
	f[0].default_value = xstrdup("其他");
	field_set(&f[1], "title", "出國報告提要名稱", FIELD_TEXT);
	field_set(&f[2], "attachments", "含附件", FIELD_BOOL);
	field_set(&f[3], "travellers", "出國人員", FIELD_TABLE);
	field_columns(&f[3], 2, tids, tlabels, tkinds);
	field_set(&f[4], "trip_type", "出國類別", FIELD_CHOICES);
	field_options(&f[4], types, 3);
	f[4].allow_other = true;
	field_set(&f[5], "period", "出國期間", FIELD_DATERANGE);
	field_set(&f[6], "report_date", "報告日期", FIELD_DATE);
	field_set(&f[7], "summary", "內容摘要", FIELD_MULTILINE);
	field_set(&f[8], "itinerary", "行程表", FIELD_TABLE);
	field_columns(&f[8], 3, iids, ilabels, ikinds);
	f[8].body = true;
	field_set(&f[9], "process", "過程", FIELD_MULTILINE);
	f[9].body = true;
	t->sections = xcalloc(2, sizeof *t->sections);
	t->n_sections = 2;
	section_set(t, 0, "出國人員名單", s1, 1);
	section_set(t, 1, "過程", s2, 2);
	return t;
}

/* Append a row of N cells (KEYS, VALUES) to the table V. */
static void
add_row(struct value *v, size_t n, const char *const *keys,
    const char *const *values)
{
	struct value *row = value_list_append(v);
	size_t i;

	value_set_map(row);
	for (i = 0; i < n; i++)
		value_set_text(value_map_put(row, keys[i]), values[i]);
}

/* Return a draft of T filled in; LONG makes every text long enough to
 * wrap.  Caller frees. */
static struct draft *
small_draft(const struct template *t, int full)
{
	static const char *const tk[] = { "name", "agency" };
	static const char *const r1[] = { "林依瑩", "臺中市政府" };
	static const char *const r2[] = { "任珮諤", "臺中市政府秘書處國際事務科"
	    "及其他很長的單位名稱" };
	static const char *const r3[] = { "", "秘書處" };
	static const char *const r4[] = { "", "" };
	static const char *const ik[] = { "date", "route", "activity" };
	static const char *const i1[] = { "2018-07-07", "臺北→新加坡",
	    "搭乘班機（去程） 抵達新加坡" };
	static const char *const i2[] = { "2018-07-10", "新加坡",
	    "回程班機因颱風影響停飛，延後一日回臺 (typhoon Maria)" };
	struct draft *d = draft_new(t);
	struct value *v;

	value_set_text(draft_put(d, t, "title"), full ? "臺中市政府出席新加坡"
	    "「2018世界城市峰會市長論壇」(World Cities Summit and Mayors "
	    "Forum 2018)" : "出席論壇");
	value_set_text(draft_put(d, t, "attachments"), "false");
	v = draft_put(d, t, "travellers");
	value_set_list(v);
	add_row(v, 2, tk, r1);
	if (full) {
		add_row(v, 2, tk, r2);
		add_row(v, 2, tk, r3);	/* a name left out */
		add_row(v, 2, tk, r4);	/* an empty row: not printed */
	}
	v = draft_put(d, t, "trip_type");
	value_set_list(v);
	value_set_text(value_list_append(v), "國際會議");
	if (full)
		value_set_text(value_list_append(v), "研習");
	v = draft_put(d, t, "period");
	value_set_map(v);
	value_set_text(value_map_put(v, "from"), "2018-07-07");
	value_set_text(value_map_put(v, "to"), "2018-07-11");
	value_set_text(draft_put(d, t, "report_date"), "2018-09-26");
	value_set_text(draft_put(d, t, "summary"), full ? "本府應新加坡國家發展"
	    "部部長黃循財 (Mr. Lawrence Wong) 邀請，由林依瑩副市長率團出席。"
	    "\n\n此次探討主題為「宜居永續城市：以創新與合作迎接未來」(Liveable "
	    "and Sustainable Cities: Embracing the Future)，重要議程包括：\n"
	    " - (1) 探討市長可以利用哪些重要的治理工具。\n" : "摘要。");
	v = draft_put(d, t, "itinerary");
	value_set_list(v);
	add_row(v, 3, ik, i1);
	if (full)
		add_row(v, 3, ik, i2);
	value_set_text(draft_put(d, t, "process"), full ? "二、 會議活動內容\n\n"
	    "本屆「2018世界城市峰會市長論壇」以「宜居永續城市：以創新與合作迎接未"
	    "來」為主題。\n\n\n\n林副市長出席\tcontrol\x01 char" : "");
	return d;
}

/* The copy of the small draft at 40 columns. */
static const char small_copy[] =
	"         臺中市政府出國報告提要\n"
	"\n"
	"類別：□考察 ■其他\n"
	"出國報告提要名稱：出席論壇\n"
	"含附件：□是 ■否\n"
	"出國人員：\n"
	"  姓名    服務機關\n"
	"  ──────  ──────────\n"
	"  林依瑩  臺中市政府\n"
	"出國類別：□其他 ■國際會議 □業務接洽 □\n"
	"出國期間：107年7月7日至107年7月11日\n"
	"報告日期：107年9月26日\n"
	"內容摘要：摘要。\n"
	"\n"
	"────────────────────────────────────────\n"
	"\n"
	"壹、出國人員名單\n"
	"\n"
	"編號  姓名    服務機關\n"
	"────  ──────  ──────────\n"
	"1     林依瑩  臺中市政府\n"
	"\n"
	"貳、過程\n"
	"\n"
	"一、行程表\n"
	"\n"
	"日期         星期  起迄地點     行程\n"
	"───────────  ────  ───────────  ────────\n"
	"107年7月7日  六    臺北→新加坡  搭乘班機\n"
	"                                （去\n"
	"                                程） 抵\n"
	"                                達新加坡\n";

/* Check the numerals of sections and items. */
static void
check_numerals(void)
{
	static const struct { size_t i; const char *section, *item; } n[] = {
		{ 0, "壹", "一" }, { 5, "陸", "六" }, { 9, "拾", "十" },
		{ 10, "拾壹", "十一" }, { 19, "貳拾", "二十" },
		{ 22, "貳拾參", "二十三" },
	};
	size_t k;

	for (k = 0; k < sizeof n / sizeof n[0]; k++) {
		char *s = layout_section_numeral(n[k].i);
		char *i = layout_item_numeral(n[k].i);

		tap_is_str(s, n[k].section, "section numeral %zu", n[k].i + 1);
		tap_is_str(i, n[k].item, "item numeral %zu", n[k].i + 1);
		free(s);
		free(i);
	}
}

/* Check clean text and dates as the copy shows them. */
static void
check_text(void)
{
	static const struct { const char *title, *in, *out; int nl; } c[] = {
		{ "tabs become spaces", "a\tb", "a b", 1 },
		{ "carriage returns go", "a\r\nb", "a\nb", 1 },
		{ "newlines kept in multi-line text", "a\n\nb", "a\n\nb", 1 },
		{ "newlines become spaces in one-line text", "a\nb", "a b", 0 },
		{ "runs of spaces are one in one-line text", "a   b", "a b", 0 },
		{ "runs of spaces kept in multi-line text", "a   b", "a   b", 1 },
		{ "control characters escaped", "a\x1b[2Jb", "a^[[2Jb", 1 },
		{ "white space at the ends goes", "  a  \n", "a", 1 },
	};
	char *s;
	size_t k;

	for (k = 0; k < sizeof c / sizeof c[0]; k++) {
		s = layout_clean(c[k].in, c[k].nl != 0);
		tap_is_str(s, c[k].out, "%s", c[k].title);
		free(s);
	}
	s = layout_date("2018-07-07");
	tap_is_str(s, "107年7月7日", "an ISO date is printed in ROC form");
	free(s);
	s = layout_date("soon");
	tap_is_str(s, "soon", "text that is no date is printed as it is");
	free(s);
}

/* Check the boxes read back from printed text. */
static void
check_boxes(void)
{
	static const struct { const char *in; size_t n; const char *second;
	    int checked; } c[] = {
		{ "■其他 □國際會議 □", 3, "國際會議", 0 },
		{ "[ ]其他 [x]國際會議 [ ]", 3, "國際會議", 1 },
		{ " <input type=\"checkbox\"/> 是 <input checked=\"\" "
		    "type=\"checkbox\"/> 否", 2, "否", 1 },
	};
	size_t k, n;

	for (k = 0; k < sizeof c / sizeof c[0]; k++) {
		struct ibox *b = import_boxes(c[k].in, &n);

		tap_is_int((long long)n, (long long)c[k].n, "boxes in '%s'",
		    c[k].in);
		if (n >= 2) {
			tap_is_str(b[1].text, c[k].second, "second box text");
			tap_is_int(b[1].checked, c[k].checked,
			    "second box ticked or not");
		}
		ibox_free(b, n);
	}
}

/* Return the copy of D at COLS columns.  Caller frees. */
static char *
copy_of(const struct draft *d, const struct template *t, size_t cols,
    bool ascii)
{
	struct print_options o;
	struct print_copy *c;
	char *text;

	print_options_init(&o);
	o.columns = cols;
	o.ascii = ascii;
	c = print_layout(d, t, &o);
	text = xstrdup(c->text);
	print_copy_free(c);
	return text;
}

/* Return true when no line of TEXT is wider than COLS or holds a control
 * character. */
static bool
lines_fit(const char *text, size_t cols)
{
	char *copy = xstrdup(text), *line, *save = NULL;
	bool ok = true;
	const char *p;

	for (p = text; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 && *p != '\n')
			ok = false;
	for (line = strtok_r(copy, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		if (text_width(line) > cols) {
			tap_diag("too wide (%zu): %s", text_width(line), line);
			ok = false;
		}
	free(copy);
	return ok;
}

/* Print D, import the copy, print again: the two copies must match. */
static void
check_round_trip(const struct draft *d, const struct template *t,
    const char *name)
{
	static const size_t widths[] = { 40, 60, 80 };
	size_t k;
	int ascii;

	for (k = 0; k < sizeof widths / sizeof widths[0]; k++) {
		for (ascii = 0; ascii < 2; ascii++) {
			struct problem_list notes;
			char *first = copy_of(d, t, widths[k], ascii), *second;
			struct draft *back;

			tap_ok(lines_fit(first, widths[k]), "%s at %zu%s: no "
			    "line wider than the width", name, widths[k],
			    ascii ? " (ascii)" : "");
			problem_list_init(&notes);
			back = import_text(first, t, &notes);
			if (!tap_ok(back != NULL && notes.n == 0, "%s at "
			    "%zu%s: every line placed", name, widths[k],
			    ascii ? " (ascii)" : "") && notes.n > 0)
				tap_diag("line %d: %s", notes.items[0].line,
				    notes.items[0].message);
			second = back != NULL ? copy_of(back, t, widths[k],
			    ascii) : xstrdup("");
			tap_is_str(second, first, "%s at %zu%s: print, import, "
			    "print gives the same text", name, widths[k],
			    ascii ? " (ascii)" : "");
			free(first);
			free(second);
			draft_free(back);
			problem_list_free(&notes);
		}
	}
}

/* A character Big5 cannot hold is traced back to the field it came
 * from, and to its line in the copy. */
static void
check_spans(const struct template *t)
{
	struct draft *d = small_draft(t, 0);
	struct print_options o;
	struct print_copy *c;
	struct encoding_error err;
	char *out = NULL;
	size_t len;

	value_set_text(draft_put(d, t, "title"), "出席𠮷論壇");
	print_options_init(&o);
	c = print_layout(d, t, &o);
	tap_is_int(encoding_from_utf8("BIG5", c->text, c->len, false, &out,
	    &len, &err), ENCODING_UNMAPPABLE, "the copy cannot be Big5");
	tap_is_str(print_copy_field_at(c, err.offset), "title",
	    "the character is traced to its field");
	tap_is_int((long long)print_copy_line_at(c, err.offset), 4,
	    "and to its line");
	tap_is_str(print_copy_field_at(c, 0), NULL,
	    "the title of the form is no field");
	free(out);
	print_copy_free(c);
	draft_free(d);
	encoding_cache_free();
}

int
main(void)
{
	struct template *t = small_template();
	struct draft *d;
	char *copy;

	check_numerals();
	check_text();
	check_boxes();
	check_spans(t);
	d = small_draft(t, 0);
	copy = copy_of(d, t, 40, false);
	tap_is_str(copy, small_copy, "the small draft at 40 columns");
	free(copy);
	check_round_trip(d, t, "small draft");
	draft_free(d);
	d = small_draft(t, 1);
	check_round_trip(d, t, "full draft");
	draft_free(d);
	d = draft_new(t);
	check_round_trip(d, t, "empty draft");
	draft_free(d);
	template_free(t);
	return tap_done();
}
