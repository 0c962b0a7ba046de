/* guard.h — what keeps an open draft safe while the form edits it: the
 * lock that tells other openers the draft is taken, and the recovery file
 * where unsaved changes go after a pause in typing, every few hundred
 * changes, and at once when a hangup or a signal ends the form.  The
 * draft file itself changes only on an explicit save.  No curses here:
 * the form calls in at the right moments.
 */
#ifndef TRIPREPORT_TUI_GUARD_H
#define TRIPREPORT_TUI_GUARD_H

#include <stdbool.h>

#include "forms/draft.h"
#include "forms/template.h"
#include "storage/lock.h"
#include "storage/recovery.h"

/* Seconds without typing after which changes go to the recovery file. */
#define GUARD_IDLE_SECONDS 3
/* Changes after which they go there even while typing goes on. */
#define GUARD_CHANGES 200

struct guard;

/* Return the guard of the draft at PATH, holding LOCK (owned from now
 * on; NULL when the draft is open read-only).  Caller frees with
 * guard_free(), which releases the lock. */
struct guard *guard_new(const char *path, struct draft_lock *lock);

/* Release the lock and free G; the recovery file stays as it is.  G may
 * be NULL. */
void guard_free(struct guard *g);

/* Return true when the draft is open read-only (no lock held). */
bool guard_read_only(const struct guard *g);

/* Take the recovery file there now as this session's own (the user
 * restored it): the next write replaces it.  Return 0, or -1. */
int guard_adopt(struct guard *g);

/* Note that the draft changed. */
void guard_changed(struct guard *g);

/* Write the changes to the recovery file when enough time has passed
 * since the last one, or enough changes were made.  Return NULL, or a
 * translated message saying why it could not be written (caller frees). */
char *guard_tick(struct guard *g, const struct draft *d,
    const struct template *t);

/* Write the changes not yet in the recovery file now (a hangup).  Return
 * NULL, or a translated message (caller frees). */
char *guard_flush(struct guard *g, const struct draft *d,
    const struct template *t);

/* The draft was saved, or the user left without keeping the changes:
 * remove this session's recovery file.  Return NULL, or a translated
 * message (caller frees). */
char *guard_settled(struct guard *g);

#endif
