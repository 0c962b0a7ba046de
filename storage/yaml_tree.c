/* yaml_tree.c — one YAML document read into a tree of values (see
 * yaml_tree.h). */
#include <config.h>

#include "storage/yaml_tree.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"

/* The state of one parse. */
struct tree_parser {
	yaml_parser_t parser;		/* libyaml's event parser */
	const char *data;		/* the whole input, for places */
	size_t len;
	int max_depth;			/* deepest nesting allowed */
	struct problem_list *errors;	/* where the one error goes */
};

void
yaml_tree_place(const char *data, size_t len, size_t offset, int *line,
    int *col)
{
	size_t i;
	int l = 1, c = 1;

	if (offset > len)
		offset = len;
	for (i = 0; i < offset; i++) {
		unsigned char b = (unsigned char)data[i];

		if (b == '\n') {
			l++;
			c = 1;
		} else if ((b & 0xC0) != 0x80) {
			c++;	/* a continuation byte adds no column */
		}
	}
	*line = l;
	*col = c;
}

/* Report libyaml's reader error (bad bytes in the input) at its byte
 * offset, and return -1. */
static int
reader_error(struct tree_parser *tp)
{
	const yaml_parser_t *p = &tp->parser;
	bool control = p->problem != NULL
	    && strstr(p->problem, "control") != NULL;
	size_t off = p->problem_offset, bad;
	int line, col;

	/* libyaml points at the byte after a sequence's start when the
	 * sequence breaks off; the first bad byte is where to look. */
	if (!control && !text_valid_utf8(tp->data, tp->len, &bad))
		off = bad;
	yaml_tree_place(tp->data, tp->len, off, &line, &col);
	if (control)
		problem_add(tp->errors, PROBLEM_ERROR, NULL, line, col,
		    _("a control character (U+%04X) is not allowed; write it "
		    "as an escape in double quotes"), (unsigned)p->problem_value);
	else
		problem_add(tp->errors, PROBLEM_ERROR, NULL, line, col,
		    _("invalid UTF-8 (byte 0x%02X): a draft must be UTF-8; a "
		    "Big5 file can be converted with iconv -f BIG5 -t UTF-8"),
		    off < tp->len ? (unsigned char)tp->data[off] : 0u);
	return -1;
}

/* Report libyaml's failure to parse and return -1. */
static int
parser_error(struct tree_parser *tp)
{
	const yaml_parser_t *p = &tp->parser;
	const char *problem = p->problem != NULL ? p->problem : "?";

	if (p->error == YAML_READER_ERROR)
		return reader_error(tp);
	if (p->error == YAML_MEMORY_ERROR)
		problem_add(tp->errors, PROBLEM_ERROR, NULL, 0, 0, "%s",
		    _("out of memory"));
	else if (p->context != NULL)
		problem_add(tp->errors, PROBLEM_ERROR, NULL,
		    (int)p->problem_mark.line + 1,
		    (int)p->problem_mark.column + 1,
		    _("YAML syntax: %s %s (from line %d, column %d)"), problem,
		    p->context, (int)p->context_mark.line + 1,
		    (int)p->context_mark.column + 1);
	else
		problem_add(tp->errors, PROBLEM_ERROR, NULL,
		    (int)p->problem_mark.line + 1,
		    (int)p->problem_mark.column + 1, _("YAML syntax: %s"),
		    problem);
	return -1;
}

/* Read the next event into EV.  Return 0, or -1 after reporting. */
static int
next_event(struct tree_parser *tp, yaml_event_t *ev)
{
	if (!yaml_parser_parse(&tp->parser, ev))
		return parser_error(tp);
	return 0;
}

/* Report MESSAGE (printf format with one %s, ARG) at the start of EV and
 * return -1. */
static int
event_error(struct tree_parser *tp, const yaml_event_t *ev,
    const char *message, const char *arg)
{
	problem_add(tp->errors, PROBLEM_ERROR, NULL,
	    (int)ev->start_mark.line + 1, (int)ev->start_mark.column + 1,
	    message, arg);
	return -1;
}

/* Return true when TAG (NULL when none) is one this reader accepts for a
 * node of that kind (SUFFIX: "str", "seq" or "map"). */
static bool
tag_ok(const yaml_char_t *tag, const char *suffix)
{
	static const char prefix[] = "tag:yaml.org,2002:";

	if (tag == NULL)
		return true;
	return strncmp((const char *)tag, prefix, sizeof prefix - 1) == 0
	    && strcmp((const char *)tag + sizeof prefix - 1, suffix) == 0;
}

/* Check the anchor and tag of node event EV of kind SUFFIX.  Return 0, or
 * -1 after reporting. */
static int
check_node(struct tree_parser *tp, const yaml_event_t *ev,
    const yaml_char_t *anchor, const yaml_char_t *tag, const char *suffix)
{
	if (anchor != NULL)
		return event_error(tp, ev, _("anchors (&%s) are not allowed"),
		    (const char *)anchor);
	if (!tag_ok(tag, suffix))
		return event_error(tp, ev, _("the tag %s is not allowed"),
		    (const char *)tag);
	return 0;
}

/* Return true when the plain scalar TEXT (LEN bytes) means null. */
static bool
plain_is_null(const char *text, size_t len)
{
	return len == 0 || (len == 1 && text[0] == '~')
	    || (len == 4 && (memcmp(text, "null", 4) == 0
	    || memcmp(text, "Null", 4) == 0 || memcmp(text, "NULL", 4) == 0));
}

/* Return the value_style of libyaml's scalar STYLE. */
static enum value_style
scalar_style(yaml_scalar_style_t style)
{
	switch (style) {
	case YAML_PLAIN_SCALAR_STYLE:
		return VALUE_STYLE_PLAIN;
	case YAML_SINGLE_QUOTED_SCALAR_STYLE:
		return VALUE_STYLE_SINGLE;
	case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
		return VALUE_STYLE_DOUBLE;
	case YAML_LITERAL_SCALAR_STYLE:
		return VALUE_STYLE_LITERAL;
	case YAML_FOLDED_SCALAR_STYLE:
		return VALUE_STYLE_FOLDED;
	default:
		return VALUE_STYLE_ANY;
	}
}

/* Fill OUT from the scalar event EV, taking over its text (libyaml
 * allocates it with malloc() and ends it with a NUL, so that it can be
 * kept rather than copied).  Return 0, or -1 after reporting. */
static int
take_scalar(struct tree_parser *tp, yaml_event_t *ev, struct value *out)
{
	const char *text;
	size_t len;

	if (ev->type == YAML_ALIAS_EVENT)
		return event_error(tp, ev, _("aliases (*%s) are not allowed"),
		    (const char *)ev->data.alias.anchor);
	if (check_node(tp, ev, ev->data.scalar.anchor, ev->data.scalar.tag,
	    "str") != 0)
		return -1;
	text = (const char *)ev->data.scalar.value;
	len = ev->data.scalar.length;
	if (memchr(text, '\0', len) != NULL)
		return event_error(tp, ev, "%s",
		    _("a NUL character is not allowed in text"));
	out->style = scalar_style(ev->data.scalar.style);
	if (out->style == VALUE_STYLE_PLAIN && ev->data.scalar.tag == NULL
	    && plain_is_null(text, len)) {
		out->type = VALUE_NULL;
		return 0;
	}
	out->type = VALUE_SCALAR;
	out->text = (char *)ev->data.scalar.value;
	ev->data.scalar.value = NULL;
	return 0;
}

static int parse_node(struct tree_parser *tp, yaml_event_t *ev,
    struct value *out, int depth);

/* Read the items of a sequence (its start event already read) into OUT.
 * Return 0, or -1 after reporting. */
static int
parse_items(struct tree_parser *tp, struct value *out, int depth)
{
	size_t cap = 0;
	yaml_event_t ev;

	for (;;) {
		if (next_event(tp, &ev) != 0)
			return -1;
		if (ev.type == YAML_SEQUENCE_END_EVENT) {
			yaml_event_delete(&ev);
			return 0;
		}
		if (out->n_items == cap) {
			cap = cap ? cap * 2 : 4;
			out->items = xreallocarray(out->items, cap,
			    sizeof *out->items);
		}
		value_init(&out->items[out->n_items++]);
		if (parse_node(tp, &ev, &out->items[out->n_items - 1],
		    depth) != 0)
			return -1;
	}
}

/* Compare two map entries by key, then by place; for qsort. */
static int
compare_entries(const void *a, const void *b)
{
	const struct value_entry *const *x = a, *const *y = b;
	int c = strcmp((*x)->key, (*y)->key);

	if (c != 0)
		return c;
	return *x < *y ? -1 : *x > *y;
}

/* Return the entry of MAP whose key repeats an earlier one, or NULL. */
static const struct value_entry *
find_duplicate(const struct value *map)
{
	const struct value_entry **sorted, *dup = NULL;
	size_t i, j, n = map->n_entries;

	if (n <= 16) {
		for (i = 1; i < n; i++)
			for (j = 0; j < i; j++)
				if (strcmp(map->entries[i].key,
				    map->entries[j].key) == 0)
					return &map->entries[i];
		return NULL;
	}
	sorted = xcalloc(n, sizeof *sorted);
	for (i = 0; i < n; i++)
		sorted[i] = &map->entries[i];
	qsort(sorted, n, sizeof *sorted, compare_entries);
	for (i = 1; i < n; i++)
		if (strcmp(sorted[i]->key, sorted[i - 1]->key) == 0
		    && (dup == NULL || sorted[i] < dup))
			dup = sorted[i];
	free(sorted);
	return dup;
}

/* Read one key of a mapping from the scalar event EV into entry E.
 * Return 0, or -1 after reporting. */
static int
take_key(struct tree_parser *tp, yaml_event_t *ev, struct value_entry *e)
{
	struct value key;

	if (ev->type != YAML_SCALAR_EVENT && ev->type != YAML_ALIAS_EVENT)
		return event_error(tp, ev, "%s",
		    _("a key must be text, not a list or a map"));
	value_init(&key);
	if (take_scalar(tp, ev, &key) != 0)
		return -1;
	/* YAML allows implicit keys of 1024 characters at most; a longer
	 * one could not be written back. */
	if (key.text != NULL && strlen(key.text) > YAML_TREE_MAX_KEY) {
		value_free(&key);
		problem_add(tp->errors, PROBLEM_ERROR, NULL,
		    (int)ev->start_mark.line + 1,
		    (int)ev->start_mark.column + 1, _("a key is longer than "
		    "%d bytes"), YAML_TREE_MAX_KEY);
		return -1;
	}
	e->key = key.text != NULL ? key.text : xstrdup("");
	e->line = (int)ev->start_mark.line + 1;
	e->col = (int)ev->start_mark.column + 1;
	return 0;
}

/* Read the entries of a mapping (its start event already read) into OUT.
 * Return 0, or -1 after reporting. */
static int
parse_entries(struct tree_parser *tp, struct value *out, int depth)
{
	const struct value_entry *dup;
	size_t cap = 0;
	yaml_event_t ev;
	int r;

	for (;;) {
		struct value_entry *e;

		if (next_event(tp, &ev) != 0)
			return -1;
		if (ev.type == YAML_MAPPING_END_EVENT) {
			yaml_event_delete(&ev);
			break;
		}
		if (out->n_entries == cap) {
			cap = cap ? cap * 2 : 8;
			out->entries = xreallocarray(out->entries, cap,
			    sizeof *out->entries);
		}
		e = &out->entries[out->n_entries++];
		memset(e, 0, sizeof *e);
		value_init(&e->value);
		r = take_key(tp, &ev, e);
		yaml_event_delete(&ev);
		if (r != 0 || next_event(tp, &ev) != 0)
			return -1;
		if (parse_node(tp, &ev, &e->value, depth) != 0)
			return -1;
	}
	dup = find_duplicate(out);
	if (dup != NULL) {
		problem_add(tp->errors, PROBLEM_ERROR, NULL, dup->line, dup->col,
		    _("the key '%s' is given twice"), dup->key);
		return -1;
	}
	return 0;
}

/* Check the start EV of a list or a map at nesting DEPTH (no anchor, no
 * foreign tag, not too deep) and set OUT's type and style from it.
 * Return 0, or -1 after reporting. */
static int
open_collection(struct tree_parser *tp, const yaml_event_t *ev,
    struct value *out, int depth)
{
	bool seq = ev->type == YAML_SEQUENCE_START_EVENT;
	const yaml_char_t *anchor = seq ? ev->data.sequence_start.anchor
	    : ev->data.mapping_start.anchor;
	const yaml_char_t *tag = seq ? ev->data.sequence_start.tag
	    : ev->data.mapping_start.tag;
	bool flow = seq
	    ? ev->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
	    : ev->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;

	if (check_node(tp, ev, anchor, tag, seq ? "seq" : "map") != 0)
		return -1;
	if (depth >= tp->max_depth) {
		problem_add(tp->errors, PROBLEM_ERROR, NULL, out->line,
		    out->col, _("lists and maps nest deeper than %d "
		    "levels"), tp->max_depth);
		return -1;
	}
	out->type = seq ? VALUE_LIST : VALUE_MAP;
	out->style = flow ? VALUE_STYLE_PLAIN : VALUE_STYLE_ANY;
	return 0;
}

/* Read the node that starts with event EV (consumed here) into OUT, at
 * nesting DEPTH.  Return 0, or -1 after reporting. */
static int
parse_node(struct tree_parser *tp, yaml_event_t *ev, struct value *out,
    int depth)
{
	int r = -1;

	out->line = (int)ev->start_mark.line + 1;
	out->col = (int)ev->start_mark.column + 1;
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
	case YAML_ALIAS_EVENT:
		r = take_scalar(tp, ev, out);
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (open_collection(tp, ev, out, depth) != 0)
			break;
		yaml_event_delete(ev);
		return out->type == VALUE_LIST ? parse_items(tp, out, depth + 1)
		    : parse_entries(tp, out, depth + 1);
	default:
		problem_add(tp->errors, PROBLEM_ERROR, NULL, out->line, out->col,
		    "%s", _("the YAML events are out of order"));
		break;
	}
	yaml_event_delete(ev);
	return r;
}

/* Read the events of the stream around the one document into OUT.
 * Return 0, or -1 after reporting. */
static int
parse_stream(struct tree_parser *tp, struct value *out)
{
	yaml_event_t ev;

	if (next_event(tp, &ev) != 0)
		return -1;
	yaml_event_delete(&ev);			/* stream start */
	if (next_event(tp, &ev) != 0)
		return -1;
	if (ev.type == YAML_STREAM_END_EVENT) {
		yaml_event_delete(&ev);
		problem_add(tp->errors, PROBLEM_ERROR, NULL, 1, 1, "%s",
		    _("the file holds no YAML document"));
		return -1;
	}
	yaml_event_delete(&ev);			/* document start */
	if (next_event(tp, &ev) != 0 || parse_node(tp, &ev, out, 0) != 0)
		return -1;
	if (next_event(tp, &ev) != 0)		/* document end */
		return -1;
	yaml_event_delete(&ev);
	if (next_event(tp, &ev) != 0)
		return -1;
	if (ev.type != YAML_STREAM_END_EVENT) {
		event_error(tp, &ev, "%s", _("the file holds more than one "
		    "YAML document"));
		yaml_event_delete(&ev);
		return -1;
	}
	yaml_event_delete(&ev);
	return 0;
}

int
yaml_tree_parse(const char *data, size_t len, int max_depth,
    struct value *out, struct problem_list *errors)
{
	struct tree_parser tp;
	int r;

	memset(&tp, 0, sizeof tp);
	tp.data = data;
	tp.len = len;
	tp.max_depth = max_depth;
	tp.errors = errors;
	if (!yaml_parser_initialize(&tp.parser)) {
		problem_add(errors, PROBLEM_ERROR, NULL, 0, 0, "%s",
		    _("out of memory"));
		return -1;
	}
	yaml_parser_set_encoding(&tp.parser, YAML_UTF8_ENCODING);
	yaml_parser_set_input_string(&tp.parser, (const unsigned char *)data,
	    len);
	value_init(out);
	r = parse_stream(&tp, out);
	yaml_parser_delete(&tp.parser);
	if (r != 0)
		value_free(out);
	return r;
}
