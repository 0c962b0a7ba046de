/* opening.c — the questions before a draft opens (see opening.h). */
#include <config.h>

#include "tui/opening.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "forms/date.h"
#include "forms/draft_diff.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/recovery.h"
#include "tui/input.h"
#include "tui/pager.h"

/* Return T as a ROC date and a time of day: 114年11月26日 13:20.  Caller
 * frees. */
static char *
roc_time(time_t t)
{
	struct tm tm;
	struct date d;
	char buf[DATE_BUFSIZE];

	if (localtime_r(&t, &tm) == NULL)
		return xstrdup("?");
	d.year = tm.tm_year + 1900;
	d.month = tm.tm_mon + 1;
	d.day = tm.tm_mday;
	return xasprintf("%s %02d:%02d", date_to_roc(d, buf), tm.tm_hour,
	    tm.tm_min);
}

char *
opening_holder(const struct lock_holder *h)
{
	char *when = roc_time(h->since), *s;

	/* TRANSLATORS: who holds a draft's lock: user, host, process id,
	 * and since when (a ROC date and a time). */
	s = xasprintf(_("%s on %s (pid %ld) since %s"),
	    h->user != NULL ? h->user : "?", h->host != NULL ? h->host : "?",
	    h->pid, when);
	free(when);
	return s;
}

bool
opening_busy(const char *path, const struct lock_holder *h)
{
	char *who = opening_holder(h), *text;
	struct pager p;
	unsigned c;

	text = xasprintf(_("%s\n\nThis draft is open in another session:\n"
	    "  %s\n\nYou may open it read-only: you can read it and print it,"
	    "\nbut not change or save it.\n"), path, who);
	pager_init(&p, text, _("The draft is in use"),
	    _("R Open read-only   Q Quit"));
	do
		c = pager_ask_key(&p, NULL, NULL);
	while (c != 'r' && c != 'q' && c != 27 && c != 0);
	pager_clear(&p);
	free(text);
	free(who);
	return c == 'r';
}

/* Append LINE (then free it) to *S, a string made with xstrdup(). */
static void
append(char **s, char *line)
{
	char *joined = xasprintf("%s%s", *s, line);

	free(*s);
	free(line);
	*s = joined;
}

/* Return the list of the fields that differ between the saved draft D and
 * the recovered R, one label a line.  Caller frees. */
static char *
differences(const struct draft *d, const struct draft *r,
    const struct template *t)
{
	struct draft_diff diff;
	char *s = xstrdup("");
	size_t i;

	memset(&diff, 0, sizeof diff);
	draft_diff(d, r, t, &diff);
	for (i = 0; i < diff.n_fields; i++) {
		const struct template_field *f = template_field(t,
		    diff.fields[i]);

		append(&s, xasprintf("  %s (%s)\n", f != NULL ? f->label
		    : diff.fields[i], diff.fields[i]));
	}
	for (i = 0; i < diff.n_unknown; i++)
		append(&s, xasprintf("  %s\n", diff.unknown[i]));
	for (i = 0; i < diff.n_top; i++)
		append(&s, xasprintf("  %s\n", diff.top[i]));
	if (draft_diff_count(&diff) == 0)
		append(&s, xstrdup(_("  (nothing: the recovered draft is the "
		    "same as the saved one)\n")));
	draft_diff_clear(&diff);
	return s;
}

/* Show what differs between D and the recovered R until the user goes
 * back. */
static void
show_differences(const struct draft *d, const struct draft *r,
    const struct template *t)
{
	char *list = differences(d, r, t);
	struct pager p;
	struct tui_key k;
	enum tui_key_type kt;

	pager_init(&p, list, _("Fields that differ from the saved draft"),
	    _("PgUp PgDn Home End   Q Back"));
	for (;;) {
		pager_draw(&p);
		kt = tui_read_key(&k, 1000);
		if (kt == TUI_KEY_HANGUP)
			break;
		if (kt == TUI_KEY_NONE || pager_scroll(&p, &k)
		    || tui_key_is_func(&k, KEY_RESIZE))
			continue;
		if (k.type == TUI_KEY_CHAR)
			break;
	}
	pager_clear(&p);
	free(list);
}

/* Return the text of the recovery choice for the draft at PATH. Caller
 * frees. */
static char *
choice_text(const char *path, const struct problem_list *errors)
{
	time_t when = 0;
	char *at, *text, *err = NULL, *rpath;

	recovery_exists(path, &when);
	at = roc_time(when);
	if (errors->n > 0) {
		const struct problem *p = &errors->items[0];

		rpath = recovery_path_for(path);
		err = xasprintf(_("It cannot be read, so it cannot be "
		    "restored:\n  %s:%d:%d\n  %s"), rpath, p->line, p->col,
		    p->message);
		free(rpath);
	}
	text = xasprintf(_("%s\n\nChanges to this draft that were never saved "
	    "were recovered\n(written %s).\n\n  R  restore them (the draft "
	    "file changes only when you save)\n  D  look at the fields that "
	    "differ\n  X  discard them\n  Q  quit, leaving both files as they "
	    "are\n%s%s\n"), path, at, err != NULL ? "\n" : "",
	    err != NULL ? err : "");
	free(err);
	free(at);
	return text;
}

/* Ask the recovery choice once.  Return the key chosen (r, d, x, q) and
 * store the recovered draft in *R when it loads. */
static unsigned
ask_choice(const char *path, const struct template *t, struct draft **r)
{
	struct problem_list errors;
	struct pager p;
	char *text;
	unsigned c;

	problem_list_init(&errors);
	if (*r == NULL)
		*r = recovery_load(path, t, &errors);
	text = choice_text(path, &errors);
	pager_init(&p, text, _("Recovered changes"),
	    _("R Restore   D Differences   X Discard   Q Quit"));
	do
		c = pager_ask_key(&p, NULL, NULL);
	while (c != 'r' && c != 'd' && c != 'x' && c != 'q' && c != 27
	    && c != 0);
	if (c == 'x' && pager_ask_key(&p, _("Discard the recovered changes "
	    "for good?"), _("Y Yes   N No")) != 'y')
		c = 'n';
	pager_clear(&p);
	free(text);
	problem_list_free(&errors);
	return c;
}

enum opening_recovery
opening_recovery(const char *path, struct draft **d, const struct template *t)
{
	struct draft *r = NULL;
	char *error = NULL;

	for (;;) {
		unsigned c = ask_choice(path, t, &r);

		if (c == 'r' && r != NULL) {
			draft_free(*d);
			*d = r;
			return OPENING_RESTORED;
		}
		if (c == 'd' && r != NULL)
			show_differences(*d, r, t);
		if (c == 'x' && recovery_discard(path, &error) == 0) {
			draft_free(r);
			return OPENING_DISCARDED;
		}
		free(error);
		error = NULL;
		if (c == 'q' || c == 27 || c == 0) {
			draft_free(r);
			return OPENING_UNRESOLVED;
		}
	}
}
