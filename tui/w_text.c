/* w_text.c — the one-line widgets: text, integer and phone.  They share
 * one operations table and the line editor over the draft's scalar, and
 * differ in what they accept and what they tell. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/lineedit.h"
#include "tui/widget.h"

struct w_text {
	struct widget base;
	struct lineedit edit;
	bool (*accept)(unsigned int cp);	/* NULL: anything */
};

/* Return true for the characters of an integer. */
static bool
accept_integer(unsigned int cp)
{
	return (cp >= '0' && cp <= '9') || cp == '-' || cp == '+';
}

/* Return W's state. */
static struct w_text *
state(struct widget *w)
{
	return (struct w_text *) w;
}

/* Return true when W's value is text the editor is attached to; a value
 * that holds none is left alone until a key changes it. */
static bool
attached(struct widget *w)
{
	struct w_text *t = state(w);

	if (w->value->type != VALUE_SCALAR)
		return false;
	if (t->edit.text != &w->value->text)
		lineedit_attach(&t->edit, &w->value->text);
	return true;
}

/* Apply K to a value that holds no text yet: only a key that adds text
 * makes it a scalar.  Return what the editor did. */
static enum lineedit_result
key_on_empty(struct widget *w, const struct tui_key *k)
{
	struct w_text *t = state(w);
	struct lineedit tmp;
	char *text = NULL;
	enum lineedit_result r;

	lineedit_attach(&tmp, &text);
	r = lineedit_key(&tmp, k, t->accept);
	if (r == LINEEDIT_CHANGED) {
		value_set_text(w->value, text);
		lineedit_attach(&t->edit, &w->value->text);
	}
	free(text);
	return r;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
text_draw(struct widget *w, const struct widget_view *v)
{
	struct w_text *t = state(w);
	int y = widget_row(v, 0);

	if (y < 0 || !attached(w))
		return;
	lineedit_draw(&t->edit, v->win, y, w->geom.value_x,
	    w->geom.cols - w->geom.value_x - 1, 0);
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
text_key(struct widget *w, const struct tui_key *k)
{
	struct w_text *t = state(w);

	if (tui_key_is_enter(k) && !k->pasted)
		return WIDGET_NEXT;
	return widget_result_of_edit(attached(w)
	    ? lineedit_key(&t->edit, k, t->accept) : key_on_empty(w, k));
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
text_focus(struct widget *w, int dir)
{
	struct w_text *t = state(w);

	(void) dir;
	if (attached(w))
		t->edit.cursor = strlen(w->value->text);
}

/* Give the cursor up (widget_ops). */
static void
text_blur(struct widget *w)
{
	(void) w;
}

/* Store the cursor's row and column (widget_ops). */
static void
text_cursor(struct widget *w, int *row, int *col)
{
	struct w_text *t = state(w);
	size_t c;

	*row = 0;
	*col = w->geom.value_x;
	if (!attached(w))
		return;
	c = tui_text_width(*t->edit.text, t->edit.cursor);
	*col = w->geom.value_x + (int) (c - t->edit.scroll);
}

/* Return the status of a phone field: its rule and an example.  Caller
 * frees. */
static char *
phone_status(struct widget *w)
{
	char *rule = widget_rule_text(w->field), *s;

	if (!value_is_empty(w->value))	/* the hint only while it is needed */
		return rule;
	s = xasprintf(_("%s  e.g. %s"), rule != NULL ? rule : "",
	    w->field->example != NULL ? w->field->example
	    : "04-22289111#11414");
	free(rule);
	return s;
}

/* Return the rule, and for a phone field an example while one helps,
 * for the status line (widget_ops).  Caller frees. */
static char *
text_status(struct widget *w)
{
	if (w->field->kind == FIELD_PHONE)
		return phone_status(w);
	return widget_rule_text(w->field);
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
text_free(struct widget *w)
{
	free(w);
}

/* Text, integer and phone fields: they differ in what they accept
 * (w_text.accept) and tell (text_status). */
static const struct widget_ops text_ops = {
	.measure = widget_measure_one_row,
	.draw = text_draw,
	.handle_key = text_key,
	.focus = text_focus,
	.blur = text_blur,
	.cursor = text_cursor,
	.status = text_status,
	.jump = widget_jump_start,
	.answer = widget_answer_none,
	.free = text_free,
};

struct widget *
w_text_new(const struct template_field *f, struct value *v)
{
	struct w_text *t = xcalloc(1, sizeof *t);

	t->base.ops = &text_ops;
	t->accept = f->kind == FIELD_INTEGER ? accept_integer : NULL;
	(void) v;
	return &t->base;
}
