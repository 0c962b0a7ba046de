/* recovery.c — the recovery file beside a draft (see recovery.h). */
#include <config.h>

#include "storage/recovery.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_yaml.h"
#include "storage/file.h"

/* One session's recovery file and the identity of what it last wrote. */
struct recovery {
	char *path;		/* the recovery file; owned */
	bool written;		/* this session wrote or adopted it */
	dev_t dev;		/* the file written last, when WRITTEN: an */
	ino_t ino;		/* inode number may be used again once */
	struct timespec ctime;	/* freed, its time of change hardly */
};

char *
recovery_path_for(const char *draft_path)
{
	const char *slash = strrchr(draft_path, '/');

	if (slash == NULL)
		return xasprintf("./.%s.recover", draft_path);
	return xasprintf("%.*s/.%s.recover", (int)(slash - draft_path),
	    draft_path, slash + 1);
}

bool
recovery_exists(const char *draft_path, time_t *mtime)
{
	char *path = recovery_path_for(draft_path);
	struct stat st;
	bool there = lstat(path, &st) == 0 && S_ISREG(st.st_mode);

	if (there && mtime != NULL)
		*mtime = st.st_mtime;
	free(path);
	return there;
}

/* Return D when it is a draft of T with values of the shapes T wants;
 * else free D and return NULL after appending an error. */
static struct draft *
check_recovered(struct draft *d, const struct template *t,
    struct problem_list *errors)
{
	const struct value *v = value_map_get(&d->top, "template");

	if (strcmp(d->template_id, t->id) != 0) {
		problem_add(errors, PROBLEM_ERROR, "template",
		    v != NULL ? v->line : 0, v != NULL ? v->col : 0,
		    _("the recovered draft is of template '%s', not '%s'"),
		    d->template_id, t->id);
		draft_free(d);
		return NULL;
	}
	if (draft_yaml_check_shapes(d, t, errors) != 0) {
		draft_free(d);
		return NULL;
	}
	return d;
}

struct draft *
recovery_load(const char *draft_path, const struct template *t,
    struct problem_list *errors)
{
	char *path = recovery_path_for(draft_path), *data, *error;
	struct draft *d;
	size_t len;

	if (file_read(path, FILE_MAX_SIZE, &data, &len, &error) != 0) {
		problem_add(errors, PROBLEM_ERROR, NULL, 0, 0, "%s", error);
		free(error);
		free(path);
		return NULL;
	}
	free(path);
	d = draft_yaml_load(data, len, errors);
	free(data);
	return d != NULL ? check_recovered(d, t, errors) : NULL;
}

int
recovery_discard(const char *draft_path, char **error)
{
	char *path = recovery_path_for(draft_path);
	int rc = 0;

	if (unlink(path) != 0 && errno != ENOENT) {
		*error = xasprintf(_("cannot remove %s: %s"), path,
		    strerror(errno));
		rc = -1;
	}
	free(path);
	return rc;
}

struct recovery *
recovery_new(const char *draft_path)
{
	struct recovery *r = xcalloc(1, sizeof *r);

	r->path = recovery_path_for(draft_path);
	return r;
}

void
recovery_free(struct recovery *r)
{
	if (r == NULL)
		return;
	free(r->path);
	free(r);
}

bool
recovery_written(const struct recovery *r)
{
	return r->written;
}

/* Return true when the file at R's path is the one R wrote last; store
 * in *THERE whether any file is there. */
static bool
still_ours(const struct recovery *r, bool *there)
{
	struct stat st;

	*there = lstat(r->path, &st) == 0;
	return *there && r->written && st.st_dev == r->dev
	    && st.st_ino == r->ino && st.st_ctim.tv_sec == r->ctime.tv_sec
	    && st.st_ctim.tv_nsec == r->ctime.tv_nsec;
}

/* Remember the file now at R's path as R's own: 0, or -1 when none. */
static int
remember(struct recovery *r)
{
	struct stat st;

	if (lstat(r->path, &st) != 0 || !S_ISREG(st.st_mode))
		return -1;
	r->written = true;
	r->dev = st.st_dev;
	r->ino = st.st_ino;
	r->ctime = st.st_ctim;
	return 0;
}

enum recovery_status
recovery_write(struct recovery *r, const struct draft *d,
    const struct template *t, char **error)
{
	bool there;
	size_t len;
	char *text;
	int rc;

	if (!still_ours(r, &there) && there) {
		*error = xasprintf(_("%s holds changes of another session; "
		    "restore or discard them first"), r->path);
		return RECOVERY_NOT_OURS;
	}
	text = draft_yaml_emit(d, t, &len);
	rc = file_save_atomic(r->path, text, len, 0600, error);
	free(text);
	if (rc != 0)
		return RECOVERY_FAILED;
	if (remember(r) != 0) {
		*error = xasprintf(_("%s vanished as it was written"),
		    r->path);
		return RECOVERY_FAILED;
	}
	return RECOVERY_WRITTEN;
}

int
recovery_adopt(struct recovery *r)
{
	return remember(r);
}

int
recovery_remove(struct recovery *r, char **error)
{
	bool there;

	if (!still_ours(r, &there)) {
		r->written = false;
		return 0;
	}
	r->written = false;
	if (unlink(r->path) != 0 && errno != ENOENT) {
		*error = xasprintf(_("cannot remove %s: %s"), r->path,
		    strerror(errno));
		return -1;
	}
	return 0;
}
