/* browser_act.c — the browser's actions on the drafts: open, new,
 * duplicate, rename, delete and restore (see browser_priv.h). */
#include <config.h>

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "forms/date.h"
#include "forms/draft.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/profile.h"
#include "tui/app.h"
#include "tui/browser_priv.h"
#include "tui/pick.h"
#include "tui/prompt.h"
#include "tui/screen.h"

/* Return today's date on this machine. */
static struct date
today(void)
{
	struct date d = { 0, 0, 0 };
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) != NULL) {
		d.year = tm.tm_year + 1900;
		d.month = tm.tm_mon + 1;
		d.day = tm.tm_mday;
	}
	return d;
}

/* Put MSG, a translated message holding one %s, with ARG on the status
 * line. */
static void
say(struct browser *b, const char *msg, const char *arg)
{
	char *line = xasprintf(msg, arg);

	browser_message(b, line);
	free(line);
}

/* Open the draft NAME of the drafts folder in the form; come back to the
 * browser with the list read again and NAME chosen. */
static void
open_name(struct browser *b, const char *name)
{
	char *path = xasprintf("%s/%s", b->dir, name);
	int status;

	tui_screen_end();
	status = tui_edit_file(path);
	tui_screen_start();
	/* The form drew over the whole screen: send all of ours again. */
	clearok(curscr, TRUE);
	free(path);
	if (status >= 128) {
		b->quit = true;
		return;
	}
	if (status != 0)
		say(b, _("%s could not be opened."), name);
	browser_reload(b, name);
}

void
browser_open(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);
	char *name;

	if (e == NULL)
		return;
	if (e->load_error != NULL) {
		/* TRANSLATORS: %s is the file name, then why it cannot be
		 * read. */
		char *msg = xasprintf(_("%s cannot be read: %s"), e->name,
		    e->load_error);

		browser_message(b, msg);
		free(msg);
		return;
	}
	name = xstrdup(e->name);
	open_name(b, name);
	free(name);
}

/* Return the line of template ID for the list: its id and its name.
 * Caller frees. */
static char *
template_line(struct browser *b, const char *id)
{
	struct problem_list l;
	const struct template *t;
	char *line;

	problem_list_init(&l);
	t = template_cache_get(b->cache, id, &l);
	line = t != NULL && t->name != NULL ? xasprintf("%-12s %s", id,
	    t->name) : xstrdup(id);
	problem_list_free(&l);
	return line;
}

/* Let the user pick one of the N templates IDS, FIRST chosen at the
 * start.  Return its index, PICK_CANCEL or PICK_HANGUP. */
static long
pick_template(struct browser *b, char **ids, size_t n, size_t first)
{
	char **lines = xcalloc(n, sizeof *lines);
	size_t i;
	long pick;

	for (i = 0; i < n; i++)
		lines[i] = template_line(b, ids[i]);
	pick = pick_line(_("Template of the new draft"),
	    (const char *const *) lines, n, first);
	free_strings(lines, n);
	return pick;
}

/* Return the id of the template of a new draft: the only one, or the
 * one the user picks (the profile's first).  NULL when the user cancels
 * or there is none (said on the status line).  Caller frees. */
static char *
choose_template(struct browser *b, const struct profile *p)
{
	char **ids = NULL, *error = NULL, *id = NULL;
	const char *first = p->template_id != NULL ? p->template_id
	    : TEMPLATES_DEFAULT_ID;
	long n = templates_list(&ids, &error), i, pick = 0;

	if (n <= 0) {
		browser_message(b, n < 0 ? error : _("There are no "
		    "templates."));
		free(error);
		free(ids);
		return NULL;
	}
	for (i = 0; i < n; i++)
		if (strcmp(ids[i], first) == 0)
			pick = i;
	if (n > 1)
		pick = pick_template(b, ids, (size_t) n, (size_t) pick);
	if (pick == PICK_HANGUP)
		b->quit = true;
	if (pick >= 0)
		id = xstrdup(ids[pick]);
	for (i = 0; i < n; i++)
		free(ids[i]);
	free(ids);
	return id;
}

/* Return the name typed for a new file (".yaml" added), starting from
 * SUGGESTED without its ".yaml", or NULL when the user cancels or the name is refused (said
 * on the status line).  Caller frees. */
static char *
ask_name(struct browser *b, const char *question, const char *suggested)
{
	size_t len = strlen(suggested);
	/* The stem is edited; ".yaml" comes back by itself. */
	char *name = len > 5 && strcmp(suggested + len - 5, ".yaml") == 0
	    ? xstrndup(suggested, len - 5) : xstrdup(suggested), *full = NULL;
	enum prompt_result r = prompt_line(question, &name, browser_draw_cb,
	    b);

	len = strlen(name);

	if (r == PROMPT_HANGUP)
		b->quit = true;
	if (r == PROMPT_OK) {
		full = len > 5 && strcmp(name + len - 5, ".yaml") == 0
		    ? xstrdup(name) : xasprintf("%s.yaml", name);
		if (len == 0 || !drafts_name_ok(full)) {
			say(b, _("'%s' is not a plain file name: no '/', not "
			    "starting with '.'."), name);
			free(full);
			full = NULL;
		}
	}
	free(name);
	return full;
}

/* Create the new draft NAME of template T in the drafts folder, filled
 * from profile P.  Return 0, or -1 with the reason on the status line. */
static int
create(struct browser *b, const char *name, const struct template *t,
    const struct profile *p)
{
	char *path = xasprintf("%s/%s", b->dir, name), *error = NULL;
	struct draft *d = draft_new(t);
	int r;

	profile_apply(p, d, t);
	r = draft_file_create(path, d, t, &error);
	if (r > 0)
		say(b, _("%s exists already; it is not overwritten."), name);
	else if (r < 0)
		browser_message(b, error);
	free(error);
	draft_free(d);
	free(path);
	return r == 0 ? 0 : -1;
}

/* Load the profile into P; a broken one is said on the status line and
 * left out.  Return the profile's path (or NULL).  Caller frees. */
static char *
load_profile(struct browser *b, struct profile *p)
{
	char *path = profile_path();
	struct problem_list l;

	memset(p, 0, sizeof *p);
	problem_list_init(&l);
	if (path != NULL && profile_load(path, p, &l) != 0)
		say(b, _("The profile %s cannot be read; new drafts start "
		    "empty."), path);
	problem_list_free(&l);
	return path;
}

void
browser_new(struct browser *b)
{
	struct problem_list l;
	struct profile p;
	struct template *t = NULL;
	char *id, *suggested, *name = NULL;

	free(load_profile(b, &p));
	id = choose_template(b, &p);
	problem_list_init(&l);
	if (id != NULL && (t = templates_load(id, &l)) == NULL)
		browser_message(b, l.n > 0 ? l.items[0].message : NULL);
	if (t != NULL) {
		suggested = drafts_suggest_name(b->dir, NULL, today());
		name = ask_name(b, _("File name of the new draft:"),
		    suggested);
		free(suggested);
	}
	if (name != NULL && create(b, name, t, &p) == 0)
		open_name(b, name);
	free(name);
	template_free(t);
	problem_list_free(&l);
	profile_clear(&p);
	free(id);
}

void
browser_duplicate(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);
	char *new_name = NULL, *error = NULL;

	if (e == NULL)
		return;
	if (drafts_duplicate(b->dir, e->name, b->cache, today(), &new_name,
	    &error) != 0) {
		browser_message(b, error);
		free(error);
		return;
	}
	browser_reload(b, new_name);
	/* TRANSLATORS: %s is the new draft's file name. */
	say(b, _("Copied to %s, with the dates and texts of the trip "
	    "cleared."), new_name);
	free(new_name);
}

void
browser_rename(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);
	char *from, *to, *error = NULL, *question;

	if (e == NULL)
		return;
	from = xstrdup(e->name);
	question = xasprintf(_("Rename %s to:"), from);
	to = ask_name(b, question, from);
	free(question);
	if (to != NULL && strcmp(to, from) != 0) {
		if (drafts_rename(b->dir, from, to, &error) != 0) {
			browser_message(b, error);
			free(error);
		} else {
			browser_reload(b, to);
			say(b, _("Renamed to %s."), to);
		}
	}
	free(to);
	free(from);
}

void
browser_delete(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);
	char *name, *question, *trashed = NULL, *error = NULL, *where;
	enum prompt_result r;

	if (e == NULL)
		return;
	name = xstrdup(e->name);
	question = xasprintf(_("Move %s to the trash?"), name);
	r = prompt_yes_no(question, browser_draw_cb, b);
	free(question);
	if (r == PROMPT_HANGUP)
		b->quit = true;
	if (r == PROMPT_OK && drafts_delete(b->dir, name, &trashed,
	    &error) != 0) {
		browser_message(b, error);
	} else if (r == PROMPT_OK) {
		browser_reload(b, NULL);
		where = xasprintf("%s/%s", b->trash, trashed);
		/* TRANSLATORS: %s is where the draft went. */
		say(b, _("Moved to %s (^W shows the trash)."), where);
		free(where);
	}
	free(error);
	free(trashed);
	free(name);
}

void
browser_restore(struct browser *b)
{
	struct drafts_entry *e = browser_selected(b);
	char *restored = NULL, *error = NULL, *where;

	if (e == NULL)
		return;
	if (drafts_restore(b->dir, e->name, &restored, &error) != 0) {
		browser_message(b, error);
		free(error);
		return;
	}
	browser_reload(b, NULL);
	where = xasprintf("%s/%s", b->dir, restored);
	/* TRANSLATORS: %s is where the draft is back. */
	say(b, _("Restored as %s."), where);
	free(where);
	free(restored);
}
