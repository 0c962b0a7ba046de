/* lock.h — the lock beside an open draft.
 *
 * While a draft is open for editing, a lock file stands beside it
 * (".NAME.lock" in the draft's folder) naming who holds it: user, host,
 * pid and since when.  It is made by linking a fully written unique file
 * to the lock name, which is atomic on local and NFS folders alike, so two
 * openers can never both believe they hold it.  A lock left by a process
 * that no longer runs on this host is stale and is taken over.
 */
#ifndef TRIPREPORT_STORAGE_LOCK_H
#define TRIPREPORT_STORAGE_LOCK_H

#include <sys/types.h>
#include <time.h>

/* Who holds a lock. */
struct lock_holder {
	char *user;	/* login name; owned */
	char *host;	/* host name; owned */
	long pid;
	time_t since;	/* when the lock was taken */
};

/* A lock this process holds. */
struct draft_lock {
	char *path;	/* the lock file; owned */
};

enum lock_status {
	LOCK_ACQUIRED,	/* the lock is ours */
	LOCK_TAKEN_OVER,	/* a stale lock was replaced; *HOLDER says whose */
	LOCK_BUSY,	/* another live process holds it; *HOLDER says who */
	LOCK_FAILED	/* could not be made; *ERROR says why */
};

/* Return the path of the lock file of the draft at DRAFT_PATH.
 * Caller frees. */
char *lock_path_for(const char *draft_path);

/* Try to lock the draft at DRAFT_PATH.  On LOCK_ACQUIRED and
 * LOCK_TAKEN_OVER, store the lock in *LOCK (release it with
 * lock_release()).  On LOCK_TAKEN_OVER and LOCK_BUSY fill *HOLDER (clear it
 * with lock_holder_clear()).  On LOCK_FAILED store a translated message in
 * *ERROR (caller frees). */
enum lock_status lock_acquire(const char *draft_path, struct draft_lock **lock,
    struct lock_holder *holder, char **error);

/* Read who holds the lock of DRAFT_PATH into *HOLDER: 0, or -1 when there
 * is no readable lock. */
int lock_read(const char *draft_path, struct lock_holder *holder);

/* Remove the lock file if it is still ours, and free LOCK.  LOCK may be
 * NULL. */
void lock_release(struct draft_lock *lock);

/* Free what HOLDER owns and zero it. */
void lock_holder_clear(struct lock_holder *holder);

#endif
