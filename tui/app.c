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

/* The lock as taken before the draft is read, for the screen to tell. */
struct lock_try {
	enum lock_status status;
	struct draft_lock *lock;	/* ours, or NULL */
	struct lock_holder holder;	/* TAKEN_OVER, BUSY: whose it was */
	char *error;			/* FAILED: why */
};

/* Try to lock the draft at PATH into L. */
static void
lock_try(const char *path, struct lock_try *l)
{
	memset(l, 0, sizeof *l);
	l->status = lock_acquire(path, &l->lock, &l->holder, &l->error);
}

/* Free what L holds, releasing the lock. */
static void
lock_try_clear(struct lock_try *l)
{
	lock_release(l->lock);
	lock_holder_clear(&l->holder);
	free(l->error);
	memset(l, 0, sizeof *l);
}

/* Tell on the started screen how taking the lock of the draft at PATH
 * went, asking what to do when another session holds it.  Return the
 * lock (NULL for read-only; taken from L) and store in *NOTICE what to
 * tell the user (caller frees), or set *QUIT when the user would rather
 * not open it. */
static struct draft_lock *
lock_question(const char *path, struct lock_try *l, char **notice,
    bool *quit)
{
	struct draft_lock *lock = l->lock;
	char *who;

	l->lock = NULL;
	switch (l->status) {
	case LOCK_ACQUIRED:
		break;
	case LOCK_TAKEN_OVER:
		who = opening_holder(&l->holder);
		/* TRANSLATORS: the lock of a process that no longer runs
		 * was taken over; %s says whose it was. */
		*notice = xasprintf(_("Took over the lock left by %s."), who);
		free(who);
		break;
	case LOCK_BUSY:
		if (!opening_busy(path, &l->holder))
			*quit = true;
		else
			*notice = xstrdup(_("Read-only: another session has "
			    "this draft open."));
		break;
	case LOCK_FAILED:
		*notice = xasprintf(_("Read-only: %s"), l->error != NULL
		    ? l->error : "?");
		break;
	}
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

/* Run the form over D (of T, at PATH) with the lock tried in L and the
 * recovery file looked after.  Return the exit status. */
static int
run_guarded(const char *path, struct draft **d, const struct template *t,
    struct lock_try *l)
{
	char *notice = NULL;
	bool quit = false, restored = false;
	struct draft_lock *lock = lock_question(path, l, &notice, &quit);
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
	struct lock_try l;
	int status = 2;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: %s: not a command; the form needs a "
		    "terminal to open it as a draft\n"), PACKAGE, path);
		return 2;
	}
	/* Signals first, so that the lock is never left behind; the lock
	 * before reading, so that what is read is what the lock holds. */
	tui_signals_install();
	lock_try(path, &l);
	if (open_draft(path, &d, &t) != 0) {
		lock_try_clear(&l);
		return 2;
	}
	if (tui_screen_start() == 0)
		status = run_guarded(path, &d, t, &l);
	else
		fprintf(stderr, _("%s: cannot start the terminal (TERM?)\n"),
		    PACKAGE);
	lock_try_clear(&l);
	draft_free(d);
	template_free(t);
	return status;
}
