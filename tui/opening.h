/* opening.h — the questions asked before a draft opens in the form: who
 * holds its lock (open read-only, or quit), and what to do with changes
 * recovered from an earlier session (restore them, look at what differs,
 * or discard them).
 */
#ifndef TRIPREPORT_TUI_OPENING_H
#define TRIPREPORT_TUI_OPENING_H

#include <stdbool.h>

#include "forms/draft.h"
#include "forms/template.h"
#include "storage/lock.h"

/* Return "USER on HOST (pid N) since 114年11月26日 13:20", translated.
 * Caller frees. */
char *opening_holder(const struct lock_holder *h);

/* Say that H holds the lock of the draft at PATH and ask what to do.
 * Return true to open it read-only, false to quit. */
bool opening_busy(const char *path, const struct lock_holder *h);

enum opening_recovery {
	OPENING_RESTORED,	/* *D is the recovered draft now */
	OPENING_DISCARDED,	/* the recovery file is gone */
	OPENING_UNRESOLVED	/* the user quit: both files stay */
};

/* Offer the recovery file of the draft at PATH (D, of template T, is the
 * draft as saved).  On OPENING_RESTORED, *D is replaced by the recovered
 * draft (the old one freed). */
enum opening_recovery opening_recovery(const char *path, struct draft **d,
    const struct template *t);

#endif
