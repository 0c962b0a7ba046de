/* import_value.c — values of a draft set from their printed text: dates,
 * ranges, yes/no, lists and boxes (see import_util.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "forms/date.h"
#include "forms/text.h"
#include "lib/xalloc.h"
#include "storage/import_util.h"
#include "storage/print_layout.h"

/* Set V to the ISO form of the printed date TEXT, or to TEXT itself when
 * it is no date (validation will say so). */
static void
set_date(struct value *v, const char *text)
{
	char buf[DATE_BUFSIZE];
	char *t = text_trim(text);
	struct date d;

	if (*t != '\0' && date_parse_roc(t, &d) == 0)
		value_set_text(v, date_to_iso(d, buf));
	else
		value_set_text(v, t);
	free(t);
}

/* Set the map V to the range printed as TEXT: from 至 to. */
static void
set_range(struct value *v, const char *text)
{
	const char *mid = strstr(text, LAYOUT_RANGE);
	char *from;

	value_set_map(v);
	if (mid == NULL) {
		set_date(value_map_put(v, "from"), text);
		set_date(value_map_put(v, "to"), "");
		return;
	}
	from = xstrndup(text, (size_t)(mid - text));
	set_date(value_map_put(v, "from"), from);
	set_date(value_map_put(v, "to"), mid + strlen(LAYOUT_RANGE));
	free(from);
}

/* Append to the list V the items of TEXT separated by 、. */
static void
append_items(struct value *v, const char *text)
{
	const char *p = text;
	size_t before = v->type == VALUE_LIST ? v->n_items : 0;

	while (*p != '\0') {
		const char *sep = strstr(p, LAYOUT_LIST_SEP);
		size_t len = sep != NULL ? (size_t)(sep - p) : strlen(p);
		char *raw = xstrndup(p, len), *item = text_trim(raw);

		if (*item != '\0')
			value_set_text(value_list_append(v), item);
		free(item);
		free(raw);
		p += len;
		if (sep != NULL)
			p += strlen(LAYOUT_LIST_SEP);
	}
	/* Text made of separators alone is one item, as it was printed. */
	if ((v->type == VALUE_LIST ? v->n_items : 0) == before) {
		char *t = text_trim(text);

		if (*t != '\0')
			value_set_text(value_list_append(v), t);
		free(t);
	}
}

void
import_set_value(struct value *v, const struct template_field *f,
    const char *text)
{
	char *t = text_trim(text);

	switch (f->kind) {
	case FIELD_DATE:
		set_date(v, t);
		break;
	case FIELD_DATERANGE:
		set_range(v, t);
		break;
	case FIELD_BOOL:
		value_set_text(v, strcmp(t, LAYOUT_YES) == 0 ? "true"
		    : strcmp(t, LAYOUT_NO) == 0 ? "false" : t);
		break;
	case FIELD_CHOICES:
		value_set_list(v);
		append_items(v, t);
		break;
	case FIELD_MULTILINE:
		value_set_text(v, text);
		break;
	default:
		value_set_text(v, t);
		break;
	}
	free(t);
}

/* The marks of a box, as the layouts write them. */
struct box_mark {
	const char *mark;
	bool checked;
};

static const struct box_mark box_marks[] = {
	{ LAYOUT_BOX_ON, true },
	{ LAYOUT_BOX_OFF, false },
	{ LAYOUT_ASCII_BOX_ON, true },
	{ "[X]", true },
	{ LAYOUT_ASCII_BOX_OFF, false },
};

/* Return the length of the box mark at S, storing whether it is ticked
 * in *CHECKED; 0 when no box starts at S. */
static size_t
box_at(const char *s, bool *checked)
{
	size_t i;

	for (i = 0; i < sizeof box_marks / sizeof box_marks[0]; i++) {
		size_t n = strlen(box_marks[i].mark);

		if (strncmp(s, box_marks[i].mark, n) == 0) {
			*checked = box_marks[i].checked;
			return n;
		}
	}
	if (strncmp(s, "<input", 6) == 0) {
		const char *end = strchr(s, '>');
		char *tag;

		if (end == NULL)
			return 0;
		tag = xstrndup(s, (size_t)(end - s));
		*checked = strstr(tag, "checked") != NULL;
		free(tag);
		return (size_t)(end - s) + 1;
	}
	return 0;
}

bool
import_starts_box(const char *text)
{
	bool checked;

	return box_at(text, &checked) > 0;
}

bool
import_has_box(const char *text)
{
	const char *p;
	bool checked;

	for (p = text; *p != '\0'; p++)
		if (box_at(p, &checked) > 0)
			return true;
	return false;
}

struct ibox *
import_boxes(const char *text, size_t *n)
{
	struct ibox *boxes = NULL;
	const char *p = text, *open = NULL;
	bool checked = false, next_checked;
	size_t k;

	*n = 0;
	for (;;) {
		k = *p != '\0' ? box_at(p, &next_checked) : 0;
		if (k == 0 && *p != '\0') {
			p++;
			continue;
		}
		if (open != NULL) {
			char *raw = xstrndup(open, (size_t)(p - open));

			boxes = xreallocarray(boxes, *n + 1, sizeof *boxes);
			boxes[*n].checked = checked;
			boxes[*n].text = text_trim(raw);
			(*n)++;
			free(raw);
		}
		if (*p == '\0')
			break;
		checked = next_checked;
		p += k;
		open = p;
	}
	return boxes;
}

void
ibox_free(struct ibox *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(b[i].text);
	free(b);
}

void
import_set_boxes(struct value *v, const struct template_field *f,
    const struct ibox *boxes, size_t n)
{
	size_t i;

	if (f->kind == FIELD_CHOICES)
		value_set_list(v);
	else
		value_set_text(v, "");
	for (i = 0; i < n; i++) {
		if (!boxes[i].checked)
			continue;
		if (f->kind == FIELD_BOOL) {
			if (strcmp(boxes[i].text, LAYOUT_YES) == 0)
				value_set_text(v, "true");
			else if (strcmp(boxes[i].text, LAYOUT_NO) == 0)
				value_set_text(v, "false");
		} else if (f->kind == FIELD_CHOICE) {
			value_set_text(v, boxes[i].text);
			return;
		} else if (template_field_has_option(f, boxes[i].text)) {
			value_set_text(value_list_append(v), boxes[i].text);
		} else {
			append_items(v, boxes[i].text);
		}
	}
}

const struct template_field *
import_label(const struct template *t, const char *s, const char **rest)
{
	const struct template_field *best = NULL;
	size_t i, best_len = 0;

	for (i = 0; i < t->n_fields; i++) {
		const char *label = t->fields[i].label, *after;
		size_t n = strlen(label);

		if (n <= best_len || strncmp(s, label, n) != 0
		    || !import_starts(s + n, LAYOUT_COLON, &after))
			continue;
		best = &t->fields[i];
		best_len = n;
		*rest = after;
	}
	return best;
}
