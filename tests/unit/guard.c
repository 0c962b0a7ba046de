/* Unit tests of tui/guard.c: when unsaved changes go to the recovery
 * file (a pause in typing, or enough changes), that a hangup writes what
 * is pending, that a save or a leave removes the file, and that a
 * read-only guard writes nothing. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "storage/recovery.h"
#include "tests/tap.h"
#include "tests/unit/fixture.h"
#include "tui/guard.h"

/* The scratch folder of this run. */
static char folder[] = "/tmp/tripreport-guard.XXXXXX";

/* Return true when the draft at PATH has a recovery file. */
static bool
has_recovery(const char *path)
{
	return recovery_exists(path, NULL);
}

/* Return the lock of the draft at PATH, or exit when it cannot be
 * taken. */
static struct draft_lock *
take_lock(const char *path)
{
	struct draft_lock *lock = NULL;
	struct lock_holder h;
	char *error = NULL;

	memset(&h, 0, sizeof h);
	if (lock_acquire(path, &lock, &h, &error) != LOCK_ACQUIRED) {
		tap_diag("cannot lock %s: %s", path, error != NULL ? error
		    : "busy");
		exit(99);
	}
	return lock;
}

/* Changes are written once GUARD_CHANGES of them are made, not before;
 * a save removes the file. */
static void
test_changes(const struct template *t, struct draft *d, const char *path)
{
	struct guard *g = guard_new(path, take_lock(path));
	char *msg, *lock_path = lock_path_for(path);
	int i;

	tap_ok(!guard_read_only(g), "a guard with a lock is not read-only");
	for (i = 0; i < GUARD_CHANGES - 1; i++)
		guard_changed(g);
	msg = guard_tick(g, d, t);
	tap_ok(msg == NULL && !has_recovery(path),
	    "%d changes while typing goes on: not written yet",
	    GUARD_CHANGES - 1);
	free(msg);
	guard_changed(g);
	msg = guard_tick(g, d, t);
	tap_ok(msg == NULL && has_recovery(path),
	    "the %dth change writes the recovery file", GUARD_CHANGES);
	free(msg);
	msg = guard_settled(g);
	tap_ok(msg == NULL && !has_recovery(path),
	    "a save removes the recovery file");
	free(msg);
	guard_changed(g);
	msg = guard_flush(g, d, t);
	tap_ok(msg == NULL && has_recovery(path),
	    "a hangup writes a single pending change at once");
	free(msg);
	free(guard_settled(g));
	guard_free(g);
	tap_ok(access(lock_path, F_OK) != 0, "freeing the guard releases the "
	    "lock");
	free(lock_path);
}

/* A pause of GUARD_IDLE_SECONDS writes the pending changes. */
static void
test_pause(const struct template *t, struct draft *d, const char *path)
{
	struct guard *g = guard_new(path, NULL);
	char *msg;

	tap_ok(guard_read_only(g), "a guard without a lock is read-only");
	guard_changed(g);
	msg = guard_flush(g, d, t);
	tap_ok(msg == NULL && !has_recovery(path),
	    "a read-only guard writes nothing");
	guard_free(g);
	g = guard_new(path, take_lock(path));
	guard_changed(g);
	msg = guard_tick(g, d, t);
	tap_ok(msg == NULL && !has_recovery(path),
	    "just after a change: not written yet");
	sleep(GUARD_IDLE_SECONDS);
	msg = guard_tick(g, d, t);
	tap_ok(msg == NULL && has_recovery(path),
	    "after %d s without a change: written", GUARD_IDLE_SECONDS);
	free(guard_settled(g));
	guard_free(g);
}

int
main(void)
{
	struct template *t = fixture_taichung();
	struct draft *d = fixture_taichung_draft(t);
	char *path;

	if (mkdtemp(folder) == NULL)
		return 99;
	path = xasprintf("%s/trip.yaml", folder);
	test_changes(t, d, path);
	test_pause(t, d, path);
	draft_free(d);
	template_free(t);
	free(path);
	rmdir(folder);
	return tap_done();
}
