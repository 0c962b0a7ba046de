/* guard.c — the lock and the recovery file of an open draft (see
 * guard.h). */
#include <config.h>

#include "tui/guard.h"

#include <stdlib.h>
#include <time.h>

#include "lib/xalloc.h"

struct guard {
	struct draft_lock *lock;	/* owned; NULL when read-only */
	struct recovery *rec;		/* owned */
	bool pending;		/* changes not in the recovery file yet */
	unsigned changes;	/* changes since the last write */
	struct timespec last;	/* when the draft last changed */
};

/* Return the seconds of the monotonic clock. */
static struct timespec
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts;
}

struct guard *
guard_new(const char *path, struct draft_lock *lock)
{
	struct guard *g = xcalloc(1, sizeof *g);

	g->lock = lock;
	g->rec = recovery_new(path);
	return g;
}

void
guard_free(struct guard *g)
{
	if (g == NULL)
		return;
	lock_release(g->lock);
	recovery_free(g->rec);
	free(g);
}

bool
guard_read_only(const struct guard *g)
{
	return g->lock == NULL;
}

int
guard_adopt(struct guard *g)
{
	return recovery_adopt(g->rec);
}

void
guard_changed(struct guard *g)
{
	g->pending = true;
	g->changes++;
	g->last = now();
}

char *
guard_flush(struct guard *g, const struct draft *d, const struct template *t)
{
	char *error = NULL;

	if (!g->pending || guard_read_only(g))
		return NULL;
	if (recovery_write(g->rec, d, t, &error) != RECOVERY_WRITTEN) {
		/* Try again after the next pause, not at every wake-up. */
		g->changes = 0;
		g->last = now();
		return error;
	}
	g->pending = false;
	g->changes = 0;
	return NULL;
}

char *
guard_tick(struct guard *g, const struct draft *d, const struct template *t)
{
	struct timespec ts = now();
	long ms;

	if (!g->pending)
		return NULL;
	ms = (long)(ts.tv_sec - g->last.tv_sec) * 1000
	    + (ts.tv_nsec - g->last.tv_nsec) / 1000000;
	if (ms < GUARD_IDLE_SECONDS * 1000L && g->changes < GUARD_CHANGES)
		return NULL;
	return guard_flush(g, d, t);
}

char *
guard_settled(struct guard *g)
{
	char *error = NULL;

	g->pending = false;
	g->changes = 0;
	if (recovery_remove(g->rec, &error) != 0)
		return error;
	return NULL;
}
