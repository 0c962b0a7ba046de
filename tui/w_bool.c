/* w_bool.c — the yes/no widget (是/否): two marks; arrows move, Space
 * chooses, and typing 是/y/1 or 否/n/0 chooses at once.  The value is the
 * scalar "true" or "false". */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/widget.h"

struct w_bool {
	struct widget base;
	int cursor;		/* 0 on yes, 1 on no */
};

/* The two answers, as the official sheet prints them. */
static const char *const answers[2] = { "是", "否" };
static const char *const stored[2] = { "true", "false" };

/* The column of each answer's mark from the value's column. */
static const int answer_x[2] = { 0, 8 };

/* Return W's state. */
static struct w_bool *
state(struct widget *w)
{
	return (struct w_bool *) w;
}

/* Return 0 when the value says yes, 1 for no, -1 when it says neither. */
static int
current(const struct widget *w)
{
	const char *t = value_text(w->value);

	if (t == NULL)
		return -1;
	if (strcmp(t, "true") == 0)
		return 0;
	if (strcmp(t, "false") == 0)
		return 1;
	return -1;
}

/* Draw the value into the rows of V that are shown (widget_ops). */
static void
bool_draw(struct widget *w, const struct widget_view *v)
{
	int y = widget_row(v, 0), now = current(w), i;
	const char *t = value_text(w->value);

	if (y < 0)
		return;
	for (i = 0; i < 2; i++) {
		int x = w->geom.value_x + answer_x[i];

		mvwaddstr(v->win, y, x, now == i ? "(*) " : "( ) ");
		tui_draw_text(v->win, y, x + 4, 2, answers[i], 0);
	}
	if (now < 0 && t != NULL && *t != '\0')	/* neither: show it */
		tui_draw_text(v->win, y, w->geom.value_x + 16,
		    w->geom.cols - w->geom.value_x - 17, t, A_BOLD);
}

/* Choose answer I; return what changed. */
static enum widget_result
choose(struct widget *w, int i)
{
	state(w)->cursor = i;
	if (current(w) == i)
		return WIDGET_USED;
	value_set_text(w->value, stored[i]);
	return WIDGET_CHANGED;
}

/* Act on key K; return what it did (widget_ops.handle_key). */
static enum widget_result
bool_key(struct widget *w, const struct tui_key *k)
{
	struct w_bool *b = state(w);
	uint32_t c = k->code;

	if (tui_key_is_enter(k))
		return WIDGET_NEXT;
	if (tui_key_is_func(k, KEY_LEFT) || tui_key_is_func(k, KEY_RIGHT)) {
		b->cursor = tui_key_is_func(k, KEY_LEFT) ? 0 : 1;
		return WIDGET_USED;
	}
	if (k->type != TUI_KEY_CHAR)
		return WIDGET_IGNORED;
	if (c == ' ')
		return choose(w, b->cursor);
	if (c == 0x662f || c == 'y' || c == 'Y' || c == '1')	/* 是 */
		return choose(w, 0);
	if (c == 0x5426 || c == 'n' || c == 'N' || c == '0')	/* 否 */
		return choose(w, 1);
	return tui_key_is_text(k) ? WIDGET_USED : WIDGET_IGNORED;
}

/* Take the cursor, coming in direction DIR (widget_ops). */
static void
bool_focus(struct widget *w, int dir)
{
	(void) dir;
	state(w)->cursor = current(w) == 1 ? 1 : 0;
}

/* Give the cursor up (widget_ops). */
static void
bool_blur(struct widget *w)
{
	(void) w;
}

/* Store the cursor's row and column (widget_ops). */
static void
bool_cursor(struct widget *w, int *row, int *col)
{
	*row = 0;
	*col = w->geom.value_x + answer_x[state(w)->cursor] + 1;
}

/* Return the rule, and a hint while one helps, for the status line
 * (widget_ops).  Caller frees. */
static char *
bool_status(struct widget *w)
{
	if (current(w) >= 0)	/* the hint only while it is needed */
		return widget_rule_text(w->field);
	/* TRANSLATORS: a hint on the status line; 是 and 否 stay as
	 * they are, they are what the sheet prints. */
	return widget_status_with_hint(w->field,
	    _("type 是 or 否 (y/n), or Space"));
}

/* Free the widget; its value stays in the draft (widget_ops). */
static void
bool_free(struct widget *w)
{
	free(w);
}

static const struct widget_ops bool_ops = {
	.measure = widget_measure_one_row,
	.draw = bool_draw,
	.handle_key = bool_key,
	.focus = bool_focus,
	.blur = bool_blur,
	.cursor = bool_cursor,
	.status = bool_status,
	.jump = widget_jump_start,
	.answer = widget_answer_none,
	.free = bool_free,
};

struct widget *
w_bool_new(const struct template_field *f, struct value *v)
{
	struct w_bool *b = xcalloc(1, sizeof *b);

	(void) f;
	(void) v;
	b->base.ops = &bool_ops;
	return &b->base;
}
