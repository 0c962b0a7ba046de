/* Unit tests of storage/lock.c: take, refuse, take over, release. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "storage/lock.h"
#include "tests/tap.h"

/* Write TEXT as the lock file of DRAFT, as another process would. */
static void
plant_lock(const char *draft, const char *text)
{
	char *path = lock_path_for(draft);
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(text, f);
		fclose(f);
	}
	free(path);
}

/* Return the pid of a process that has already ended. */
static long
dead_pid(void)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	return (long)pid;
}

static char *
this_host(void)
{
	char name[256];

	if (gethostname(name, sizeof name) != 0)
		strcpy(name, "localhost");
	name[sizeof name - 1] = '\0';
	return xstrdup(name);
}

static void
test_path(void)
{
	char *p = lock_path_for("drafts/trip.yaml");

	tap_is_str(p, "drafts/.trip.yaml.lock", "the lock stands beside the draft");
	free(p);
	p = lock_path_for("trip.yaml");
	tap_is_str(p, "./.trip.yaml.lock", "a draft without folder: the current one");
	free(p);
}

static void
test_take_and_release(const char *draft)
{
	struct draft_lock *lock = NULL, *second = NULL;
	struct lock_holder holder;
	char *error = NULL, *path = lock_path_for(draft);
	struct stat st;

	tap_is_int(lock_acquire(draft, &lock, &holder, &error), LOCK_ACQUIRED,
	    "a free draft is locked");
	tap_ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "the lock file is mode 0600");
	tap_is_int(lock_acquire(draft, &second, &holder, &error), LOCK_BUSY,
	    "a second opener is refused while the holder runs");
	tap_is_int(holder.pid, (long)getpid(), "and is told the holder's pid");
	tap_ok(holder.user != NULL && holder.host != NULL && holder.since > 0,
	    "and its user, host and time");
	tap_ok(second == NULL, "and gets no lock");
	lock_holder_clear(&holder);
	lock_release(lock);
	tap_ok(stat(path, &st) != 0, "release removes the lock file");
	tap_is_int(lock_acquire(draft, &lock, &holder, &error), LOCK_ACQUIRED,
	    "after release the draft can be locked again");
	lock_release(lock);
	free(path);
}

static void
test_stale(const char *draft)
{
	struct draft_lock *lock = NULL;
	struct lock_holder holder;
	char *error = NULL, *host = this_host(), *text;
	long pid = dead_pid();

	text = xasprintf("user: ghost\nhost: %s\npid: %ld\nsince: 1\n", host,
	    pid);
	plant_lock(draft, text);
	tap_is_int(lock_acquire(draft, &lock, &holder, &error),
	    LOCK_TAKEN_OVER, "a lock of a dead process of this host is taken over");
	tap_is_str(holder.user, "ghost", "and the notice names its old holder");
	tap_is_int(holder.pid, pid, "and its pid");
	lock_holder_clear(&holder);
	lock_release(lock);
	free(text);

	text = xasprintf("user: far\nhost: %s-elsewhere\npid: %ld\nsince: 1\n",
	    host, pid);
	plant_lock(draft, text);
	tap_is_int(lock_acquire(draft, &lock, &holder, &error), LOCK_BUSY,
	    "a lock of another host is never taken over");
	tap_is_str(holder.user, "far", "its holder is named");
	lock_holder_clear(&holder);
	tap_is_int(lock_read(draft, &holder), 0, "lock_read reads the holder");
	tap_ok(holder.host != NULL && strstr(holder.host, "-elsewhere") != NULL,
	    "with its host");
	lock_holder_clear(&holder);
	free(text);
	free(host);
}

static void
test_failure(void)
{
	struct draft_lock *lock = NULL;
	struct lock_holder holder;
	char *error = NULL;

	tap_is_int(lock_acquire("/nonexistent-folder/x/trip.yaml", &lock,
	    &holder, &error), LOCK_FAILED, "a folder that does not exist fails");
	tap_ok(error != NULL && strstr(error, "/nonexistent-folder/x/.trip.yaml.lock") != NULL,
	    "and the message names the lock file");
	free(error);
	lock_release(NULL);
	tap_ok(1, "lock_release(NULL) is harmless");
}

int
main(void)
{
	char dir[] = "/tmp/tripreport-lock.XXXXXX";
	char *draft, *lockfile;

	if (mkdtemp(dir) == NULL)
		return 99;
	draft = xasprintf("%s/trip.yaml", dir);
	test_path();
	test_take_and_release(draft);
	test_stale(draft);
	test_failure();
	lockfile = lock_path_for(draft);
	unlink(lockfile);
	rmdir(dir);
	free(lockfile);
	free(draft);
	return tap_done();
}
