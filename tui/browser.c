/* browser.c — the drafts browser: its state, the loop that reads keys,
 * and the keys that move, sort and filter (see browser.h).  Drawing is in
 * browser_draw.c, the actions on files in browser_act.c. */
#include <config.h>

#include "tui/browser.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/browser_priv.h"
#include "tui/input.h"
#include "tui/profile_edit.h"
#include "tui/screen.h"
#include "tui/signals.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

void
browser_message(struct browser *b, const char *msg)
{
	free(b->message);
	b->message = msg != NULL ? xstrdup(msg) : NULL;
}

struct drafts_entry *
browser_selected(struct browser *b)
{
	if (b->n_shown == 0)
		return NULL;
	return &b->list.items[b->shown[b->sel]];
}

/* Work out which drafts pass the filter, keeping the choice on the draft
 * NAME (or the first line when it is gone). */
static void
refilter(struct browser *b, const char *name)
{
	size_t i;

	free(b->shown);
	b->shown = xcalloc(b->list.n + 1, sizeof *b->shown);
	b->n_shown = 0;
	b->sel = 0;
	for (i = 0; i < b->list.n; i++) {
		if (!drafts_entry_matches(&b->list.items[i], b->filter))
			continue;
		if (name != NULL && strcmp(b->list.items[i].name, name) == 0)
			b->sel = b->n_shown;
		b->shown[b->n_shown++] = i;
	}
}

/* Return a copy of the chosen draft's name, or NULL.  Caller frees. */
static char *
selected_name(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);

	return e != NULL ? xstrdup(e->name) : NULL;
}

void
browser_reload(struct browser *b, const char *name)
{
	char *keep = name != NULL ? xstrdup(name) : selected_name(b);
	const char *folder = b->in_trash ? b->trash : b->dir;
	char *error = NULL;

	drafts_list_clear(&b->list);
	if (access(folder, F_OK) == 0
	    && drafts_list_read(folder, b->cache, &b->list, &error) != 0) {
		browser_message(b, error);
		free(error);
	}
	drafts_list_sort(&b->list, b->order);
	refilter(b, keep);
	free(keep);
}

/* Move the choice by DELTA lines, within the list. */
static void
move_by(struct browser *b, long delta)
{
	long sel = (long) b->sel + delta;

	if (b->n_shown == 0)
		return;
	if (sel < 0)
		sel = 0;
	if (sel >= (long) b->n_shown)
		sel = (long) b->n_shown - 1;
	b->sel = (size_t) sel;
}

/* Act on a key that moves the choice; return false when it is none. */
static bool
move_key(struct browser *b, const struct tui_key *k)
{
	long page = browser_list_rows() > 1 ? browser_list_rows() - 1 : 1;

	if (tui_key_is_func(k, KEY_UP))
		move_by(b, -1);
	else if (tui_key_is_func(k, KEY_DOWN))
		move_by(b, 1);
	else if (tui_key_is_func(k, KEY_PPAGE))
		move_by(b, -page);
	else if (tui_key_is_func(k, KEY_NPAGE))
		move_by(b, page);
	else if (tui_key_is_func(k, KEY_HOME))
		move_by(b, -(long) b->n_shown);
	else if (tui_key_is_func(k, KEY_END))
		move_by(b, (long) b->n_shown);
	else
		return false;
	return true;
}

/* Act on a key while the filter line has them: Enter keeps the filter,
 * Esc clears it, the moving keys still move. */
static void
filter_key(struct browser *b, const struct tui_key *k)
{
	char *name = selected_name(b);

	if (tui_key_is_enter(k) && !k->pasted) {
		b->filtering = false;
	} else if (tui_key_is_char(k, 27) || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_char(k, TUI_CTRL('X'))) {
		b->filter[0] = '\0';
		b->filtering = false;
		refilter(b, name);
	} else if (!move_key(b, k)
	    && lineedit_key(&b->filter_edit, k, NULL) == LINEEDIT_CHANGED) {
		refilter(b, name);
	}
	free(name);
}

/* Start typing the filter. */
static void
start_filter(struct browser *b)
{
	b->filtering = true;
	lineedit_attach(&b->filter_edit, &b->filter);
	browser_message(b, NULL);
}

/* Show the trash instead of the drafts, or the drafts again. */
static void
toggle_trash(struct browser *b)
{
	b->in_trash = !b->in_trash;
	b->filter[0] = '\0';
	b->sel = b->top = 0;
	drafts_list_clear(&b->list);
	browser_reload(b, NULL);
	browser_message(b, NULL);
}

/* Leave: the trash goes back to the drafts; the drafts end the program. */
static void
leave(struct browser *b)
{
	if (b->in_trash)
		toggle_trash(b);
	else
		b->quit = true;
}

/* Edit the profile in its own screen. */
static void
edit_profile(struct browser *b)
{
	int r = profile_edit();

	if (r < 0) {
		b->quit = true;
		return;
	}
	browser_message(b, r > 0 ? _("The profile was saved.") : NULL);
}

/* Return true when K is the control key C or the function key F. */
static bool
is_key(const struct tui_key *k, char c, int f)
{
	return tui_key_is_char(k, (uint32_t) TUI_CTRL(c))
	    || (f != 0 && tui_key_is_func(k, f));
}

/* Act on a key of the trash; return false when it is none. */
static bool
trash_key(struct browser *b, const struct tui_key *k)
{
	if ((tui_key_is_enter(k) && !k->pasted) || is_key(k, 'O', 0))
		browser_restore(b);
	else
		return false;
	return true;
}

/* Act on a key of the drafts list; return false when it is none. */
static bool
drafts_key(struct browser *b, const struct tui_key *k)
{
	if ((tui_key_is_enter(k) && !k->pasted) || is_key(k, 'O', 0))
		browser_open(b);
	else if (is_key(k, 'N', KEY_IC))
		browser_new(b);
	else if (is_key(k, 'D', KEY_F(5)))
		browser_duplicate(b);
	else if (is_key(k, 'R', KEY_F(6)))
		browser_rename(b);
	else if (is_key(k, 'K', KEY_DC))
		browser_delete(b);
	else if (is_key(k, 'P', KEY_F(9)))
		edit_profile(b);
	else
		return false;
	return true;
}

/* Act on a key of both lists; return false when it is none. */
static bool
common_key(struct browser *b, const struct tui_key *k)
{
	if (is_key(k, 'T', KEY_F(7))) {
		b->order = b->order == DRAFTS_BY_CHANGE ? DRAFTS_BY_PERIOD
		    : DRAFTS_BY_CHANGE;
		browser_reload(b, NULL);
	} else if (is_key(k, 'W', KEY_F(8))) {
		toggle_trash(b);
	} else if (is_key(k, 'L', 0)) {
		browser_reload(b, NULL);
		clearok(curscr, TRUE);
	} else if (tui_key_is_char(k, '/') || is_key(k, 'F', 0)) {
		start_filter(b);
	} else if (tui_key_is_char(k, 27)) {
		b->filter[0] = '\0';
		browser_reload(b, NULL);
	} else if (is_key(k, 'X', KEY_F(10)) || is_key(k, 'C', 0)
	    || tui_key_is_char(k, 'q')) {
		leave(b);
	} else {
		return move_key(b, k);
	}
	return true;
}

/* Act on key K. */
static void
handle(struct browser *b, const struct tui_key *k)
{
	if (tui_key_is_func(k, KEY_RESIZE) || tui_too_small())
		return;
	if (b->filtering) {
		filter_key(b, k);
		return;
	}
	browser_message(b, NULL);
	if (b->in_trash ? trash_key(b, k) : drafts_key(b, k))
		return;
	common_key(b, k);
}

/* Draw B and send the frame. */
static void
frame(struct browser *b)
{
	browser_draw(b);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Run the loop until the user leaves or a signal ends it. */
static void
run(struct browser *b)
{
	struct tui_key k;
	enum tui_key_type t;

	frame(b);
	while (!b->quit) {
		t = tui_read_key(&k, POLL_MS);
		if (t == TUI_KEY_HANGUP)
			break;
		if (t == TUI_KEY_NONE)
			continue;
		handle(b, &k);
		while (!b->quit && (t = tui_read_key(&k, 0)) != TUI_KEY_NONE
		    && t != TUI_KEY_HANGUP)
			handle(b, &k);
		if (t == TUI_KEY_HANGUP)
			break;
		if (!b->quit)
			frame(b);
	}
	if (tui_signal_pending() != 0)
		b->status = 128 + tui_signal_pending();
}

/* Find and prepare the drafts folder into B; a loose mode becomes the
 * first message.  Return 0, or -1 after saying why on standard error. */
static int
prepare(struct browser *b)
{
	char *warning = NULL, *error = NULL, *safe;

	b->dir = drafts_dir();
	if (b->dir == NULL) {
		fprintf(stderr, _("%s: no drafts folder: set "
		    "TRIPREPORT_DRAFTS or HOME\n"), PACKAGE);
		return -1;
	}
	if (drafts_dir_prepare(b->dir, &warning, &error) != 0) {
		safe = text_sanitize(error);
		fprintf(stderr, "%s: %s\n", PACKAGE, safe);
		free(safe);
		free(error);
		return -1;
	}
	b->trash = drafts_trash_dir(b->dir);
	b->message = warning;
	return 0;
}

/* Free what B owns. */
static void
browser_clear(struct browser *b)
{
	drafts_list_clear(&b->list);
	template_cache_free(b->cache);
	free(b->shown);
	free(b->filter);
	free(b->message);
	free(b->dir);
	free(b->trash);
}

int
tui_browse(void)
{
	struct browser b;

	memset(&b, 0, sizeof b);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: the drafts browser needs a terminal; "
		    "see '%s --help' for the commands\n"), PACKAGE, PACKAGE);
		return 2;
	}
	if (prepare(&b) != 0) {
		browser_clear(&b);
		return 2;
	}
	b.cache = template_cache_new();
	b.filter = xstrdup("");
	b.order = DRAFTS_BY_CHANGE;
	browser_reload(&b, NULL);
	tui_signals_install();
	if (tui_screen_start() != 0) {
		fprintf(stderr, _("%s: cannot start the terminal (TERM?)\n"),
		    PACKAGE);
		browser_clear(&b);
		return 2;
	}
	run(&b);
	tui_screen_end();
	browser_clear(&b);
	return b.status;
}
