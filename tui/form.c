/* form.c — the form: layout, drawing, and the keys of the form itself
 * (see form.h).  The layout is worked out again before every frame from
 * the widgets' measures and the terminal's size, so a resize is "lay out
 * again, draw all"; curses sends only what changed. */
#include <config.h>

#include "tui/form.h"

#include <curses.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "forms/validate.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "tui/draw.h"
#include "tui/extedit.h"
#include "tui/guard.h"
#include "tui/helpbar.h"
#include "tui/input.h"
#include "tui/preview.h"
#include "tui/problems.h"
#include "tui/prompt.h"
#include "tui/screen.h"
#include "tui/signals.h"
#include "tui/widget.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

struct form {
	struct draft *draft;		/* edited in place, not owned */
	const struct template *tmpl;	/* not owned */
	char *path;			/* where Save writes */
	struct widget **widgets;	/* one per field, template order */
	size_t n;
	size_t focus;			/* the widget with the cursor */
	int *rows;			/* form row of each widget's row 0 */
	int *heights;			/* rows of each widget */
	int top;			/* the form row shown first */
	bool moved;			/* focus moved: show the whole field */
	bool modified;			/* changes not saved */
	bool quit;
	bool checked;			/* the draft was checked once */
	bool *marks;			/* fields with problems */
	size_t laid;			/* widgets measured for this frame */
	char *message;			/* for the status line, or NULL */
	int status;			/* exit status */
	struct guard *guard;		/* lock and recovery; not owned */
	bool hanging;			/* applying the last keys of a hangup */
};

/* Return the rows of the form area: between title and status line. */
static int
area_rows(void)
{
	return LINES - 4;
}

/* Put MSG (copied; NULL clears) on the status line. */
static void
set_message(struct form *f, const char *msg)
{
	free(f->message);
	f->message = msg != NULL ? xstrdup(msg) : NULL;
}

/* Return the columns of the label column: the widest inline label, at
 * most a third of the screen. */
static int
label_columns(const struct form *f)
{
	int best = 4;
	size_t i;

	for (i = 0; i < f->n; i++) {
		const char *l = f->widgets[i]->field->label;
		int w = (int) tui_text_width(l, strlen(l));

		if (!f->widgets[i]->block && w > best)
			best = w;
	}
	return best < COLS / 3 ? best : COLS / 3;
}

/* Fill G with the geometry of the terminal's size. */
static void
geometry(const struct form *f, struct widget_geom *g)
{
	g->value_x = 2 + label_columns(f) + 2;
	g->block_x = 2;
	g->cols = COLS;
	g->page = area_rows();
	g->want = INT_MAX;
}

/* Measure and place the widgets after the last one placed, up to widget
 * LAST and on until form row UNTIL is reached.  Widgets further down are
 * measured only when they come into view: a long body below the screen
 * costs nothing to open. */
static void
layout_more(struct form *f, const struct widget_geom *g, size_t last,
    int until)
{
	int row = f->laid == 0 ? 0 : f->rows[f->laid - 1]
	    + f->heights[f->laid - 1];

	while (f->laid < f->n && (f->laid <= last || row < until)) {
		size_t i = f->laid++;
		struct widget_geom gi = *g;

		/* Up to the cursor's field every height counts; after it,
		 * only the rows that reach the screen. */
		gi.want = i <= last ? INT_MAX : until - row;
		f->rows[i] = row;
		f->heights[i] = f->widgets[i]->ops->measure(f->widgets[i], &gi);
		if (f->heights[i] < 1)
			f->heights[i] = 1;
		row += f->heights[i];
	}
}

/* Scroll so that the cursor is shown; after a move, show as much of the
 * field as fits, its label first. */
static void
scroll_to_cursor(struct form *f)
{
	struct widget *w = f->widgets[f->focus];
	int h = area_rows(), row, col, lo = f->rows[f->focus];
	int hi = lo + f->heights[f->focus] - 1, cur;

	w->ops->cursor(w, &row, &col);
	cur = lo + row;
	if (cur < f->top)
		f->top = cur;
	if (cur >= f->top + h)
		f->top = cur - h + 1;
	if (f->moved) {
		if (hi >= f->top + h && hi - h + 1 <= cur)
			f->top = hi - h + 1 > lo ? hi - h + 1 : lo;
		f->moved = false;
	}
	if (lo < f->top && cur - lo < h)
		f->top = lo;
	if (f->top < 0)
		f->top = 0;
}

/* Draw the title line: the program, the file, and whether it changed. */
static void
draw_title(const struct form *f)
{
	/* TRANSLATORS: on the title line when the draft has unsaved
	 * changes; at most 12 columns. */
	const char *mod = f->modified ? _("Modified") : "";

	/* TRANSLATORS: on the title line when the draft is open
	 * read-only; at most 12 columns. */
	if (form_read_only(f))
		mod = _("Read-only");
	int mw = (int) tui_text_width(mod, strlen(mod));
	char *title = xasprintf("%s  %s", PACKAGE, f->path);

	tui_draw_text(stdscr, 0, 1, COLS - mw - 3, title,
	    tui_attr(TUI_PART_TITLE));
	if (mw > 0)
		tui_draw_text(stdscr, 0, COLS - mw - 1, mw, mod,
		    tui_attr(TUI_PART_TITLE));
	free(title);
}

/* Draw widget I if any of it is in the form area. */
static void
draw_widget(struct form *f, size_t i)
{
	struct widget *w = f->widgets[i];
	struct widget_view v;
	int y = 1 + f->rows[i] - f->top;

	v.win = stdscr;
	v.top = y;
	v.first = 1;
	v.last = area_rows();
	v.focused = i == f->focus;
	if (y + f->heights[i] - 1 < v.first || y > v.last)
		return;
	if (y >= v.first) {
		if (v.focused)
			mvwaddch(stdscr, y, 0, '>');
		if (f->marks[i])
			mvwaddch(stdscr, y, 1, '!' | tui_attr(TUI_PART_MARK));
		tui_draw_text(stdscr, y, 2, w->block ? COLS - 3
		    : w->geom.value_x - 4, w->field->label, 0);
	}
	w->ops->draw(w, &v);
}

/* Draw the status line: a message, or the field's rule. */
static void
draw_status(const struct form *f)
{
	struct widget *w = f->widgets[f->focus];
	int y = LINES - 3;
	char *rule, *line;

	if (f->message != NULL) {
		tui_draw_text(stdscr, y, 1, COLS - 2, f->message,
		    tui_attr(TUI_PART_MESSAGE));
		return;
	}
	/* An inline field's label is beside the cursor; a block's may have
	 * scrolled away, so the status line names it.  Keeping the line the
	 * same from field to field keeps moves cheap on a slow link. */
	rule = w->ops->status(w);
	if (w->block)
		line = xasprintf("%s  %s", w->field->label,
		    rule != NULL ? rule : "");
	else
		line = xstrdup(rule != NULL ? rule : "");
	tui_draw_text(stdscr, y, 1, COLS - 2, line, 0);
	free(line);
	free(rule);
}

/* Draw the whole form into stdscr, without sending it. */
static void
compose(struct form *f)
{
	struct widget_geom g;
	struct widget *w;
	int row, col, y;
	size_t i;

	werase(stdscr);
	geometry(f, &g);
	f->laid = 0;
	layout_more(f, &g, f->focus, 0);
	scroll_to_cursor(f);
	layout_more(f, &g, f->focus, f->top + area_rows());
	draw_title(f);
	for (i = 0; i < f->laid; i++)
		draw_widget(f, i);
	draw_status(f);
	helpbar_draw(stdscr);
	w = f->widgets[f->focus];
	w->ops->cursor(w, &row, &col);
	y = 1 + f->rows[f->focus] + row - f->top;
	if (y >= 1 && y <= area_rows())
		wmove(stdscr, y, col < COLS ? col : COLS - 1);
}

/* Draw the form behind a question of tui/prompt.c (prompt_draw_fn). */
static void
compose_cb(void *data)
{
	compose(data);
}

/* Draw the whole form into the screen and send what changed. */
static void
draw(struct form *f)
{
	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	compose(f);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Check field I again when the draft was checked once, so that its mark
 * follows the fixes. */
static void
recheck(struct form *f, size_t i)
{
	struct problem_list l;

	if (!f->checked)
		return;
	problem_list_init(&l);
	draft_validate_field(f->draft, f->tmpl, f->widgets[i]->field->id, &l);
	f->marks[i] = problem_count(&l, PROBLEM_ERROR) > 0;
	problem_list_free(&l);
}

/* Move the cursor to widget I, coming in direction DIR (0: a jump). */
static void
go_to(struct form *f, size_t i, int dir)
{
	struct widget *old = f->widgets[f->focus];

	old->ops->blur(old);
	recheck(f, f->focus);
	f->focus = i;
	f->widgets[i]->ops->focus(f->widgets[i], dir);
	f->moved = true;
	set_message(f, NULL);
}

/* Move the cursor to the next field (DIR 1) or the previous one (-1),
 * wrapping round. */
static void
move_by(struct form *f, int dir)
{
	size_t n = f->n;

	go_to(f, dir > 0 ? (f->focus + 1) % n : (f->focus + n - 1) % n, dir);
}

/* Save the draft; return 0, or -1 with the error on the status line. */
static int
save(struct form *f)
{
	char *error = NULL, *msg;

	if (form_read_only(f)) {
		set_message(f, _("Read-only: the draft cannot be saved here."));
		return -1;
	}
	if (draft_file_save(f->path, f->draft, f->tmpl, &error) != 0) {
		set_message(f, error != NULL ? error : _("The draft was not "
		    "saved."));
		free(error);
		return -1;
	}
	f->modified = false;
	error = f->guard != NULL ? guard_settled(f->guard) : NULL;
	msg = error != NULL ? xasprintf(_("Saved %s, but %s"), f->path, error)
	    : xasprintf(_("Saved %s"), f->path);
	set_message(f, msg);
	free(msg);
	free(error);
	return 0;
}

/* Leave the form, asking first when there are unsaved changes. */
static void
leave(struct form *f)
{
	if (!f->modified) {
		f->quit = true;
		return;
	}
	/* TRANSLATORS: the answers are typed as Y, N or C (是, 否 and 取
	 * work too). */
	switch (prompt_yes_no_cancel(_("Save the changes?  Y Yes   N No   "
	    "C Cancel"), compose_cb, f)) {
	case PROMPT_OK:
		if (save(f) == 0)
			f->quit = true;
		break;
	case PROMPT_NO:
		/* The user chose not to keep the changes. */
		if (f->guard != NULL)
			free(guard_settled(f->guard));
		f->quit = true;
		break;
	case PROMPT_CANCEL:
	case PROMPT_HANGUP:
		set_message(f, NULL);
		break;
	}
}

/* Return the widget of the field named in a problem, or -1. */
static long
widget_of(const struct form *f, const char *name, const char **sub)
{
	char id[128];

	if (name == NULL)
		return -1;
	return template_field_index(f->tmpl,
	    problems_field_id(name, id, sizeof id, sub));
}

/* Check the draft: mark the fields with errors, list the problems, and
 * go to the one the user picks. */
static void
check(struct form *f)
{
	struct problem_list l;
	const char *sub = NULL;
	size_t i;
	long pick, w;

	problem_list_init(&l);
	draft_validate(f->draft, f->tmpl, &l);
	f->checked = true;
	memset(f->marks, 0, f->n * sizeof *f->marks);
	for (i = 0; i < l.n; i++) {
		w = widget_of(f, l.items[i].field, NULL);
		if (w >= 0 && l.items[i].severity == PROBLEM_ERROR)
			f->marks[w] = true;
	}
	if (l.n == 0) {
		set_message(f, _("No problems found."));
		problem_list_free(&l);
		return;
	}
	pick = problems_pick(&l, f->tmpl);
	w = pick >= 0 ? widget_of(f, l.items[pick].field, &sub) : -1;
	if (w >= 0) {
		go_to(f, (size_t) w, 0);
		f->widgets[w]->ops->jump(f->widgets[w], sub);
		set_message(f, l.items[pick].message);
	}
	problem_list_free(&l);
}

/* Show the help screen until a key is pressed. */
static void
help(struct form *f)
{
	struct tui_key k;

	(void) f;
	for (;;) {
		if (tui_too_small()) {
			tui_draw_too_small();
		} else {
			werase(stdscr);
			helpbar_draw_help(stdscr, 0, LINES - 1);
			wnoutrefresh(stdscr);
			doupdate();
		}
		switch (tui_read_key(&k, POLL_MS)) {
		case TUI_KEY_HANGUP:
			return;
		case TUI_KEY_NONE:
			continue;
		default:
			if (!tui_key_is_func(&k, KEY_RESIZE))
				return;
		}
	}
}

/* Make the widget with the cursor again from its value (changed behind
 * its back), the cursor at its start. */
static void
renew_focused(struct form *f)
{
	struct widget *w = f->widgets[f->focus];
	const struct template_field *field = w->field;
	struct value *v = w->value;

	widget_free(w);
	f->widgets[f->focus] = widget_new(field, v);
	f->widgets[f->focus]->ops->focus(f->widgets[f->focus], 0);
}

/* Note that the draft changed: it is unsaved, and due to the recovery
 * file. */
static void
changed(struct form *f)
{
	f->modified = true;
	if (f->guard != NULL)
		guard_changed(f->guard);
}

/* Edit the current field in the user's editor, when it is multi-line. */
static void
edit_outside(struct form *f)
{
	struct widget *w = f->widgets[f->focus];
	char *text = NULL, *error = NULL;

	if (w->field->kind != FIELD_MULTILINE) {
		set_message(f, _("Only a multi-line field can be edited in "
		    "the editor."));
		return;
	}
	if (form_read_only(f)) {
		set_message(f, _("Read-only: the draft cannot be changed."));
		return;
	}
	if (extedit_run(value_text(w->value) != NULL ? value_text(w->value)
	    : "", &text, &error) != 0) {
		set_message(f, error);
		free(error);
		return;
	}
	if (value_text(w->value) == NULL
	    || strcmp(value_text(w->value), text) != 0) {
		value_set_text(w->value, text);
		renew_focused(f);
		recheck(f, f->focus);
		changed(f);
	}
	free(text);
}

/* Act on a key of the form itself; return false when it is none. */
static bool
form_command(struct form *f, const struct tui_key *k)
{
	if (tui_key_is_char(k, TUI_CTRL('S')) || tui_key_is_func(k, KEY_F(2)))
		save(f);
	else if (tui_key_is_char(k, TUI_CTRL('V'))
	    || tui_key_is_func(k, KEY_F(3)))
		check(f);
	else if (f->hanging && (tui_key_is_char(k, TUI_CTRL('G'))
	    || tui_key_is_func(k, KEY_F(1)) || tui_key_is_char(k, TUI_CTRL('E'))
	    || tui_key_is_func(k, KEY_F(4)) || tui_key_is_char(k, TUI_CTRL('P'))
	    || tui_key_is_func(k, KEY_F(5))))
		return true;	/* no screen of its own after a hangup */
	else if (tui_key_is_char(k, TUI_CTRL('G'))
	    || tui_key_is_func(k, KEY_F(1)))
		help(f);
	else if (tui_key_is_func(k, KEY_F(4)) || (tui_key_is_char(k,
	    TUI_CTRL('E')) && f->widgets[f->focus]->field->kind
	    == FIELD_MULTILINE))
		edit_outside(f);	/* elsewhere Ctrl-E is End of line */
	else if (tui_key_is_char(k, TUI_CTRL('P'))
	    || tui_key_is_func(k, KEY_F(5)))
		preview_run(f->draft, f->tmpl, f->path);
	else if (tui_key_is_char(k, TUI_CTRL('X'))
	    || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_func(k, KEY_F(10)))
		leave(f);
	else
		return false;
	return true;
}

/* Act on a key the widget left to the form: moving between fields. */
static void
form_move(struct form *f, const struct tui_key *k)
{
	if (tui_key_is_char(k, '\t') || tui_key_is_func(k, KEY_DOWN)
	    || (tui_key_is_enter(k) && !k->pasted))
		move_by(f, 1);
	else if (tui_key_is_func(k, KEY_BTAB) || tui_key_is_func(k, KEY_UP))
		move_by(f, -1);
	else if (tui_key_is_func(k, KEY_NPAGE) && f->focus + 1 < f->n)
		move_by(f, 1);
	else if (tui_key_is_func(k, KEY_PPAGE) && f->focus > 0)
		move_by(f, -1);
}

/* Pass key K to the widget with the cursor of a read-only draft: moves
 * are made, but a change is undone at once and refused.  Return what the
 * key did. */
static enum widget_result
handle_read_only(struct form *f, const struct tui_key *k)
{
	struct widget *w = f->widgets[f->focus];
	struct value before;
	enum widget_result r;

	value_init(&before);
	value_copy(&before, w->value);
	r = w->ops->handle_key(w, k);
	if (r == WIDGET_ASK) {
		/* The question would lead to a change: refuse at once. */
		w->ops->answer(w, false);
		r = WIDGET_CHANGED;
	}
	if (r == WIDGET_CHANGED || !value_equal(&before, w->value)) {
		value_free(w->value);
		value_init(w->value);
		value_copy(w->value, &before);
		renew_focused(f);
		set_message(f, _("Read-only: the draft cannot be changed."));
		r = WIDGET_USED;
	}
	value_free(&before);
	return r;
}

/* Act on key K. */
static void
handle(struct form *f, const struct tui_key *k)
{
	struct widget *w = f->widgets[f->focus];
	enum widget_result r;

	if (tui_key_is_func(k, KEY_RESIZE) || tui_too_small())
		return;
	if (form_command(f, k))
		return;
	if (f->message != NULL)
		set_message(f, NULL);
	if (form_read_only(f))
		r = handle_read_only(f, k);
	else
		r = w->ops->handle_key(w, k);
	if (r == WIDGET_ASK)
		r = w->ops->answer(w, prompt_yes_no(w->question, compose_cb,
		    f) == PROMPT_OK);
	switch (r) {
	case WIDGET_CHANGED:
		changed(f);
		break;
	case WIDGET_NEXT:
		move_by(f, 1);
		break;
	case WIDGET_PREV:
		move_by(f, -1);
		break;
	case WIDGET_IGNORED:
		form_move(f, k);
		break;
	default:
		break;
	}
}

/* Write the changes to the recovery file when they are due (a pause in
 * typing, or enough changes); say so when it cannot be written. */
static void
autosave(struct form *f)
{
	char *error;

	if (f->guard == NULL)
		return;
	error = guard_tick(f->guard, f->draft, f->tmpl);
	if (error != NULL) {
		set_message(f, error);
		free(error);
	}
}

/* The terminal is gone or a signal asks us to end: apply the keys
 * already typed, then put every unsaved change in the recovery file. */
static void
hang_up(struct form *f)
{
	struct tui_key k;

	f->hanging = true;
	while (tui_read_pending(&k))
		handle(f, &k);
	if (f->guard != NULL)
		free(guard_flush(f->guard, f->draft, f->tmpl));
	f->status = 128 + (tui_signal_pending() != 0 ? tui_signal_pending()
	    : SIGHUP);
}

/* The form that runs now, for the out-of-memory hook. */
static struct form *running_form;

/* Out of memory: put what is unsaved in the recovery file, as a hangup
 * does, and give the terminal back before xalloc reports and exits.  Best
 * effort: should the write itself run out, the program ends at once. */
static void
out_of_memory(void)
{
	struct form *f = running_form;

	if (f != NULL && f->guard != NULL)
		free(guard_flush(f->guard, f->draft, f->tmpl));
	endwin();
}

int
form_run(struct form *f)
{
	struct tui_key k;
	enum tui_key_type t = TUI_KEY_NONE;

	running_form = f;
	xalloc_set_failure_hook(out_of_memory);
	draw(f);
	while (!f->quit) {
		t = tui_read_key(&k, POLL_MS);
		if (t == TUI_KEY_HANGUP)
			break;
		if (t != TUI_KEY_NONE)
			handle(f, &k);
		/* Keys already waiting (a paste, fast typing) are handled
		 * before the next frame. */
		while (t != TUI_KEY_NONE && !f->quit
		    && (t = tui_read_key(&k, 0)) != TUI_KEY_NONE
		    && t != TUI_KEY_HANGUP)
			handle(f, &k);
		if (t == TUI_KEY_HANGUP)
			break;
		autosave(f);
		if (!f->quit)
			draw(f);
	}
	if (t == TUI_KEY_HANGUP)
		hang_up(f);
	xalloc_set_failure_hook(NULL);
	running_form = NULL;
	return f->status;
}

void
form_set_guard(struct form *f, struct guard *g)
{
	f->guard = g;
}

bool
form_read_only(const struct form *f)
{
	return f->guard != NULL && guard_read_only(f->guard);
}

void
form_notice(struct form *f, const char *msg)
{
	set_message(f, msg);
}

void
form_set_modified(struct form *f)
{
	f->modified = true;
}

struct form *
form_new(struct draft *d, const struct template *t, const char *path)
{
	struct form *f = xcalloc(1, sizeof *f);
	size_t i;

	f->draft = d;
	f->tmpl = t;
	f->path = xstrdup(path);
	/* Put every field in the draft first: a value's place in the map
	 * must not move once a widget points at it. */
	for (i = 0; i < t->n_fields; i++)
		draft_put(d, t, t->fields[i].id);
	f->n = t->n_fields;
	f->widgets = xcalloc(f->n + 1, sizeof *f->widgets);
	f->rows = xcalloc(f->n + 1, sizeof *f->rows);
	f->heights = xcalloc(f->n + 1, sizeof *f->heights);
	f->marks = xcalloc(f->n + 1, sizeof *f->marks);
	for (i = 0; i < f->n; i++)
		f->widgets[i] = widget_new(&t->fields[i],
		    draft_put(d, t, t->fields[i].id));
	if (f->n > 0)
		f->widgets[0]->ops->focus(f->widgets[0], 1);
	return f;
}

void
form_free(struct form *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++)
		widget_free(f->widgets[i]);
	free(f->widgets);
	free(f->rows);
	free(f->heights);
	free(f->marks);
	free(f->message);
	free(f->path);
	free(f);
}
