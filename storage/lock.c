/* lock.c — the lock beside an open draft (see lock.h). */
#include <config.h>

#include "storage/lock.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

/* Return the folder part of PATH ("." when it has none).  Caller frees. */
static char *
folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *
lock_path_for(const char *draft_path)
{
	const char *slash = strrchr(draft_path, '/');
	const char *base = slash != NULL ? slash + 1 : draft_path;
	char *dir = folder_of(draft_path);
	char *path = xasprintf("%s/.%s.lock", dir, base);

	free(dir);
	return path;
}

/* Return this host's name.  Caller frees. */
static char *
this_host(void)
{
	char name[256];

	if (gethostname(name, sizeof name) != 0)
		return xstrdup("localhost");
	name[sizeof name - 1] = '\0';
	return xstrdup(name);
}

/* Return the login name of this process's user.  Caller frees. */
static char *
this_user(void)
{
	struct passwd *pw = getpwuid(getuid());
	const char *env = getenv("USER");

	if (pw != NULL && pw->pw_name != NULL)
		return xstrdup(pw->pw_name);
	return xstrdup(env != NULL ? env : "?");
}

void
lock_holder_clear(struct lock_holder *holder)
{
	free(holder->user);
	free(holder->host);
	memset(holder, 0, sizeof *holder);
}

/* Return the text of a lock held by this process, now.  Caller frees. */
static char *
lock_text(void)
{
	char *user = this_user(), *host = this_host(), *text;

	text = xasprintf("user: %s\nhost: %s\npid: %ld\nsince: %lld\n", user,
	    host, (long)getpid(), (long long)time(NULL));
	free(user);
	free(host);
	return text;
}

/* Store the value of "KEY: value" lines of TEXT in HOLDER. */
static void
parse_lock_text(const char *text, struct lock_holder *holder)
{
	const char *line = text;

	while (*line != '\0') {
		size_t len = strcspn(line, "\n");
		char *l = xstrndup(line, len);

		if (strncmp(l, "user: ", 6) == 0 && holder->user == NULL)
			holder->user = xstrdup(l + 6);
		else if (strncmp(l, "host: ", 6) == 0 && holder->host == NULL)
			holder->host = xstrdup(l + 6);
		else if (strncmp(l, "pid: ", 5) == 0)
			holder->pid = strtol(l + 5, NULL, 10);
		else if (strncmp(l, "since: ", 7) == 0)
			holder->since = (time_t)strtoll(l + 7, NULL, 10);
		free(l);
		line += len;
		if (*line == '\n')
			line++;
	}
}

/* Read the lock file at PATH into *HOLDER: 0, or -1 when unreadable. */
static int
read_lock_file(const char *path, struct lock_holder *holder)
{
	char buf[1024];
	ssize_t n;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);

	memset(holder, 0, sizeof *holder);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n < 0)
		return -1;
	buf[n] = '\0';
	parse_lock_text(buf, holder);
	if (holder->user == NULL)
		holder->user = xstrdup("?");
	if (holder->host == NULL)
		holder->host = xstrdup("?");
	return 0;
}

int
lock_read(const char *draft_path, struct lock_holder *holder)
{
	char *path = lock_path_for(draft_path);
	int rc = read_lock_file(path, holder);

	free(path);
	return rc;
}

/* Return true when HOLDER is a process of this host that no longer runs. */
static bool
holder_is_dead(const struct lock_holder *holder)
{
	char *host = this_host();
	bool same_host = strcmp(host, holder->host) == 0;

	free(host);
	if (!same_host || holder->pid <= 0)
		return false;
	return kill((pid_t)holder->pid, 0) != 0 && errno == ESRCH;
}

/* Return true when HOLDER is this very process. */
static bool
holder_is_us(const struct lock_holder *holder)
{
	char *host = this_host();
	bool us = holder->pid == (long)getpid() && strcmp(host, holder->host) == 0;

	free(host);
	return us;
}

/* Write TEXT to a new private file at PATH and sync it: 0, or -1. */
static int
write_unique(const char *path, const char *text)
{
	size_t len = strlen(text), done = 0;
	int fd;

	unlink(path);	/* a leftover of this host and pid is ours */
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return -1;
	while (done < len) {
		ssize_t n = write(fd, text + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		done += (size_t)n;
	}
	if (fsync(fd) != 0 || close(fd) != 0) {
		unlink(path);
		return -1;
	}
	return 0;
}

/* Link UNIQUE to LOCK: 0 when the lock is now ours, -1 when it exists.
 * A link that reports an error may still have happened on NFS; the link
 * count of UNIQUE tells. */
static int
link_lock(const char *unique, const char *lock)
{
	struct stat st;

	if (link(unique, lock) == 0)
		return 0;
	if (stat(unique, &st) == 0 && st.st_nlink == 2)
		return 0;
	return -1;
}

/* Take over the stale lock at LOCK with UNIQUE: 0 when it is ours. */
static int
take_over(const char *unique, const char *lock)
{
	struct lock_holder now;
	int ours;

	if (rename(unique, lock) != 0)
		return -1;
	/* Two processes may take over at once: the last rename wins. */
	if (read_lock_file(lock, &now) != 0)
		return -1;
	ours = holder_is_us(&now);
	lock_holder_clear(&now);
	return ours ? 0 : -1;
}

enum lock_status
lock_acquire(const char *draft_path, struct draft_lock **lock,
    struct lock_holder *holder, char **error)
{
	char *path = lock_path_for(draft_path), *host = this_host();
	char *unique = xasprintf("%s.%s.%ld", path, host, (long)getpid());
	char *text = lock_text();
	enum lock_status status;

	free(host);
	memset(holder, 0, sizeof *holder);
	if (write_unique(unique, text) != 0) {
		*error = xasprintf(_("cannot make the lock %s: %s"), path,
		    strerror(errno));
		status = LOCK_FAILED;
	} else if (link_lock(unique, path) == 0) {
		status = LOCK_ACQUIRED;
	} else if (read_lock_file(path, holder) == 0 && holder_is_dead(holder)
	    && take_over(unique, path) == 0) {
		status = LOCK_TAKEN_OVER;
	} else {
		lock_holder_clear(holder);
		if (read_lock_file(path, holder) != 0) {
			holder->user = xstrdup("?");
			holder->host = xstrdup("?");
		}
		status = LOCK_BUSY;
	}
	unlink(unique);
	free(unique);
	free(text);
	if (status == LOCK_ACQUIRED || status == LOCK_TAKEN_OVER) {
		*lock = xmalloc(sizeof **lock);
		(*lock)->path = path;
	} else {
		*lock = NULL;
		free(path);
	}
	return status;
}

void
lock_release(struct draft_lock *lock)
{
	struct lock_holder now;

	if (lock == NULL)
		return;
	if (read_lock_file(lock->path, &now) == 0) {
		if (holder_is_us(&now))
			unlink(lock->path);
		lock_holder_clear(&now);
	}
	free(lock->path);
	free(lock);
}
