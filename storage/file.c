/* file.c — reading and saving whole files safely (see file.h). */
#include <config.h>

#include "storage/file.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

/* Return "PATH: what went wrong: strerror(ERR)" translated.  Caller frees. */
static char *
error_message(const char *path, const char *what, int err)
{
	return xasprintf("%s: %s: %s", path, what, strerror(err));
}

/* Read what FD holds, at most MAX bytes, into a new NUL-terminated buffer;
 * SIZE_HINT is the size stat reported.  Return 0, -1 on a read error
 * (errno kept), or 1 when the file holds more than MAX bytes. */
static int
read_all(int fd, size_t size_hint, size_t max, char **data, size_t *len)
{
	size_t cap = size_hint + 1, used = 0;
	char *buf = xmalloc(cap + 1);

	for (;;) {
		ssize_t n;

		if (used == cap) {
			/* The file grew while being read. */
			if (cap > max) {
				free(buf);
				return 1;
			}
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		n = read(fd, buf + used, cap - used);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int err = errno;

			free(buf);
			errno = err;
			return -1;
		}
		if (n == 0)
			break;
		used += (size_t)n;
	}
	if (used > max) {
		free(buf);
		return 1;
	}
	buf[used] = '\0';
	*data = buf;
	*len = used;
	return 0;
}

int
file_read(const char *path, size_t max, char **data, size_t *len,
    char **error)
{
	struct stat st;
	int fd, r;

	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY);
	if (fd < 0) {
		*error = error_message(path, _("cannot open"), errno);
		return -1;
	}
	if (fstat(fd, &st) != 0) {
		*error = error_message(path, _("cannot read"), errno);
		close(fd);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		*error = error_message(path, _("cannot read"), EISDIR);
		close(fd);
		return -1;
	}
	if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		*error = xasprintf(_("%s: the file is too big (%llu bytes; "
		    "at most %zu are read)"), path,
		    (unsigned long long)st.st_size, max);
		close(fd);
		return -1;
	}
	r = read_all(fd, S_ISREG(st.st_mode) ? (size_t)st.st_size : 4096,
	    max, data, len);
	if (r < 0)
		*error = error_message(path, _("cannot read"), errno);
	else if (r > 0)
		*error = xasprintf(_("%s: the file is too big (more than %zu "
		    "bytes)"), path, max);
	close(fd);
	return r == 0 ? 0 : -1;
}

/* Write LEN bytes of DATA to FD whole.  Return 0, or -1 (errno set). */
static int
write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, data, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Return the folder that holds PATH.  Caller frees. */
static char *
folder_of(const char *path)
{
	char *copy = xstrdup(path);
	char *dir = xstrdup(dirname(copy));

	free(copy);
	return dir;
}

/* Flush the folder DIR to disk, so that a rename in it is durable.
 * Return 0, or -1 (errno set). */
static int
sync_folder(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int r, err;

	if (fd < 0)
		return -1;
	r = fsync(fd);
	/* Some file systems cannot fsync a folder; that is no failure. */
	if (r != 0 && (errno == EINVAL || errno == ENOTSUP))
		r = 0;
	err = errno;
	close(fd);
	errno = err;
	return r;
}

/* Return the mode PATH should have after the save: the existing file's,
 * or MODE for a new one. */
static mode_t
target_mode(const char *path, mode_t mode)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return st.st_mode & 07777;
	return mode;
}

/* Write DATA into the temporary file FD (named TMP), give it MODE, flush
 * it and close it.  Return 0, or -1 with *WHAT naming the failed step
 * (errno set); FD is closed either way. */
static int
fill_temporary(int fd, const char *data, size_t len, mode_t mode,
    const char **what)
{
	int err;

	*what = _("cannot write");
	if (write_all(fd, data, len) != 0)
		goto fail;
	*what = _("cannot set the mode of");
	if (fchmod(fd, mode) != 0)
		goto fail;
	*what = _("cannot write");
	if (fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0)
		return -1;
	return 0;
fail:
	err = errno;
	close(fd);
	errno = err;
	return -1;
}

/* Return the file a save of PATH replaces: PATH, or the file a symbolic
 * link PATH points to, so that the link stays a link.  Caller frees. */
static char *
save_target(const char *path)
{
	struct stat st;
	char *real;

	if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return xstrdup(path);
	real = realpath(path, NULL);
	return real != NULL ? real : xstrdup(path);
}

/* Save as file_save_atomic() does, at PATH itself. */
static int
save_at(const char *path, const char *data, size_t len, mode_t mode,
    char **error)
{
	char *dir = folder_of(path);
	char *tmp = xasprintf("%s.tmp.XXXXXX", path);
	const char *what;
	int fd, err;

	/* Private (0600) until the rename, and not inherited by a child. */
	fd = mkostemp(tmp, O_CLOEXEC);
	if (fd < 0) {
		*error = error_message(dir, _("cannot create a file in"),
		    errno);
		goto out;
	}
	if (fill_temporary(fd, data, len, target_mode(path, mode),
	    &what) != 0) {
		*error = error_message(tmp, what, errno);
		goto remove;
	}
	if (rename(tmp, path) != 0) {
		*error = error_message(path, _("cannot replace"), errno);
		goto remove;
	}
	if (sync_folder(dir) != 0) {
		*error = error_message(dir, _("cannot write"), errno);
		goto out;
	}
	free(tmp);
	free(dir);
	return 0;
remove:
	err = errno;
	unlink(tmp);
	errno = err;
out:
	free(tmp);
	free(dir);
	return -1;
}

int
file_save_atomic(const char *path, const char *data, size_t len,
    mode_t mode, char **error)
{
	char *target = save_target(path);
	int r = save_at(target, data, len, mode, error);

	free(target);
	return r;
}

int
file_create_new(const char *path, const char *data, size_t len, mode_t mode,
    char **error)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY,
	    mode);
	char *dir;

	if (fd < 0 && errno == EEXIST)
		return 1;
	if (fd < 0) {
		*error = error_message(path, _("cannot create"), errno);
		return -1;
	}
	if (write_all(fd, data, len) != 0 || fsync(fd) != 0) {
		*error = error_message(path, _("cannot write"), errno);
		close(fd);
		unlink(path);
		return -1;
	}
	if (close(fd) != 0) {
		*error = error_message(path, _("cannot write"), errno);
		unlink(path);
		return -1;
	}
	dir = folder_of(path);
	sync_folder(dir);
	free(dir);
	return 0;
}
