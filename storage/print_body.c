/* print_body.c — the body of a printed copy: the template's sections,
 * numbered 壹、貳、參…, with the tables the body repeats derived from the
 * sheet's fields (see print_layout.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "storage/print_layout.h"

bool
layout_has_subheading(const struct template *t,
    const struct template_section *s, const struct template_field *f)
{
	size_t i, multiline = 0;

	if (s->n_fields < 2)
		return false;
	if (f->kind == FIELD_TABLE)
		return true;
	if (f->kind != FIELD_MULTILINE)
		return false;
	for (i = 0; i < s->n_fields; i++) {
		const struct template_field *g = template_field(t,
		    s->fields[i]);

		if (g != NULL && g->kind == FIELD_MULTILINE)
			multiline++;
	}
	return multiline > 1;
}

bool
layout_in_body(const struct template *t, const struct template_field *f)
{
	size_t i, k;

	for (i = 0; i < t->n_sections; i++)
		for (k = 0; k < t->sections[i].n_fields; k++)
			if (strcmp(t->sections[i].fields[k], f->id) == 0)
				return true;
	return false;
}

/* Write a heading line: NUMERAL、TEXT, then a blank line. */
static void
heading(struct pbuf *b, char *numeral, const char *text)
{
	char *clean = layout_clean(text, false);
	char *line = xasprintf("%s%s%s", numeral, "\xe3\x80\x81", clean);

	pbuf_field(b, NULL);
	pbuf_block(b, line, 0);
	pbuf_end_line(b);
	free(line);
	free(clean);
	free(numeral);
}

/* Write field F of D in the body, followed by a blank line. */
static void
body_field(struct pbuf *b, const struct draft *d, const struct template *t,
    const struct template_field *f)
{
	const struct value *v = draft_get(d, f->id);

	if (f->kind == FIELD_TABLE) {
		/* A sheet field repeated here gets its rows numbered. */
		struct layout_table *table = layout_table_of(v, f, !f->body,
		    true);

		pbuf_field(b, f->id);
		pbuf_table(b, table, 0, NULL);
		layout_table_free(table);
	} else if (f->kind == FIELD_MULTILINE) {
		char *text = layout_value_text(v, f);
		bool empty = *text == '\0';

		/* Nothing at all for an empty text: one blank line between
		 * the headings. */
		if (!empty) {
			pbuf_field(b, f->id);
			pbuf_block(b, text, 0);
		}
		free(text);
		if (empty)
			return;
	} else {
		print_labelled(b, d, t, f);
	}
	pbuf_field(b, NULL);
	pbuf_end_line(b);
}

/* Write section S (number I) of T with the values of D. */
static void
body_section(struct pbuf *b, const struct draft *d, const struct template *t,
    const struct template_section *s, size_t i)
{
	size_t k, item = 0;

	heading(b, layout_section_numeral(i), s->heading);
	for (k = 0; k < s->n_fields; k++) {
		const struct template_field *f = template_field(t,
		    s->fields[k]);

		if (f == NULL)
			continue;
		if (layout_has_subheading(t, s, f))
			heading(b, layout_item_numeral(item++), f->label);
		body_field(b, d, t, f);
	}
}

void
print_body(struct pbuf *b, const struct draft *d, const struct template *t)
{
	size_t i;

	for (i = 0; i < t->n_sections; i++)
		if (!t->sections[i].on_sheet)	/* numbered all the same */
			body_section(b, d, t, &t->sections[i], i);
}
