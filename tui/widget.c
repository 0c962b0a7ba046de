/* widget.c — making widgets by field kind, and what they share (see
 * widget.h). */
#include <config.h>

#include "tui/widget.h"

#include <stdlib.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

/* The constructor of each field kind. */
static struct widget *(*const constructors[])(const struct template_field *,
    struct value *) = {
	[FIELD_TEXT] = w_text_new,
	[FIELD_MULTILINE] = w_multiline_new,
	[FIELD_CHOICE] = w_choice_new,
	[FIELD_CHOICES] = w_choices_new,
	[FIELD_BOOL] = w_bool_new,
	[FIELD_INTEGER] = w_text_new,
	[FIELD_DATE] = w_date_new,
	[FIELD_DATERANGE] = w_daterange_new,
	[FIELD_PHONE] = w_text_new,
	[FIELD_TABLE] = w_table_new,
};

struct widget *
widget_new(const struct template_field *f, struct value *v)
{
	struct widget *w;

	w = constructors[f->kind](f, v);
	w->field = f;
	w->value = v;
	return w;
}

void
widget_free(struct widget *w)
{
	if (w != NULL)
		w->ops->free(w);
}

int
widget_row(const struct widget_view *v, int r)
{
	int y = v->top + r;

	return y >= v->first && y <= v->last ? y : -1;
}

char *
widget_length_text(const struct template_field *f)
{
	if (f->count == COUNT_NONE
	    || (f->min_count < 0 && f->max_count < 0))
		return NULL;
	if (f->min_count >= 0 && f->max_count >= 0)
		/* TRANSLATORS: a length rule on the status line. */
		return xasprintf(_("(%ld to %ld)"), f->min_count,
		    f->max_count);
	if (f->min_count >= 0)
		return xasprintf(_("(at least %ld)"), f->min_count);
	return xasprintf(_("(at most %ld)"), f->max_count);
}

char *
widget_rule_text(const struct template_field *f)
{
	char *rule = widget_length_text(f), *s;

	if (rule == NULL)
		return f->required ? xstrdup(_("Required")) : NULL;
	s = xasprintf("%s %s", f->required ? _("Required") : "", rule);
	free(rule);
	return s;
}

char *
widget_status_with_hint(const struct template_field *f, const char *hint)
{
	char *rule = widget_rule_text(f), *s;

	s = xasprintf("%s  %s", rule != NULL ? rule : "", hint);
	free(rule);
	return s;
}

enum widget_result
widget_result_of_edit(enum lineedit_result r)
{
	switch (r) {
	case LINEEDIT_CHANGED:
		return WIDGET_CHANGED;
	case LINEEDIT_MOVED:
		return WIDGET_USED;
	default:
		return WIDGET_IGNORED;
	}
}

int
widget_measure_one_row(struct widget *w, const struct widget_geom *g)
{
	w->geom = *g;
	return 1;
}

void
widget_jump_start(struct widget *w, const char *sub)
{
	(void) sub;
	w->ops->focus(w, 0);
}

enum widget_result
widget_answer_none(struct widget *w, bool yes)
{
	(void) w;
	(void) yes;
	return WIDGET_USED;
}
