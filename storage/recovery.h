/* recovery.h — the recovery file beside a draft being edited.
 *
 * While a draft is edited, what is not saved yet is written now and then
 * (autosave, and at once on SIGHUP or SIGTERM) to ".NAME.recover" in the
 * draft's folder: the draft as YAML, mode 0600, written atomically, so
 * that a crash leaves the previous recovery text or the new one.  The
 * draft itself changes only on an explicit save.
 *
 * A recovery file is never overwritten unless this session wrote it.
 * Since the lock (lock.h) lets one editor at a time hold a draft, a
 * recovery file that exists when the draft is opened was left by an
 * earlier session: the editor offers it (restore, look at what differs,
 * discard) before it writes one of its own.  So the first write of a
 * session refuses when a recovery file exists that the session has not
 * adopted (recovery_adopt(), after a restore); later writes refuse when
 * the file was replaced by another one since this session wrote it.
 * An editor that leaves an older recovery file unresolved must therefore
 * open the draft read-only, or a hangup would find nowhere to write.
 */
#ifndef TRIPREPORT_STORAGE_RECOVERY_H
#define TRIPREPORT_STORAGE_RECOVERY_H

#include <stdbool.h>
#include <time.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* Return the path of the recovery file of the draft at DRAFT_PATH
 * ("dir/.NAME.recover").  Caller frees. */
char *recovery_path_for(const char *draft_path);

/* Return true when the draft at DRAFT_PATH has a recovery file (a
 * regular file); store its last change in *MTIME when MTIME is not
 * NULL. */
bool recovery_exists(const char *draft_path, time_t *mtime);

/* Load the recovery file of the draft at DRAFT_PATH as a draft of
 * template T.  Return it (caller frees with draft_free()), or NULL after
 * appending at least one error (with line and column when the YAML is
 * broken) to ERRORS: a missing or unreadable file, a draft of another
 * template, values of the wrong shape. */
struct draft *recovery_load(const char *draft_path, const struct template *t,
    struct problem_list *errors);

/* Remove the recovery file of the draft at DRAFT_PATH (the user chose to
 * discard it).  Return 0 (also when there was none), or -1 with a
 * translated message in *ERROR (caller frees). */
int recovery_discard(const char *draft_path, char **error);

/* The recovery file of one editing session. */
struct recovery;

/* Return the recovery session of the draft at DRAFT_PATH; nothing is
 * written yet.  Caller frees with recovery_free(). */
struct recovery *recovery_new(const char *draft_path);

/* Free R; the file it wrote stays (see recovery_remove()).  R may be
 * NULL. */
void recovery_free(struct recovery *r);

enum recovery_status {
	RECOVERY_WRITTEN,	/* the file holds the draft now */
	RECOVERY_NOT_OURS,	/* a recovery file of another session is
				   there; nothing written */
	RECOVERY_FAILED		/* could not write; *ERROR says why */
};

/* Write D (of template T) to R's recovery file, atomically, mode 0600.
 * On RECOVERY_NOT_OURS and RECOVERY_FAILED store a translated message in
 * *ERROR (caller frees).  No signal-handler work: call it from the main
 * loop. */
enum recovery_status recovery_write(struct recovery *r, const struct draft *d,
    const struct template *t, char **error);

/* Take the recovery file that exists now (one just restored) as R's own,
 * so that the next write replaces it.  Return 0, or -1 when there is no
 * such file. */
int recovery_adopt(struct recovery *r);

/* Return true when R has written (or adopted) its recovery file. */
bool recovery_written(const struct recovery *r);

/* Remove R's recovery file if it is still the one R wrote (the draft was
 * saved, or the user left without keeping the changes).  Return 0, or -1
 * with a translated message in *ERROR (caller frees). */
int recovery_remove(struct recovery *r, char **error);

#endif
