/* draft_emit.c — drafts written as canonical YAML text (see draft_yaml.h).
 *
 * The writer is by hand rather than libyaml's emitter, to fix every
 * choice of style: two-space indents, plain scalars where a reader takes
 * them back as the same text, else single quotes, and double quotes with
 * escapes only for control characters; multi-line text as literal
 * blocks; table rows, option lists and periods in flow style when short.
 * The same tree always gives the same bytes, and what it gives reads
 * back as the same tree: load and save is a fixed point.
 */
#include <config.h>

#include "storage/draft_yaml.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "storage/strbuf.h"
#include "storage/yaml_scalar.h"

/* The longest cell (in bytes) that a row in flow style may hold. */
#define FLOW_CELL_MAX 120

/* What the template says a scalar is, which decides how it is quoted. */
enum hint {
	HINT_KEEP,	/* a key the program does not know: keep its style */
	HINT_STRING,	/* text: quote whatever would read as another type */
	HINT_DATE,	/* an ISO date stands plain */
	HINT_BOOL,	/* true/false stand plain */
	HINT_INTEGER	/* a decimal integer stands plain */
};

/* The text being written. */
struct out {
	struct strbuf b;
};

/* Append the N bytes at S to O. */
static void
put_mem(struct out *o, const char *s, size_t n)
{
	strbuf_add(&o->b, s, n);
}

/* Append the string S to O. */
static void
put(struct out *o, const char *s)
{
	put_mem(o, s, strlen(s));
}

/* Append N spaces to O. */
static void
put_indent(struct out *o, int n)
{
	static const char spaces[] = "                                ";

	while (n > 0) {
		int k = n < 32 ? n : 32;

		put_mem(o, spaces, (size_t)k);
		n -= k;
	}
}

/* Append TEXT in single quotes, quotes doubled. */
static void
put_single(struct out *o, const char *text)
{
	const char *q;

	put(o, "'");
	while ((q = strchr(text, '\'')) != NULL) {
		put_mem(o, text, (size_t)(q - text) + 1);
		put(o, "'");
		text = q + 1;
	}
	put(o, text);
	put(o, "'");
}

/* Return the escape of the ASCII control or quote C in double quotes, or
 * NULL when C stands as it is. */
static const char *
short_escape(unsigned char c)
{
	switch (c) {
	case '\0': return "\\0";
	case '\a': return "\\a";
	case '\b': return "\\b";
	case '\t': return "\\t";
	case '\n': return "\\n";
	case '\v': return "\\v";
	case '\f': return "\\f";
	case '\r': return "\\r";
	case 0x1B: return "\\e";
	case '"': return "\\\"";
	case '\\': return "\\\\";
	default: return NULL;
	}
}

/* Append the character of N bytes at P (code point CP, or UINT32_MAX for
 * an invalid byte) as double-quoted text would carry it. */
static void
put_escaped_char(struct out *o, const char *p, int n, uint32_t cp)
{
	char buf[16];

	if (cp == UINT32_MAX)
		put(o, "\xEF\xBF\xBD");	/* U+FFFD: YAML cannot hold it */
	else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
		snprintf(buf, sizeof buf, cp == 0x85 ? "\\N" : "\\x%02X",
		    (unsigned)cp);
		put(o, buf);
	} else if (cp == 0x2028)
		put(o, "\\L");
	else if (cp == 0x2029)
		put(o, "\\P");
	else if (cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF) {
		snprintf(buf, sizeof buf, "\\u%04X", (unsigned)cp);
		put(o, buf);
	} else
		put_mem(o, p, (size_t)n);
}

/* Return the length of the UTF-8 character at P and its code point in
 * *CP (UINT32_MAX and 1 for an invalid byte). */
static int
decode(const unsigned char *p, uint32_t *cp)
{
	int n, i;
	uint32_t c;

	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	n = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 && p[0] <= 0xEF
	    ? 3 : p[0] >= 0xC2 && p[0] <= 0xDF ? 2 : 0;
	c = n == 4 ? p[0] & 0x07u : n == 3 ? p[0] & 0x0Fu : p[0] & 0x1Fu;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			break;
		c = c << 6 | (p[i] & 0x3Fu);
	}
	if (n == 0 || i < n || (n == 3 && c < 0x800) || (n == 4
	    && (c < 0x10000 || c > 0x10FFFF)) || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = UINT32_MAX;
		return 1;
	}
	*cp = c;
	return n;
}

/* Append TEXT in double quotes, escaping what must be. */
static void
put_double(struct out *o, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;

	put(o, "\"");
	while (*p != '\0') {
		const char *e = *p < 0x80 ? short_escape(*p) : NULL;
		uint32_t cp;
		int n;

		if (e != NULL) {
			put(o, e);
			p++;
			continue;
		}
		n = decode(p, &cp);
		put_escaped_char(o, (const char *)p, n, cp);
		p += n;
	}
	put(o, "\"");
}

/* Append TEXT as a literal block scalar: the header after "key:", then
 * its lines INDENT deep. */
static void
put_literal(struct out *o, const char *text, int indent)
{
	size_t len = strlen(text);
	const char *p = text, *nl;

	/* The first line with content decides the indentation unless told. */
	p += strspn(p, "\n");
	put(o, *p == ' ' || *p == '\t' ? " |2" : " |");
	if (len > 0 && text[len - 1] != '\n')
		put(o, "-");
	else if (len > 1 && text[len - 2] == '\n')
		put(o, "+");
	put(o, "\n");
	p = text;
	while (*p != '\0') {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		if (nl > p) {
			put_indent(o, indent);
			put_mem(o, p, (size_t)(nl - p));
		}
		put(o, "\n");
		p = *nl == '\n' ? nl + 1 : nl;
	}
}

/* Return true when scalar TEXT with HINT and the read style STYLE may be
 * written plain (in a flow collection when FLOW). */
static bool
plain_fits(const char *text, enum hint hint, enum value_style style,
    bool flow)
{
	if (!yaml_scalar_plain_ok(text, flow))
		return false;
	switch (hint) {
	case HINT_DATE:
		if (yaml_scalar_is_iso_date(text))
			return true;
		break;
	case HINT_BOOL:
		if (strcmp(text, "true") == 0 || strcmp(text, "false") == 0)
			return true;
		break;
	case HINT_INTEGER:
		if (yaml_scalar_is_integer(text))
			return true;
		break;
	case HINT_KEEP:
		if (style == VALUE_STYLE_PLAIN)
			return true;
		break;
	case HINT_STRING:
		break;
	}
	return !yaml_scalar_resolves(text);
}

/* Append scalar (or null) V after "key:" or "- ", with its leading space
 * when it is not a block, and the line's end.  Block lines go INDENT
 * deep.  In a flow collection (FLOW) no line end is written. */
static void
put_scalar(struct out *o, const struct value *v, enum hint hint, int indent,
    bool flow)
{
	const char *text = v->text;

	if (v->type == VALUE_NULL) {
		put(o, flow ? "" : " ");
		put(o, hint == HINT_KEEP ? "null" : "''");
	} else if (!flow && yaml_scalar_literal_ok(text)) {
		put_literal(o, text, indent);
		return;
	} else {
		if (!flow)
			put(o, " ");
		if (plain_fits(text, hint, v->style, flow))
			put(o, text);
		else if (yaml_scalar_needs_escapes(text)
		    || strchr(text, '\n') != NULL)
			put_double(o, text);
		else
			put_single(o, text);
	}
	if (!flow)
		put(o, "\n");
}

/* Append the map key KEY (no colon). */
static void
put_key(struct out *o, const char *key, bool flow)
{
	if (yaml_scalar_plain_ok(key, flow) && !yaml_scalar_resolves(key))
		put(o, key);
	else if (yaml_scalar_needs_escapes(key) || strchr(key, '\n') != NULL)
		put_double(o, key);
	else
		put_single(o, key);
}

/* The template's view of one map: which keys it knows, in which order,
 * and the hint of each; NULL members where the map is unknown. */
struct shape {
	const struct template_field *field;	/* a field map's field ... */
	const struct template *tmpl;		/* ... or the fields map */
	bool range;				/* a {from, to} map */
};

static void put_value(struct out *o, const struct value *v,
    const struct template_field *f, enum hint hint, int indent);

/* Return the hint for a scalar of field kind KIND. */
static enum hint
kind_hint(enum field_kind kind)
{
	switch (kind) {
	case FIELD_DATE:
		return HINT_DATE;
	case FIELD_BOOL:
		return HINT_BOOL;
	case FIELD_INTEGER:
		return HINT_INTEGER;
	default:
		return HINT_STRING;
	}
}

/* Return the place in S's order of KEY (a template index), or -1 when S
 * does not know KEY; store the field it names in *F and its hint. */
static long
shape_rank(const struct shape *s, const char *key,
    const struct template_field **f, enum hint *hint)
{
	long i;

	*f = NULL;
	*hint = HINT_KEEP;
	if (s->tmpl != NULL) {
		i = template_field_index(s->tmpl, key);
		if (i >= 0)
			*f = &s->tmpl->fields[i];
		if (*f != NULL)
			*hint = kind_hint((*f)->kind);
		return i;
	}
	if (s->range) {
		i = strcmp(key, "from") == 0 ? 0 : strcmp(key, "to") == 0
		    ? 1 : -1;
		if (i >= 0)
			*hint = HINT_DATE;
		return i;
	}
	if (s->field != NULL && s->field->kind == FIELD_TABLE) {
		for (i = 0; i < (long)s->field->n_columns; i++) {
			if (strcmp(s->field->columns[i].id, key) == 0) {
				*f = &s->field->columns[i];
				*hint = kind_hint((*f)->kind);
				return i;
			}
		}
	}
	return -1;
}

/* An entry of a map in the order it is written. */
struct slot {
	const struct value_entry *entry;
	const struct template_field *field;	/* known field, or NULL */
	enum hint hint;
	long rank;				/* template order, or -1 */
};

/* Return MAP's entries in writing order, in a new array of
 * MAP->n_entries: known keys in S's order, in the slots where known keys
 * stood, unknown keys where they were.  Caller frees. */
static struct slot *
order_entries(const struct value *map, const struct shape *s)
{
	size_t i, j, m = 0, n = map->n_entries;
	struct slot *slots = xcalloc(n + 1, sizeof *slots);
	struct slot *known = xcalloc(n + 1, sizeof *known);

	for (i = 0; i < n; i++) {
		slots[i].entry = &map->entries[i];
		slots[i].rank = shape_rank(s, map->entries[i].key,
		    &slots[i].field, &slots[i].hint);
		if (slots[i].rank >= 0)
			known[m++] = slots[i];
	}
	/* A stable insertion sort: maps are short and mostly in order. */
	for (i = 1; i < m; i++) {
		struct slot cur = known[i];

		for (j = i; j > 0 && known[j - 1].rank > cur.rank; j--)
			known[j] = known[j - 1];
		known[j] = cur;
	}
	for (i = 0, j = 0; i < n; i++)
		if (slots[i].rank >= 0)
			slots[i] = known[j++];
	free(known);
	return slots;
}

/* Return true when V may be written in flow style: a list or map of
 * short, single-line scalars. */
static bool
flow_fits(const struct value *v)
{
	size_t i, n = v->type == VALUE_LIST ? v->n_items : v->n_entries;

	for (i = 0; i < n; i++) {
		const struct value *item = v->type == VALUE_LIST
		    ? &v->items[i] : &v->entries[i].value;

		if (item->type == VALUE_LIST || item->type == VALUE_MAP)
			return false;
		if (item->type == VALUE_SCALAR && (strlen(item->text)
		    > FLOW_CELL_MAX || strchr(item->text, '\n') != NULL
		    || yaml_scalar_needs_escapes(item->text)))
			return false;
		if (v->type == VALUE_MAP && (strlen(v->entries[i].key)
		    > FLOW_CELL_MAX || yaml_scalar_needs_escapes(
		    v->entries[i].key)))
			return false;
	}
	return true;
}

/* Append the map V in flow style, {key: value, ...}, in the order of S. */
static void
put_flow_map(struct out *o, const struct value *v, const struct shape *s)
{
	struct slot *slots = order_entries(v, s);
	size_t i;

	put(o, "{");
	for (i = 0; i < v->n_entries; i++) {
		if (i > 0)
			put(o, ", ");
		put_key(o, slots[i].entry->key, true);
		put(o, ": ");
		put_scalar(o, &slots[i].entry->value, slots[i].hint, 0, true);
	}
	put(o, "}");
	free(slots);
}

/* Append the list V in flow style, [item, ...]. */
static void
put_flow_list(struct out *o, const struct value *v, enum hint hint)
{
	size_t i;

	put(o, "[");
	for (i = 0; i < v->n_items; i++) {
		if (i > 0)
			put(o, ", ");
		put_scalar(o, &v->items[i], hint, 0, true);
	}
	put(o, "]");
}

/* Append the entries of the map V in block style, INDENT deep, in the
 * order of S; the first key goes where the output stands when FIRST_INLINE
 * (after "- "). */
static void
put_block_map(struct out *o, const struct value *v, const struct shape *s,
    int indent, bool first_inline)
{
	struct slot *slots = order_entries(v, s);
	size_t i;

	for (i = 0; i < v->n_entries; i++) {
		if (i > 0 || !first_inline)
			put_indent(o, indent);
		put_key(o, slots[i].entry->key, false);
		put(o, ":");
		put_value(o, &slots[i].entry->value, slots[i].field,
		    slots[i].hint, indent);
	}
	free(slots);
}

/* Append the items of the list V in block style, INDENT deep; each item
 * is a row of table field F when F is a table, else of HINT. */
static void
put_block_list(struct out *o, const struct value *v,
    const struct template_field *f, enum hint hint, int indent)
{
	struct shape s = { f, NULL, false };
	size_t i;

	for (i = 0; i < v->n_items; i++) {
		const struct value *item = &v->items[i];

		put_indent(o, indent);
		put(o, "-");
		if (item->type == VALUE_MAP && item->n_entries > 0
		    && f != NULL && f->kind == FIELD_TABLE && flow_fits(item)) {
			put(o, " ");
			put_flow_map(o, item, &s);
			put(o, "\n");
		} else if (item->type == VALUE_MAP && item->n_entries > 0
		    && (f != NULL || item->style != VALUE_STYLE_PLAIN
		    || !flow_fits(item))) {
			put(o, " ");
			put_block_map(o, item, &s, indent + 2, true);
		} else {
			put_value(o, item, NULL, f != NULL ? HINT_STRING : hint,
			    indent);
		}
	}
}

/* Append the list or map V after "key:" or "-": flow on the same line,
 * or block on the lines below, INDENT being the parent's indent. */
static void
put_collection(struct out *o, const struct value *v,
    const struct template_field *f, int indent)
{
	bool known = f != NULL;
	struct shape s = { f, NULL, f != NULL && f->kind == FIELD_DATERANGE };
	enum hint item_hint = known ? HINT_STRING : HINT_KEEP;
	bool flow;

	if (v->type == VALUE_LIST && v->n_items == 0) {
		put(o, " []\n");
		return;
	}
	if (v->type == VALUE_MAP && v->n_entries == 0) {
		put(o, " {}\n");
		return;
	}
	if (known && f->kind == FIELD_TABLE)
		flow = false;
	else if (known && (f->kind == FIELD_CHOICES || s.range))
		flow = flow_fits(v);
	else
		flow = v->style == VALUE_STYLE_PLAIN && flow_fits(v);
	if (flow) {
		put(o, " ");
		if (v->type == VALUE_LIST)
			put_flow_list(o, v, item_hint);
		else
			put_flow_map(o, v, &s);
		put(o, "\n");
	} else if (v->type == VALUE_LIST) {
		put(o, "\n");
		put_block_list(o, v, known && f->kind == FIELD_TABLE ? f
		    : NULL, item_hint, indent + 2);
	} else {
		put(o, "\n");
		put_block_map(o, v, &s, indent + 2, false);
	}
}

/* Append V after "key:" or "-" (field F, or NULL when unknown, and the
 * hint for a scalar), INDENT being the indent of the key or dash. */
static void
put_value(struct out *o, const struct value *v,
    const struct template_field *f, enum hint hint, int indent)
{
	if (v->type == VALUE_LIST || v->type == VALUE_MAP) {
		if (f != NULL && (f->kind == FIELD_TABLE
		    || f->kind == FIELD_CHOICES || f->kind == FIELD_DATERANGE))
			put_collection(o, v, f, indent);
		else
			put_collection(o, v, NULL, indent);
	} else {
		put_scalar(o, v, hint, indent + 2, false);
	}
}

/* Append the top-level map TOP of a draft of template T. */
static void
put_top(struct out *o, const struct value *top, const struct template *t)
{
	struct shape fields = { NULL, t, false };
	size_t i;

	for (i = 0; i < top->n_entries; i++) {
		const struct value_entry *e = &top->entries[i];
		bool is_fields = strcmp(e->key, "fields") == 0;
		bool is_known = is_fields || strcmp(e->key, "format") == 0
		    || strcmp(e->key, "template") == 0;

		put_key(o, e->key, false);
		put(o, ":");
		if (is_fields && t != NULL && e->value.type == VALUE_MAP
		    && e->value.n_entries > 0) {
			put(o, "\n");
			put_block_map(o, &e->value, &fields, 2, false);
		} else if (e->value.type == VALUE_LIST
		    || e->value.type == VALUE_MAP) {
			put_collection(o, &e->value, NULL, 0);
		} else {
			/* A null "fields" stays null: '' would not load. */
			put_scalar(o, &e->value, is_known && e->value.type
			    != VALUE_NULL ? HINT_STRING : HINT_KEEP, 2, false);
		}
	}
}

char *
draft_yaml_emit(const struct draft *d, const struct template *t,
    size_t *len)
{
	struct out o = { { NULL, 0, 0 } };

	if (d->top.type == VALUE_MAP && d->top.n_entries > 0)
		put_top(&o, &d->top, t);
	else
		put(&o, "{}\n");
	if (len != NULL)
		*len = o.b.len;
	return strbuf_take(&o.b);
}
