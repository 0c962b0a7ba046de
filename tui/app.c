/* app.c — opening a draft in the form (see app.h). */
#include <config.h>

#include "tui/app.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/lock.h"
#include "storage/recovery.h"
#include "storage/templates.h"
#include "tui/form.h"
#include "tui/guard.h"
#include "tui/opening.h"
#include "tui/screen.h"
#include "tui/signals.h"

/* Print the problems of L on standard error, GNU style, about PATH. */
static void
print_problems(const char *path, const struct problem_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct problem *p = &l->items[i];
		char *msg = text_sanitize(p->message);

		if (p->line > 0)
			fprintf(stderr, "%s:%d:%d: %s\n", path, p->line,
			    p->col, msg);
		else
			fprintf(stderr, "%s: %s\n", path, msg);
		free(msg);
	}
}

/* Load PATH, or make a new draft when it does not exist.  Return 0 with
 * both stored (caller frees), or -1 after saying why. */
static int
open_draft(const char *path, struct draft **d, struct template **t)
{
	struct problem_list l;
	struct stat st;
	int rc = 0;

	problem_list_init(&l);
	if (stat(path, &st) == 0 || errno != ENOENT) {
		if (draft_file_load(path, d, t, &l) != 0)
			rc = -1;
	} else {
		*t = templates_load(TEMPLATES_DEFAULT_ID, &l);
		if (*t == NULL)
			rc = -1;
		else
			*d = draft_new(*t);
	}
	if (rc == 0 && (*t)->n_fields == 0) {
		fprintf(stderr, _("%s: the template has no fields\n"), path);
		draft_free(*d);
		template_free(*t);
		rc = -1;
	}
	if (rc != 0)
		print_problems(path, &l);
	problem_list_free(&l);
	return rc;
}

/* Take the lock of the draft at PATH, asking on the started screen
 * what to do when another session holds it.  Return the lock (NULL for
 * read-only) and store in *NOTICE what to tell the user (caller frees),
 * or set *QUIT when the user would rather not open it. */
static struct draft_lock *
take_lock(const char *path, char **notice, bool *quit)
{
	struct draft_lock *lock = NULL;
	struct lock_holder h;
	char *error = NULL, *who;

	memset(&h, 0, sizeof h);
	switch (lock_acquire(path, &lock, &h, &error)) {
	case LOCK_ACQUIRED:
		break;
	case LOCK_TAKEN_OVER:
		who = opening_holder(&h);
		/* TRANSLATORS: the lock of a process that no longer runs
		 * was taken over; %s says whose it was. */
		*notice = xasprintf(_("Took over the lock left by %s."), who);
		free(who);
		break;
	case LOCK_BUSY:
		if (!opening_busy(path, &h))
			*quit = true;
		else
			*notice = xstrdup(_("Read-only: another session has "
			    "this draft open."));
		break;
	case LOCK_FAILED:
		*notice = xasprintf(_("Read-only: %s"), error);
		break;
	}
	free(error);
	lock_holder_clear(&h);
	return lock;
}

/* Offer the changes recovered from an earlier session of the draft at
 * PATH, when there are any.  Return 0 to go on (*D may be the recovered
 * draft, then *RESTORED is set), or -1 when the user quit. */
static int
offer_recovery(const char *path, struct draft **d, const struct template *t,
    bool *restored)
{
	if (!recovery_exists(path, NULL))
		return 0;
	switch (opening_recovery(path, d, t)) {
	case OPENING_RESTORED:
		*restored = true;
		return 0;
	case OPENING_DISCARDED:
		return 0;
	default:
		return -1;
	}
}

/* Run the form over D (of T, at PATH) with the lock and recovery file
 * looked after.  Return the exit status. */
static int
run_guarded(const char *path, struct draft **d, const struct template *t)
{
	char *notice = NULL;
	bool quit = false, restored = false;
	struct draft_lock *lock = take_lock(path, &notice, &quit);
	struct guard *g = guard_new(path, lock);
	struct form *f = NULL;
	int status = 0;

	if (!quit && tui_signal_pending() == 0 && lock != NULL
	    && offer_recovery(path, d, t, &restored) != 0)
		quit = true;
	if (!quit && tui_signal_pending() == 0) {
		f = form_new(*d, t, path);
		form_set_guard(f, g);
		if (restored) {
			guard_adopt(g);
			form_set_modified(f);
			form_notice(f, _("The recovered changes are restored; "
			    "save them with ^S."));
		} else if (notice != NULL) {
			form_notice(f, notice);
		}
		status = form_run(f);
	}
	if (tui_signal_pending() != 0 && status == 0)
		status = 128 + tui_signal_pending();
	tui_screen_end();
	form_free(f);
	guard_free(g);	/* releases the lock */
	free(notice);
	return status;
}

int
tui_edit_file(const char *path)
{
	struct draft *d = NULL;
	struct template *t = NULL;
	int status;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: %s: not a command; the form needs a "
		    "terminal to open it as a draft\n"), PACKAGE, path);
		return 2;
	}
	if (open_draft(path, &d, &t) != 0)
		return 2;
	tui_signals_install();
	if (tui_screen_start() != 0) {
		fprintf(stderr, _("%s: cannot start the terminal (TERM?)\n"),
		    PACKAGE);
		draft_free(d);
		template_free(t);
		return 2;
	}
	status = run_guarded(path, &d, t);
	draft_free(d);
	template_free(t);
	return status;
}
