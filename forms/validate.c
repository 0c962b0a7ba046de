/* validate.c — the field rules of a template applied to a draft, and the
 * order of the problems (see validate.h).  The sheet-level rules are in
 * sheet_rules.c, the phone form in validate_phone.c.
 */
#include <config.h>

#include "forms/validate.h"

#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/validate_int.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"

/* Messages quote at most this many columns of a value. */
#define QUOTE_COLUMNS 40

struct slot;

/* A part of a value (a cell of a table row, an item of a list, an end of a
 * date range) whose path and name are made only when a problem needs them:
 * formatting them for every cell of every draft cost more than all the
 * checks together. */
struct part {
	const struct slot *whole;	/* the table, list or range */
	size_t index;		/* row or item, 1-based; 0 for a range end */
	const struct template_field *column;	/* a cell's column, or NULL */
	const char *key;	/* a range end: "from" or "to"; or NULL */
	char *path;		/* made on first use; owned */
	char *name;		/* made on first use; owned */
};

/* What the checks of one value know: its field (or column), its path for
 * problems ("travellers[2].name"), its name for messages, its place.  A
 * part of a value has PART set and its path and name are made from it. */
struct slot {
	const struct template_field *field;
	const struct value *value;	/* NULL when missing */
	const char *path;	/* when PART is NULL */
	const char *name;	/* when PART is NULL */
	struct place at;
	struct part *part;	/* NULL for a field */
};

static void check_slot(const struct validation *v, const struct slot *s,
    bool required);

struct place
validation_value_place(const struct value *v, struct place fallback)
{
	struct place p = fallback;

	if (v != NULL && v->line > 0) {
		p.line = v->line;
		p.col = v->col;
	}
	return p;
}

/* Return the entry of KEY in the map M, or NULL. */
static const struct value_entry *
map_entry(const struct value *m, const char *key)
{
	size_t i;

	if (m == NULL || m->type != VALUE_MAP)
		return NULL;
	for (i = 0; i < m->n_entries; i++)
		if (strcmp(m->entries[i].key, key) == 0)
			return &m->entries[i];
	return NULL;
}

/* Return the place of the entry E's value, else of its key, else
 * FALLBACK. */
static struct place
entry_place(const struct value_entry *e, struct place fallback)
{
	if (e == NULL)
		return fallback;
	if (e->line > 0) {
		fallback.line = e->line;
		fallback.col = e->col;
	}
	return validation_value_place(&e->value, fallback);
}

struct place
validation_field_place(const struct validation *v, const char *id)
{
	struct place top = {v->draft->top.line, v->draft->top.col};
	const struct value_entry *fields = map_entry(&v->draft->top, "fields");
	struct place at = fields != NULL && fields->line > 0
	    ? (struct place){fields->line, fields->col} : top;

	return entry_place(map_entry(draft_fields(v->draft), id), at);
}

char *
validation_quote(const char *text)
{
	char *safe = text_sanitize(text);
	size_t used, cut = text_fit(safe, QUOTE_COLUMNS, &used);
	char *q;

	if (safe[cut] == '\0')
		return safe;
	cut = text_fit(safe, QUOTE_COLUMNS - 1, &used);
	q = xasprintf("%.*s…", (int)cut, safe);
	free(safe);
	return q;
}

const char *
validation_label(const struct template *t, const char *id)
{
	const struct template_field *f = template_field(t, id);

	return f != NULL && f->label != NULL ? f->label : id;
}

char *
validation_cell_name(const struct template_field *table, size_t row,
    const struct template_field *column)
{
	/* TRANSLATORS: a cell of a table: the table, the row number, the
	   column: 出國人員 row 2, 姓名. */
	return xasprintf(_("%s row %zu, %s"), table->label, row,
	    column->label);
}

bool
validation_text_is(const char *text, const char *want)
{
	char *t;
	bool same;

	if (text == NULL || want == NULL)
		return false;
	t = text_trim(text);
	same = strcmp(t, want) == 0;
	free(t);
	return same;
}

/* Return the path of slot S for problems, made now when S is a part. */
static const char *
slot_path(const struct slot *s)
{
	struct part *p = s->part;
	const char *whole;

	if (p == NULL)
		return s->path;
	if (p->path == NULL) {
		whole = slot_path(p->whole);
		if (p->column != NULL)
			p->path = xasprintf("%s[%zu].%s", whole, p->index,
			    p->column->id);
		else if (p->key != NULL)
			p->path = xasprintf("%s.%s", whole, p->key);
		else
			p->path = xasprintf("%s[%zu]", whole, p->index);
	}
	return p->path;
}

/* Return the name of slot S for messages, made now when S is a part. */
static const char *
slot_name(const struct slot *s)
{
	struct part *p = s->part;
	const char *whole;

	if (p == NULL)
		return s->name;
	if (p->name == NULL) {
		whole = slot_name(p->whole);
		if (p->column != NULL)
			p->name = validation_cell_name(p->whole->field,
			    p->index, p->column);
		else if (p->key != NULL && strcmp(p->key, "from") == 0)
			p->name = xasprintf(_("%s (start)"), whole);
		else if (p->key != NULL)
			p->name = xasprintf(_("%s (end)"), whole);
		else
			p->name = xstrdup(whole);
	}
	return p->name;
}

/* Free the path and name that part P made, and zero them. */
static void
part_clear(struct part *p)
{
	free(p->path);
	free(p->name);
	p->path = NULL;
	p->name = NULL;
}

/* Return true when the scalar text TEXT holds only white space. */
static bool
blank(const char *text)
{
	size_t len = strlen(text), i = 0;

	while (i < len) {
		uint32_t cp;
		int n = text_decode(text + i, len - i, &cp);

		if (n <= 0 || !text_is_space(cp))
			return false;
		i += (size_t)n;
	}
	return true;
}

/* Return true when the value V of field F holds nothing: no text, no
 * chosen option, neither date of a range. */
static bool
slot_empty(const struct template_field *f, const struct value *v)
{
	size_t i;

	if (v == NULL || v->type == VALUE_NULL)
		return true;
	if (v->type == VALUE_SCALAR)
		return blank(v->text);
	if (f->kind == FIELD_CHOICES && v->type == VALUE_LIST) {
		for (i = 0; i < v->n_items; i++)
			if (!slot_empty(f, &v->items[i]))
				return false;
		return true;
	}
	if (f->kind == FIELD_DATERANGE && v->type == VALUE_MAP)
		return slot_empty(f, value_map_get(v, "from"))
		    && slot_empty(f, value_map_get(v, "to"));
	return value_is_empty(v);
}

/* Add an error about slot S. */
#define slot_error(v, s, ...) \
	problem_add((v)->out, PROBLEM_ERROR, slot_path(s), (s)->at.line, \
	    (s)->at.col, __VA_ARGS__)

/* Report that slot S, a required one, is empty. */
static void
report_missing(const struct validation *v, const struct slot *s)
{
	if (s->field->kind == FIELD_CHOICES)
		slot_error(v, s, _("%s: choose at least one option"), slot_name(s));
	else
		slot_error(v, s, _("%s is required"), slot_name(s));
}

/* Return the text of slot S when it is a scalar; else report that it
 * should be and return NULL. */
static const char *
slot_text(const struct validation *v, const struct slot *s)
{
	if (s->value->type == VALUE_SCALAR)
		return s->value->text;
	slot_error(v, s, _("%s must be a single value, not a list or a map"),
	    slot_name(s));
	return NULL;
}

/* Check the length rule of field F on TEXT. */
static void
check_count(const struct validation *v, const struct slot *s,
    const char *text)
{
	const struct template_field *f = s->field;
	bool han = f->count == COUNT_HAN;
	size_t n;

	if (f->count == COUNT_NONE)
		return;
	n = han ? text_count_han(text) : text_count_nonspace(text);
	if (f->min_count >= 0 && n < (size_t)f->min_count)
		slot_error(v, s, han
		    ? P_("%s has %zu Han character; at least %ld are required",
		    "%s has %zu Han characters; at least %ld are required", n)
		    : P_("%s has %zu character; at least %ld are required",
		    "%s has %zu characters; at least %ld are required", n),
		    slot_name(s), n, f->min_count);
	else if (f->max_count >= 0 && n > (size_t)f->max_count)
		slot_error(v, s, han
		    ? P_("%s has %zu Han character; at most %ld are allowed",
		    "%s has %zu Han characters; at most %ld are allowed", n)
		    : P_("%s has %zu character; at most %ld are allowed",
		    "%s has %zu characters; at most %ld are allowed", n),
		    slot_name(s), n, f->max_count);
}

/* Check that TEXT matches the pattern of slot S's field, if it has one. */
static void
check_pattern(const struct validation *v, const struct slot *s,
    const char *text)
{
	const struct template_field *f = s->field;
	regex_t re;
	char *trimmed, *q;
	int rc;

	if (f->pattern == NULL)
		return;
	if (regcomp(&re, f->pattern, REG_EXTENDED | REG_NOSUB) != 0) {
		slot_error(v, s, _("%s: the template's pattern %s is not a "
		    "valid regular expression"), slot_name(s), f->pattern);
		return;
	}
	trimmed = text_trim(text);
	rc = regexec(&re, trimmed, 0, NULL, 0);
	regfree(&re);
	if (rc != 0) {
		q = validation_quote(trimmed);
		if (f->example != NULL)
			slot_error(v, s, _("%s 「%s」 is not in the expected "
			    "form, for example %s"), slot_name(s), q, f->example);
		else
			slot_error(v, s, _("%s 「%s」 is not in the expected "
			    "form (%s)"), slot_name(s), q, f->pattern);
		free(q);
	}
	free(trimmed);
}

/* Check a text, multi-line text or phone value: its length and form.
 * (The phone form is the sheet-level rule phone_pattern.) */
static void
check_text(const struct validation *v, const struct slot *s)
{
	const char *text = slot_text(v, s);

	if (text == NULL)
		return;
	check_count(v, s, text);
	check_pattern(v, s, text);
}

/* Return the options of field F joined by 、 for a message.  Caller
 * frees. */
static char *
joined_options(const struct template_field *f)
{
	size_t i, len = 1;
	char *out;

	for (i = 0; i < f->n_options; i++)
		len += strlen(f->options[i]) + strlen("、");
	out = xmalloc(len);
	*out = '\0';
	for (i = 0; i < f->n_options; i++) {
		if (i > 0)
			strcat(out, "、");
		strcat(out, f->options[i]);
	}
	return out;
}

/* Report that TEXT is not one of the options of slot S's field. */
static void
report_not_option(const struct validation *v, const struct slot *s,
    const char *text)
{
	char *q = validation_quote(text), *opts = joined_options(s->field);

	slot_error(v, s, _("%s: 「%s」 is not one of the options (%s)"),
	    slot_name(s), q, opts);
	free(q);
	free(opts);
}

/* Check a choice: one of the options. */
static void
check_choice(const struct validation *v, const struct slot *s)
{
	const char *text = slot_text(v, s);
	char *t;

	if (text == NULL)
		return;
	t = text_trim(text);
	if (!template_field_has_option(s->field, t))
		report_not_option(v, s, text);
	free(t);
}

/* Check a list of choices: options, and other text when allowed. */
static void
check_choices(const struct validation *v, const struct slot *s)
{
	size_t i;

	if (s->value->type != VALUE_LIST) {
		slot_error(v, s, _("%s must be a list of options"), slot_name(s));
		return;
	}
	for (i = 0; i < s->value->n_items; i++) {
		const struct value *item = &s->value->items[i];
		struct part part = {s, i + 1, NULL, NULL, NULL, NULL};
		struct slot one = {s->field, item, NULL, NULL,
		    validation_value_place(item, s->at), &part};
		const char *text = slot_text(v, &one);
		char *t = text != NULL ? text_trim(text) : NULL;

		if (t != NULL && *t != '\0' && !s->field->allow_other
		    && !template_field_has_option(s->field, t))
			report_not_option(v, &one, text);
		free(t);
		part_clear(&part);
	}
}

/* Check a yes/no value: true or false. */
static void
check_bool(const struct validation *v, const struct slot *s)
{
	const char *text = slot_text(v, s);

	if (text != NULL && !validation_text_is(text, "true")
	    && !validation_text_is(text, "false"))
		slot_error(v, s, _("%s must be true or false (是 or 否)"),
		    slot_name(s));
}

/* Return true when TEXT is a whole number (white space around it
 * allowed), stored in *OUT. */
static bool
parse_long(const char *text, long *out)
{
	char *end;

	while (*text == ' ' || *text == '\t')
		text++;
	if (!((*text >= '0' && *text <= '9') || *text == '-' || *text == '+'))
		return false;
	errno = 0;
	*out = strtol(text, &end, 10);
	if (errno != 0 || end == text)
		return false;
	while (*end == ' ' || *end == '\t' || *end == '\n')
		end++;
	return *end == '\0';
}

/* Check a whole number and its bounds. */
static void
check_integer(const struct validation *v, const struct slot *s)
{
	const struct template_field *f = s->field;
	const char *text = slot_text(v, s);
	long n;

	if (text == NULL)
		return;
	if (!parse_long(text, &n)) {
		char *q = validation_quote(text);

		slot_error(v, s, _("%s 「%s」 is not a whole number"),
		    slot_name(s), q);
		free(q);
	} else if (n < f->min_value)
		slot_error(v, s, _("%s is %ld; it must be at least %ld"),
		    slot_name(s), n, f->min_value);
	else if (n > f->max_value)
		slot_error(v, s, _("%s is %ld; it must be at most %ld"),
		    slot_name(s), n, f->max_value);
}

/* Check a date: ISO, and a real day. */
static void
check_date(const struct validation *v, const struct slot *s)
{
	const char *text = slot_text(v, s);
	struct date d;

	if (text != NULL && date_parse_iso(text, &d) != 0) {
		char *q = validation_quote(text);

		slot_error(v, s, _("%s 「%s」 is not a valid date "
		    "(YYYY-MM-DD)"), slot_name(s), q);
		free(q);
	}
}

/* Check the end KEY ("from" or "to") of the date range in slot S. */
static void
check_range_end(const struct validation *v, const struct slot *s,
    const char *key)
{
	const struct value_entry *e = map_entry(s->value, key);
	const struct value *end = e != NULL ? &e->value : NULL;
	struct part part = {s, 0, NULL, key, NULL, NULL};
	struct slot one = {s->field, end, NULL, NULL, entry_place(e, s->at),
	    &part};

	if (slot_empty(s->field, end))
		slot_error(v, &one, _("%s is required"), slot_name(&one));
	else
		check_date(v, &one);
	part_clear(&part);
}

/* Check a date range: a map with both dates. */
static void
check_daterange(const struct validation *v, const struct slot *s)
{
	if (s->value->type != VALUE_MAP) {
		slot_error(v, s, _("%s must be a start and an end date "
		    "(from, to)"), slot_name(s));
		return;
	}
	check_range_end(v, s, "from");
	check_range_end(v, s, "to");
}

/* Check row ROW (1-based) of the table in slot S: each cell by its
 * column. */
static void
check_row(const struct validation *v, const struct slot *s, size_t row)
{
	const struct template_field *t = s->field;
	const struct value *r = &s->value->items[row - 1];
	struct place at = validation_value_place(r, s->at);
	size_t i;

	if (r->type != VALUE_MAP) {
		char *path = xasprintf("%s[%zu]", slot_path(s), row);

		problem_add(v->out, PROBLEM_ERROR, path, at.line, at.col,
		    _("%s row %zu must be a map of columns"), slot_name(s), row);
		free(path);
		return;
	}
	for (i = 0; i < t->n_columns; i++) {
		const struct template_field *col = &t->columns[i];
		const struct value_entry *e = map_entry(r, col->id);
		struct part part = {s, row, col, NULL, NULL, NULL};
		struct slot cell = {col, e != NULL ? &e->value : NULL, NULL,
		    NULL, entry_place(e, at), &part};

		check_slot(v, &cell, col->required);
		part_clear(&part);
	}
}

/* Return the least number of rows of table field F, REQUIRED or not. */
static size_t
min_rows(const struct template_field *f, bool required)
{
	long n = f->min_rows;

	if (required && n < 1)
		n = 1;
	return n > 0 ? (size_t)n : 0;
}

/* Check a table: enough rows, and each row. */
static void
check_table(const struct validation *v, const struct slot *s,
    bool required)
{
	size_t want = min_rows(s->field, required), have = 0, i;

	if (s->value != NULL && s->value->type == VALUE_LIST)
		have = s->value->n_items;
	else if (s->value != NULL && !value_is_empty(s->value)) {
		slot_error(v, s, _("%s must be a list of rows"), slot_name(s));
		return;
	}
	if (have < want)
		slot_error(v, s, P_("%s needs at least %zu row; it has %zu",
		    "%s needs at least %zu rows; it has %zu", want),
		    slot_name(s), want, have);
	for (i = 1; i <= have; i++)
		check_row(v, s, i);
}

/* A check of one kind of value, given that the value is not empty. */
typedef void kind_check(const struct validation *v, const struct slot *s);

/* The check of each field kind (tables are checked apart, since an empty
 * table still has a row count to check). */
static kind_check *const kind_checks[] = {
	[FIELD_TEXT] = check_text,
	[FIELD_MULTILINE] = check_text,
	[FIELD_CHOICE] = check_choice,
	[FIELD_CHOICES] = check_choices,
	[FIELD_BOOL] = check_bool,
	[FIELD_INTEGER] = check_integer,
	[FIELD_DATE] = check_date,
	[FIELD_DATERANGE] = check_daterange,
	[FIELD_PHONE] = check_text,
	[FIELD_TABLE] = NULL,
};

/* Check the value of slot S: present when REQUIRED, then by its kind. */
static void
check_slot(const struct validation *v, const struct slot *s, bool required)
{
	kind_check *check = NULL;

	if (s->field->kind == FIELD_TABLE) {
		check_table(v, s, required);
		return;
	}
	if (slot_empty(s->field, s->value)) {
		if (required)
			report_missing(v, s);
		return;
	}
	if ((size_t)s->field->kind < sizeof kind_checks / sizeof kind_checks[0])
		check = kind_checks[s->field->kind];
	if (check != NULL)
		check(v, s);
}

/* Return true when field F is required in the draft of V: required, and
 * not excused by its "unless" field having the value named. */
static bool
field_required(const struct validation *v, const struct template_field *f)
{
	if (!f->required)
		return false;
	if (f->unless_field == NULL || f->unless_value == NULL)
		return true;
	return !validation_text_is(draft_get_text(v->draft, f->unless_field),
	    f->unless_value);
}

/* Check field F of the draft of V. */
static void
check_field(const struct validation *v, const struct template_field *f)
{
	const char *name = f->label != NULL ? f->label : f->id;
	struct slot s = {f, draft_get(v->draft, f->id), f->id, name,
	    validation_field_place(v, f->id), NULL};

	check_slot(v, &s, field_required(v, f));
}

/* Return the index in T of the field that PATH names ("travellers[2].name"
 * is travellers), or T's field count when none. */
static size_t
path_field_index(const struct template *t, const char *path)
{
	size_t n, i;

	if (path == NULL)
		return t->n_fields;
	n = strcspn(path, ".[");
	for (i = 0; i < t->n_fields; i++)
		if (strlen(t->fields[i].id) == n
		    && strncmp(t->fields[i].id, path, n) == 0)
			return i;
	return t->n_fields;
}

/* A problem's place in the final order: its field, then as found. */
struct order {
	size_t field;
	size_t seq;
};

/* Compare two struct order for qsort(). */
static int
order_cmp(const void *a, const void *b)
{
	const struct order *x = a, *y = b;

	if (x->field != y->field)
		return x->field < y->field ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Move the problems of FROM to the end of OUT in T's field order
 * (stable); FROM is left empty. */
static void
move_sorted(struct problem_list *from, const struct template *t,
    struct problem_list *out)
{
	struct order *ord = xcalloc(from->n + 1, sizeof *ord);
	size_t i;

	for (i = 0; i < from->n; i++) {
		ord[i].field = path_field_index(t, from->items[i].field);
		ord[i].seq = i;
	}
	qsort(ord, from->n, sizeof *ord, order_cmp);
	for (i = 0; i < from->n; i++) {
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 8;
			out->items = xreallocarray(out->items, out->cap,
			    sizeof *out->items);
		}
		out->items[out->n++] = from->items[ord[i].seq];
	}
	free(ord);
	free(from->items);
	problem_list_init(from);
}

void
draft_validate(const struct draft *d, const struct template *t,
    struct problem_list *out)
{
	struct problem_list all;
	struct validation v = {d, t, &all};
	size_t i;

	problem_list_init(&all);
	for (i = 0; i < t->n_fields; i++)
		check_field(&v, &t->fields[i]);
	sheet_rules_apply(&v);
	move_sorted(&all, t, out);
}

/* Return true when the problem path PATH is about field ID. */
static bool
path_is_field(const char *path, const char *id)
{
	size_t n = strlen(id);

	return path != NULL && strncmp(path, id, n) == 0
	    && (path[n] == '\0' || path[n] == '.' || path[n] == '[');
}

void
draft_validate_field(const struct draft *d, const struct template *t,
    const char *id, struct problem_list *out)
{
	struct problem_list all, mine;
	size_t i;

	problem_list_init(&all);
	problem_list_init(&mine);
	draft_validate(d, t, &all);
	for (i = 0; i < all.n; i++) {
		struct problem *p = &all.items[i];

		if (path_is_field(p->field, id)) {
			problem_add(&mine, p->severity, p->field, p->line,
			    p->col, "%s", p->message);
		}
	}
	problem_list_free(&all);
	move_sorted(&mine, t, out);
}
