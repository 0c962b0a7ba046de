/* value_dump.c — a canonical text dump of a value tree (see value_dump.h). */
#include <config.h>

#include "tests/unit/value_dump.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"

/* A growing text. */
struct dump {
	char *s;
	size_t len;
	size_t cap;
};

/* Append the N bytes at S to D. */
static void
add_mem(struct dump *d, const char *s, size_t n)
{
	while (d->len + n + 1 > d->cap) {
		d->cap = d->cap ? d->cap * 2 : 1024;
		d->s = xreallocarray(d->s, d->cap, 1);
	}
	memcpy(d->s + d->len, s, n);
	d->len += n;
	d->s[d->len] = '\0';
}

/* Append the line HEAD, DEPTH deep, with the place LINE:COL. */
static void
add_head(struct dump *d, int depth, const char *head, int line, int col)
{
	char buf[64];
	int i;

	for (i = 0; i < depth; i++)
		add_mem(d, " ", 1);
	add_mem(d, head, strlen(head));
	snprintf(buf, sizeof buf, " %d:%d", line, col);
	add_mem(d, buf, strlen(buf));
}

/* Append TEXT after a space, escaped. */
static void
add_text(struct dump *d, const char *text)
{
	const unsigned char *p;
	char buf[8];

	add_mem(d, " ", 1);
	for (p = (const unsigned char *)text; *p != '\0'; p++) {
		if (*p == '\n')
			add_mem(d, "\\n", 2);
		else if (*p == '\\')
			add_mem(d, "\\\\", 2);
		else if (*p < 0x20 || *p == 0x7F) {
			snprintf(buf, sizeof buf, "\\x%02X", *p);
			add_mem(d, buf, strlen(buf));
		} else
			add_mem(d, (const char *)p, 1);
	}
}

/* Return the mark of scalar style S. */
static const char *
style_mark(enum value_style s)
{
	switch (s) {
	case VALUE_STYLE_PLAIN: return ":";
	case VALUE_STYLE_SINGLE: return "'";
	case VALUE_STYLE_DOUBLE: return "\"";
	case VALUE_STYLE_LITERAL: return "|";
	case VALUE_STYLE_FOLDED: return ">";
	default: return "?";
	}
}

/* Append the dump of V, DEPTH deep. */
static void
dump_value(struct dump *d, const struct value *v, int depth)
{
	size_t i;
	bool flow = v->style == VALUE_STYLE_PLAIN;

	switch (v->type) {
	case VALUE_NULL:
		add_head(d, depth, "=NULL", v->line, v->col);
		break;
	case VALUE_SCALAR:
		add_head(d, depth, "=VAL", v->line, v->col);
		add_mem(d, " ", 1);
		add_mem(d, style_mark(v->style), 1);
		add_text(d, v->text);
		break;
	case VALUE_LIST:
		add_head(d, depth, flow ? "+SEQ []" : "+SEQ", v->line, v->col);
		add_mem(d, "\n", 1);
		for (i = 0; i < v->n_items; i++)
			dump_value(d, &v->items[i], depth + 1);
		add_head(d, depth, "-SEQ", v->line, v->col);
		break;
	case VALUE_MAP:
		add_head(d, depth, flow ? "+MAP {}" : "+MAP", v->line, v->col);
		add_mem(d, "\n", 1);
		for (i = 0; i < v->n_entries; i++) {
			add_head(d, depth + 1, "?KEY", v->entries[i].line,
			    v->entries[i].col);
			add_text(d, v->entries[i].key);
			add_mem(d, "\n", 1);
			dump_value(d, &v->entries[i].value, depth + 2);
		}
		add_head(d, depth, "-MAP", v->line, v->col);
		break;
	}
	add_mem(d, "\n", 1);
}

char *
value_dump(const struct value *v)
{
	struct dump d = { NULL, 0, 0 };

	add_mem(&d, "", 0);
	dump_value(&d, v, 0);
	return d.s;
}
