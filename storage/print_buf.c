/* print_buf.c — building a printed copy: text, lines, wrapped blocks, and
 * a record of which field each stretch shows (see print_layout.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/wrap.h"
#include "lib/xalloc.h"
#include "storage/print_layout.h"

void
pbuf_init(struct pbuf *b, const struct print_options *o)
{
	memset(b, 0, sizeof *b);
	b->cols = o->columns;
	b->ascii = o->ascii;
}

void
pbuf_add(struct pbuf *b, const char *s, size_t n)
{
	strbuf_add(&b->text, s, n);
}

void
pbuf_str(struct pbuf *b, const char *s)
{
	pbuf_add(b, s, strlen(s));
}

void
pbuf_spaces(struct pbuf *b, size_t n)
{
	static const char spaces[] = "                                ";

	while (n > 0) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;

		pbuf_add(b, spaces, k);
		n -= k;
	}
}

void
pbuf_end_line(struct pbuf *b)
{
	while (b->text.len > 0 && b->text.data[b->text.len - 1] == ' ')
		b->text.len--;
	pbuf_add(b, "\n", 1);
}

/* Close the span of the field being written, if any. */
static void
close_span(struct pbuf *b)
{
	struct print_span *s;

	if (b->field == NULL || b->text.len == b->field_start)
		return;
	if (b->n_spans == b->cap_spans) {
		b->cap_spans = b->cap_spans < 16 ? 16 : b->cap_spans * 2;
		b->spans = xreallocarray(b->spans, b->cap_spans,
		    sizeof *b->spans);
	}
	s = &b->spans[b->n_spans++];
	s->start = b->field_start;
	s->end = b->text.len;
	s->field = xstrdup(b->field);
}

void
pbuf_field(struct pbuf *b, const char *id)
{
	close_span(b);
	b->field = id;
	b->field_start = b->text.len;
}

void
pbuf_block(struct pbuf *b, const char *text, size_t indent)
{
	size_t cols = b->cols > indent + 2 ? b->cols - indent : 2;
	struct wrap_line *lines;
	size_t i, n;

	lines = layout_wrap(text, cols, &n);
	for (i = 0; i < n; i++) {
		if (i > 0 && lines[i].len > 0)
			pbuf_spaces(b, indent);
		pbuf_add(b, text + lines[i].start, lines[i].len);
		pbuf_end_line(b);
	}
	if (n == 0)
		pbuf_end_line(b);
	free(lines);
}

void
pbuf_rule(struct pbuf *b)
{
	const char *mark = b->ascii ? LAYOUT_ASCII_RULE : LAYOUT_RULE;
	size_t w = text_width(mark), used;

	for (used = 0; used + w <= b->cols; used += w)
		pbuf_str(b, mark);
	pbuf_end_line(b);
}

struct print_copy *
pbuf_finish(struct pbuf *b)
{
	struct print_copy *c = xcalloc(1, sizeof *c);

	close_span(b);
	c->len = b->text.len;
	c->text = strbuf_take(&b->text);
	c->spans = b->spans;
	c->n_spans = b->n_spans;
	memset(b, 0, sizeof *b);
	return c;
}

void
print_copy_free(struct print_copy *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n_spans; i++)
		free(c->spans[i].field);
	free(c->spans);
	free(c->text);
	free(c);
}

const char *
print_copy_field_at(const struct print_copy *c, size_t offset)
{
	size_t i;

	for (i = 0; i < c->n_spans; i++)
		if (offset >= c->spans[i].start && offset < c->spans[i].end)
			return c->spans[i].field;
	return NULL;
}

size_t
print_copy_line_at(const struct print_copy *c, size_t offset)
{
	size_t i, line = 1;

	for (i = 0; i < offset && i < c->len; i++)
		if (c->text[i] == '\n')
			line++;
	return line;
}
