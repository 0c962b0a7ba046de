/* print.c — the plain-text copy of a draft: the sheet, a rule, the body
 * (see print.h). */
#include <config.h>

#include "storage/print.h"

#include "storage/print_layout.h"

void
print_options_init(struct print_options *o)
{
	o->columns = PRINT_DEFAULT_COLUMNS;
	o->sheet_only = false;
	o->ascii = false;
}

struct print_copy *
print_layout(const struct draft *d, const struct template *t,
    const struct print_options *o)
{
	struct pbuf b;

	pbuf_init(&b, o);
	print_sheet(&b, d, t);
	pbuf_end_line(&b);
	pbuf_rule(&b);
	if (!o->sheet_only && t->n_sections > 0) {
		pbuf_end_line(&b);
		print_body(&b, d, t);
	}
	/* The copy ends with one newline, not with blank lines. */
	while (b.text.len >= 2 && b.text.data[b.text.len - 1] == '\n'
	    && b.text.data[b.text.len - 2] == '\n')
		b.text.data[--b.text.len] = '\0';
	return pbuf_finish(&b);
}
