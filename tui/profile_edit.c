/* profile_edit.c — the profile as a small form (see profile_edit.h). */
#include <config.h>

#include "tui/profile_edit.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/profile.h"
#include "storage/templates.h"
#include "tui/draw.h"
#include "tui/helpbar.h"
#include "tui/input.h"
#include "tui/lineedit.h"
#include "tui/prompt.h"
#include "tui/screen.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

/* The text fields, then the template: the rows of the form. */
#define TEXT_ROWS 5
#define ROWS (TEXT_ROWS + 1)

/* The labels of the rows. */
static const char *const labels[ROWS] = {
	/* TRANSLATORS: the profile's fields; at most 14 columns. */
	N_("Name"), N_("Agency"), N_("Unit"), N_("Job title"), N_("Phone"),
	N_("Template"),
};

/* The keys of the profile form. */
static const struct bar_item profile_bar[2 * 4] = {
	{ "^S", N_("Save"), false },
	{ "^X", N_("Exit"), false },
	{ "Space", N_("Choose"), false },
	{ "", "", false },
	{ "Tab", N_("Next"), false },
	{ "S-Tab", N_("Previous"), false },
	{ "", "", false },
	{ "", "", false },
};

struct profile_form {
	char *path;			/* the profile file */
	struct profile p;		/* what is edited */
	char **slots[TEXT_ROWS];	/* the strings of the text rows */
	struct lineedit edit;		/* on the focused text row */
	char **ids;			/* the known templates */
	long n_ids;
	long tmpl;			/* index into ids, -1: none */
	int focus;			/* the row with the cursor */
	bool modified;
	bool saved;
	bool quit;
	bool hangup;
	char *message;			/* or NULL */
};

/* Put MSG (copied; NULL clears) on the status line. */
static void
set_message(struct profile_form *f, const char *msg)
{
	free(f->message);
	f->message = msg != NULL ? xstrdup(msg) : NULL;
}

/* Return the columns of the label column. */
static int
label_columns(void)
{
	int best = 8, i;

	for (i = 0; i < ROWS; i++) {
		int w = (int) tui_text_width(_(labels[i]),
		    strlen(_(labels[i])));

		if (w > best)
			best = w;
	}
	return best;
}

/* Draw the template row at Y from column X. */
static void
draw_template(const struct profile_form *f, int y, int x)
{
	/* TRANSLATORS: the profile's template row when none is chosen. */
	const char *id = f->tmpl >= 0 ? f->ids[f->tmpl] : _("(none)");
	char *line = xasprintf("< %s >", id);

	tui_draw_text(stdscr, y, x, COLS - x - 1, line, 0);
	free(line);
}

/* Draw the form into stdscr, without sending it (a prompt_draw_fn). */
static void
draw(void *data)
{
	struct profile_form *f = data;
	int lw = label_columns(), x = 2 + lw + 2, i, cx = x;
	char *title;

	werase(stdscr);
	title = xasprintf(_("%s  Profile: %s"), PACKAGE, f->path);
	tui_draw_text(stdscr, 0, 1, COLS - 2, title, tui_attr(TUI_PART_TITLE));
	free(title);
	for (i = 0; i < ROWS && 1 + i < LINES - 3; i++) {
		int y = 1 + i;

		if (i == f->focus)
			mvwaddch(stdscr, y, 0, '>');
		tui_draw_text(stdscr, y, 2, lw, _(labels[i]), 0);
		if (i == TEXT_ROWS)
			draw_template(f, y, x);
		else if (i == f->focus)
			cx = x + lineedit_draw(&f->edit,
			    stdscr, y, x, COLS - x - 1, 0);
		else
			tui_draw_text(stdscr, y, x, COLS - x - 1,
			    *f->slots[i], 0);
	}
	tui_draw_text(stdscr, LINES - 3, 1, COLS - 2, f->message != NULL
	    ? f->message : _("New drafts start with these details."),
	    f->message != NULL ? tui_attr(TUI_PART_MESSAGE) : 0);
	helpbar_draw_items(stdscr, profile_bar, 4);
	wmove(stdscr, 1 + f->focus, f->focus == TEXT_ROWS ? x + 2 : cx);
}

/* Draw and send a frame. */
static void
frame(struct profile_form *f)
{
	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	draw(f);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Move the cursor to row ROW, wrapping round. */
static void
go_to(struct profile_form *f, int row)
{
	f->focus = (row + ROWS) % ROWS;
	if (f->focus < TEXT_ROWS)
		lineedit_attach(&f->edit, f->slots[f->focus]);
}

/* Return S, or NULL when it holds nothing but spaces. */
static char *
given(char *s)
{
	const char *c;

	for (c = s; c != NULL && *c != '\0'; c++)
		if (*c != ' ')
			return s;
	return NULL;
}

/* Save the profile; say how it went on the status line. */
static void
save(struct profile_form *f)
{
	struct profile out;
	char *error = NULL, *msg;

	out.name = given(f->p.name);
	out.agency = given(f->p.agency);
	out.unit = given(f->p.unit);
	out.title = given(f->p.title);
	out.phone = given(f->p.phone);
	out.template_id = f->tmpl >= 0 ? f->ids[f->tmpl] : NULL;
	if (profile_save(f->path, &out, &error) != 0) {
		set_message(f, error);
		free(error);
		return;
	}
	f->modified = false;
	f->saved = true;
	msg = xasprintf(_("Saved %s"), f->path);
	set_message(f, msg);
	free(msg);
}

/* Leave, asking first when there are unsaved changes. */
static void
leave(struct profile_form *f)
{
	enum prompt_result r;

	if (!f->modified) {
		f->quit = true;
		return;
	}
	r = prompt_yes_no(_("Leave without saving the profile?"), draw, f);
	if (r == PROMPT_HANGUP)
		f->hangup = true;
	f->quit = r != PROMPT_NO;
}

/* Act on a key of the template row; return false when it is none. */
static bool
template_key(struct profile_form *f, const struct tui_key *k)
{
	long n = f->n_ids + 1;	/* "none" is one more */

	if (tui_key_is_char(k, ' ') || tui_key_is_func(k, KEY_RIGHT))
		f->tmpl = (f->tmpl + 2) % n - 1;
	else if (tui_key_is_func(k, KEY_LEFT))
		f->tmpl = (f->tmpl + n) % n - 1;
	else
		return false;
	f->modified = true;
	return true;
}

/* Act on key K. */
static void
handle(struct profile_form *f, const struct tui_key *k)
{
	if (tui_key_is_func(k, KEY_RESIZE) || tui_too_small())
		return;
	set_message(f, NULL);
	if (tui_key_is_char(k, TUI_CTRL('S')) || tui_key_is_func(k, KEY_F(2)))
		save(f);
	else if (tui_key_is_char(k, TUI_CTRL('X'))
	    || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_char(k, 27) || tui_key_is_func(k, KEY_F(10)))
		leave(f);
	else if (tui_key_is_char(k, '\t') || tui_key_is_func(k, KEY_DOWN)
	    || (tui_key_is_enter(k) && !k->pasted))
		go_to(f, f->focus + 1);
	else if (tui_key_is_func(k, KEY_BTAB) || tui_key_is_func(k, KEY_UP))
		go_to(f, f->focus - 1);
	else if (f->focus == TEXT_ROWS)
		template_key(f, k);
	else if (lineedit_key(&f->edit, k, NULL) == LINEEDIT_CHANGED)
		f->modified = true;
}

/* Load the profile and the templates into F.  Return 0, or -1 when the
 * profile has no place (no HOME). */
static int
load(struct profile_form *f)
{
	struct problem_list l;
	char *error = NULL, *msg;
	long i;

	f->path = profile_path();
	if (f->path == NULL)
		return -1;
	problem_list_init(&l);
	if (profile_load(f->path, &f->p, &l) != 0) {
		msg = xasprintf(_("%s cannot be read; saving replaces it."),
		    f->path);
		set_message(f, msg);
		free(msg);
	}
	problem_list_free(&l);
	f->n_ids = templates_list(&f->ids, &error);
	if (f->n_ids < 0)
		f->n_ids = 0;
	free(error);
	f->tmpl = -1;
	for (i = 0; i < f->n_ids && f->p.template_id != NULL; i++)
		if (strcmp(f->ids[i], f->p.template_id) == 0)
			f->tmpl = i;
	f->slots[0] = &f->p.name;
	f->slots[1] = &f->p.agency;
	f->slots[2] = &f->p.unit;
	f->slots[3] = &f->p.title;
	f->slots[4] = &f->p.phone;
	for (i = 0; i < TEXT_ROWS; i++)
		if (*f->slots[i] == NULL)
			*f->slots[i] = xstrdup("");
	go_to(f, 0);
	return 0;
}

/* Free what F owns. */
static void
form_clear(struct profile_form *f)
{
	long i;

	for (i = 0; i < f->n_ids; i++)
		free(f->ids[i]);
	free(f->ids);
	profile_clear(&f->p);
	free(f->path);
	free(f->message);
}

int
profile_edit(void)
{
	struct profile_form f;
	struct tui_key k;
	enum tui_key_type t;

	memset(&f, 0, sizeof f);
	if (load(&f) != 0)
		return 0;
	while (!f.quit) {
		frame(&f);
		t = tui_read_key(&k, POLL_MS);
		if (t == TUI_KEY_HANGUP) {
			f.hangup = true;
			break;
		}
		if (t != TUI_KEY_NONE)
			handle(&f, &k);
	}
	form_clear(&f);
	return f.hangup ? -1 : f.saved ? 1 : 0;
}
