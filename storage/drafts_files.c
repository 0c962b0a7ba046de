/* drafts_files.c — the browser's actions on the files of the drafts
 * folder: new names, duplicate, rename, delete to the trash and restore
 * (see drafts.h). */
#include <config.h>

#include "storage/drafts.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/lock.h"
#include "storage/recovery.h"

/* A suggested name keeps at most this many characters of the title. */
#define NAME_CHARS 40

/* The suffix of a draft file. */
static const char suffix[] = ".yaml";

bool
drafts_name_ok(const char *name)
{
	const unsigned char *p;

	if (name == NULL || name[0] == '\0' || name[0] == '.'
	    || strlen(name) > 255 || !text_valid_utf8(name, strlen(name), NULL))
		return false;
	for (p = (const unsigned char *)name; *p != '\0'; p++)
		if (*p == '/' || *p < 0x20 || *p == 0x7F)
			return false;
	return true;
}

/* Return NAME with ".yaml" added when it does not end so.  Caller
 * frees. */
static char *
with_suffix(const char *name)
{
	size_t len = strlen(name), n = sizeof suffix - 1;

	if (len > n && strcmp(name + len - n, suffix) == 0)
		return xstrdup(name);
	return xasprintf("%s%s", name, suffix);
}

/* Return true when the path PATH is taken: by a file of any kind, or by
 * the lock or recovery file of a draft there. */
static bool
taken(const char *path)
{
	char *lock = lock_path_for(path);
	struct stat st;
	bool t = lstat(path, &st) == 0 || lstat(lock, &st) == 0
	    || recovery_exists(path, NULL);

	free(lock);
	return t;
}

/* Return the first name STEM.yaml, STEM-2.yaml, STEM-3.yaml ... that is
 * not taken in DIR.  Caller frees. */
static char *
free_name(const char *dir, const char *stem)
{
	unsigned long n;

	for (n = 1;; n++) {
		char *name = n == 1 ? xasprintf("%s%s", stem, suffix)
		    : xasprintf("%s-%lu%s", stem, n, suffix);
		char *path = xasprintf("%s/%s", dir, name);
		bool t = taken(path);

		free(path);
		if (!t)
			return name;
		free(name);
	}
}

/* Return NAME without its ".yaml".  Caller frees. */
static char *
stem_of(const char *name)
{
	size_t len = strlen(name), n = sizeof suffix - 1;

	if (len > n && strcmp(name + len - n, suffix) == 0)
		return xstrndup(name, len - n);
	return xstrdup(name);
}

/* Return true when CP may stand in a suggested file name: an ASCII letter
 * or digit, '-' or '_', or a character beyond ASCII that is no space,
 * punctuation (general, CJK or full-width), control or invisible one. */
static bool
name_char(uint32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')
		    || (cp >= '0' && cp <= '9') || cp == '-' || cp == '_';
	if (cp < 0xA0 || text_is_space(cp) || text_shown_escaped(cp)
	    || text_char_width(cp) == 0)
		return false;
	if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F)
	    || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
	    || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
	    || cp == 0xFFFD)
		return false;
	return true;
}

/* Return TITLE cut down to safe characters: runs of others become one
 * '-', none at either end; at most NAME_CHARS characters.  Caller frees;
 * the result may be empty. */
static char *
safe_stem(const char *title)
{
	size_t len = strlen(title), i = 0, o = 0, chars = 0;
	char *out = xmalloc(len + 1);
	bool dash = false;

	while (i < len && chars < NAME_CHARS) {
		uint32_t cp;
		int n = text_decode(title + i, len - i, &cp);
		size_t step = n > 0 ? (size_t)n : 1;

		if (n > 0 && name_char(cp) && cp != '-') {
			if (dash && o > 0)
				out[o++] = '-';
			memcpy(out + o, title + i, step);
			o += step;
			chars++;
			dash = false;
		} else
			dash = true;
		i += step;
	}
	out[o] = '\0';
	return out;
}

char *
drafts_suggest_name(const char *dir, const char *title, struct date today)
{
	char *stem = safe_stem(title != NULL ? title : ""), *name;
	char iso[DATE_BUFSIZE];

	if (*stem == '\0') {
		free(stem);
		stem = xstrdup(date_to_iso(today, iso));
	}
	name = free_name(dir, stem);
	free(stem);
	return name;
}

/* Return true when field F holds what belongs to one trip only. */
static bool
trip_field(const struct template_field *f)
{
	switch (f->kind) {
	case FIELD_DATE:
	case FIELD_DATERANGE:
	case FIELD_MULTILINE:
	case FIELD_INTEGER:
		return true;
	case FIELD_TEXT:
		return f->body || f->pattern != NULL;
	default:
		return f->body;
	}
}

void
drafts_clear_trip(struct draft *d, const struct template *t)
{
	struct draft *fresh = draft_new(t);
	size_t i;

	for (i = 0; i < t->n_fields; i++) {
		const struct template_field *f = &t->fields[i];

		if (trip_field(f))
			value_copy(draft_put(d, t, f->id),
			    draft_get(fresh, f->id));
	}
	draft_free(fresh);
}

int
drafts_duplicate(const char *dir, const char *name,
    struct template_cache *cache, struct date today, char **new_name,
    char **error)
{
	struct problem_list errors;
	const struct template *t;
	char *path, *copy_path;
	struct draft *d;
	int rc;

	if (!drafts_name_ok(name)) {
		*error = xasprintf(_("'%s' is not a plain file name"), name);
		return -1;
	}
	path = xasprintf("%s/%s", dir, name);
	problem_list_init(&errors);
	d = draft_file_read(path, cache, &t, &errors);
	free(path);
	if (d == NULL) {
		*error = xasprintf(_("cannot read %s: %s"), name,
		    errors.n > 0 ? errors.items[0].message : "?");
		problem_list_free(&errors);
		return -1;
	}
	problem_list_free(&errors);
	drafts_clear_trip(d, t);
	*new_name = drafts_suggest_name(dir, draft_get_text(d, "title"),
	    today);
	copy_path = xasprintf("%s/%s", dir, *new_name);
	rc = draft_file_create(copy_path, d, t, error);
	if (rc == 1)
		*error = xasprintf(_("%s exists already"), *new_name);
	if (rc != 0) {
		free(*new_name);
		*new_name = NULL;
	}
	free(copy_path);
	draft_free(d);
	return rc == 0 ? 0 : -1;
}

char *
drafts_trash_dir(const char *dir)
{
	return xasprintf("%s/%s", dir, DRAFTS_TRASH);
}

/* Move the file FROM to TO, never over an existing TO.  Return 0, or -1
 * with errno set. */
static int
move_no_replace(const char *from, const char *to)
{
	struct stat st;

	if (link(from, to) == 0)
		return unlink(from);
	if (errno == EEXIST)
		return -1;
	/* No hard links here (some network and FUSE file systems). */
	if (lstat(to, &st) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(from, to);
}

/* Return a translated message saying who holds the lock of the draft
 * NAME.  Caller frees. */
static char *
busy_message(const char *name, const struct lock_holder *h)
{
	return xasprintf(_("%s is open by %s on %s (pid %ld); try again when "
	    "it is closed"), name, h->user, h->host, h->pid);
}

/* Move the draft FROM, with its recovery file, to TO, which is not taken.
 * Return 0, 1 when TO is taken (nothing moved), or -1 with errno set
 * (nothing moved). */
static int
move_with_recovery(const char *from, const char *to)
{
	char *rec_from = recovery_path_for(from), *rec_to = recovery_path_for(to);
	bool rec = recovery_exists(from, NULL);
	int rc = 0, err;

	if (taken(to))
		rc = 1;
	else if (move_no_replace(from, to) != 0)
		rc = errno == EEXIST ? 1 : -1;
	else if (rec && move_no_replace(rec_from, rec_to) != 0) {
		/* Both go, or neither: put the draft back. */
		err = errno;
		if (move_no_replace(to, from) != 0)
			err = errno;
		errno = err;
		rc = -1;
	}
	free(rec_from);
	free(rec_to);
	return rc;
}

/* Move the draft FROM_DIR/FROM_NAME, with its recovery file, to
 * TO_DIR/TO_NAME, holding its lock meanwhile.  Return 0, 1 when TO_NAME is
 * taken, or -1; on 1 and -1 store a translated message in *ERROR (caller
 * frees). */
static int
move_draft(const char *from_dir, const char *from_name, const char *to_dir,
    const char *to_name, char **error)
{
	char *from = xasprintf("%s/%s", from_dir, from_name);
	char *to = xasprintf("%s/%s", to_dir, to_name);
	struct draft_lock *lock = NULL;
	struct lock_holder holder;
	enum lock_status st;
	int rc = -1;

	st = lock_acquire(from, &lock, &holder, error);
	if (st == LOCK_BUSY)
		*error = busy_message(from_name, &holder);
	else if (st != LOCK_FAILED) {
		rc = move_with_recovery(from, to);
		if (rc == 1)
			*error = xasprintf(_("%s exists already"), to_name);
		else if (rc != 0)
			*error = xasprintf(_("cannot move %s: %s"), from_name,
			    strerror(errno));
	}
	if (st == LOCK_BUSY || st == LOCK_TAKEN_OVER)
		lock_holder_clear(&holder);
	lock_release(lock);
	free(from);
	free(to);
	return rc;
}

int
drafts_rename(const char *dir, const char *from, const char *to,
    char **error)
{
	char *name;
	int rc;

	if (!drafts_name_ok(from) || !drafts_name_ok(to)) {
		*error = xasprintf(_("'%s' is not a plain file name"),
		    drafts_name_ok(from) ? to : from);
		return -1;
	}
	name = with_suffix(to);
	rc = move_draft(dir, from, dir, name, error);
	free(name);
	return rc == 0 ? 0 : -1;
}

/* Make sure the trash folder TRASH exists, mode 0700.  Return 0, or -1
 * with a translated message in *ERROR (caller frees). */
static int
prepare_trash(const char *trash, char **error)
{
	struct stat st;

	if (mkdir(trash, 0700) != 0 && errno != EEXIST) {
		*error = xasprintf(_("cannot make the trash folder %s: %s"),
		    trash, strerror(errno));
		return -1;
	}
	if (lstat(trash, &st) != 0 || !S_ISDIR(st.st_mode)) {
		*error = xasprintf(_("the trash %s is not a folder"), trash);
		return -1;
	}
	return 0;
}

/* Move the draft NAME of FROM to a free name in TO, stored in *MOVED.
 * Return 0, or -1 with a translated message in *ERROR (caller frees). */
static int
move_to_free_name(const char *from, const char *name, const char *to,
    char **moved, char **error)
{
	char *stem;
	int rc = 1, tries;

	*moved = NULL;
	if (!drafts_name_ok(name)) {
		*error = xasprintf(_("'%s' is not a plain file name"), name);
		return -1;
	}
	stem = stem_of(name);
	/* Another process may take the free name first: try the next. */
	for (tries = 0; rc == 1 && tries < 100; tries++) {
		if (tries > 0)
			free(*error);
		free(*moved);
		*moved = free_name(to, stem);
		rc = move_draft(from, name, to, *moved, error);
	}
	free(stem);
	if (rc != 0) {
		free(*moved);
		*moved = NULL;
	}
	return rc == 0 ? 0 : -1;
}

int
drafts_delete(const char *dir, const char *name, char **trashed,
    char **error)
{
	char *trash = drafts_trash_dir(dir);
	int rc = prepare_trash(trash, error);

	*trashed = NULL;
	if (rc == 0)
		rc = move_to_free_name(dir, name, trash, trashed, error);
	free(trash);
	return rc;
}

int
drafts_restore(const char *dir, const char *name, char **restored,
    char **error)
{
	char *trash = drafts_trash_dir(dir);
	int rc = move_to_free_name(trash, name, dir, restored, error);

	free(trash);
	return rc;
}
