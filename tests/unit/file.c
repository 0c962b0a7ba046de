/* Unit tests of storage/file.c: capped reads, atomic saves that keep the
 * mode and leave no temporary file, and creation that never overwrites. */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "storage/file.h"
#include "tests/tap.h"
#include "tests/unit/testfs.h"

/* The scratch folder of this run. */
static char folder[] = "/tmp/tripreport-file.XXXXXX";

/* Return the path of NAME in the scratch folder.  Caller frees. */
static char *
scratch(const char *name)
{
	return testfs_path(folder, name);
}

/* Return how many entries of the scratch folder hold ".tmp.". */
static int
temporaries(void)
{
	DIR *d = opendir(folder);
	struct dirent *de;
	int n = 0;

	while (d != NULL && (de = readdir(d)) != NULL)
		if (strstr(de->d_name, ".tmp.") != NULL)
			n++;
	if (d != NULL)
		closedir(d);
	return n;
}

/* Reads: whole, capped, missing. */
static void
test_read(void)
{
	char *path = scratch("read.txt"), *data = NULL, *error = NULL;
	size_t len = 0;

	testfs_write_text(path, "0123456789");
	tap_is_int(file_read(path, 100, &data, &len, &error), 0,
	    "a small file is read");
	tap_is_mem(data, len, "0123456789", 10, "whole");
	tap_is_int(data != NULL ? data[len] : -1, 0, "and NUL-terminated");
	free(data);
	tap_is_int(file_read(path, 10, &data, &len, &error), 0,
	    "a file of exactly the cap is read");
	free(data);
	tap_is_int(file_read(path, 9, &data, &len, &error), -1,
	    "a file over the cap is refused");
	tap_ok(error != NULL && strstr(error, "too big") != NULL
	    && strstr(error, path) != NULL, "the error names the file and "
	    "says it is too big: %s", error ? error : "(none)");
	free(error);
	error = NULL;
	tap_is_int(file_read(folder, 100, &data, &len, &error), -1,
	    "a folder is refused");
	free(error);
	error = NULL;
	free(path);
	path = scratch("missing.txt");
	tap_is_int(file_read(path, 100, &data, &len, &error), -1,
	    "a missing file is an error");
	tap_ok(error != NULL && strstr(error, "missing.txt") != NULL,
	    "which names it: %s", error ? error : "(none)");
	free(error);
	free(path);
}

/* Atomic saves: new files 0600, existing modes kept, nothing left. */
static void
test_save(void)
{
	char *path = scratch("draft.yaml"), *data = NULL, *error = NULL;
	char *bad;
	size_t len;

	tap_is_int(file_save_atomic(path, "one\n", 4, 0600, &error), 0,
	    "a new file is saved");
	tap_is_int(testfs_mode_of(path), 0600, "with mode 0600");
	chmod(path, 0640);
	tap_is_int(file_save_atomic(path, "two\n", 4, 0600, &error), 0,
	    "an existing file is saved over");
	tap_is_int(testfs_mode_of(path), 0640, "and keeps its mode 0640");
	if (file_read(path, 100, &data, &len, &error) == 0) {
		tap_is_mem(data, len, "two\n", 4, "with the new text");
		free(data);
	} else {
		tap_ok(0, "the saved file reads back: %s", error);
	}
	tap_is_int(temporaries(), 0, "no temporary file is left");
	bad = scratch("no-such-folder/draft.yaml");
	tap_is_int(file_save_atomic(bad, "x", 1, 0600, &error), -1,
	    "a save into a missing folder fails");
	tap_ok(error != NULL && strstr(error, "no-such-folder") != NULL,
	    "with a message naming it: %s", error ? error : "(none)");
	free(error);
	error = NULL;
	tap_is_int(temporaries(), 0, "and leaves no temporary file");
	free(bad);
	free(path);
}

/* A save through a symbolic link replaces the file it points to. */
static void
test_symlink(void)
{
	char *target = scratch("target.yaml"), *link = scratch("link.yaml");
	char *data = NULL, *error = NULL;
	struct stat st;
	size_t len;

	testfs_write_text(target, "old\n");
	if (symlink("target.yaml", link) != 0) {
		tap_skip("no symbolic links here");
		goto out;
	}
	tap_is_int(file_save_atomic(link, "new\n", 4, 0600, &error), 0,
	    "a save through a link succeeds");
	tap_ok(lstat(link, &st) == 0 && S_ISLNK(st.st_mode),
	    "the link stays a link");
	if (file_read(target, 100, &data, &len, &error) == 0) {
		tap_is_mem(data, len, "new\n", 4, "the file it points to is "
		    "replaced");
		free(data);
	} else {
		tap_ok(0, "the target reads back: %s", error);
	}
	tap_is_int(temporaries(), 0, "no temporary file is left");
out:
	free(target);
	free(link);
}

/* A save that fails midway (the target is a folder) leaves nothing. */
static void
test_save_failure(void)
{
	char *path = scratch("a-folder"), *error = NULL;

	mkdir(path, 0700);
	tap_is_int(file_save_atomic(path, "x", 1, 0600, &error), -1,
	    "a save over a folder fails");
	tap_ok(error != NULL, "with a message: %s", error ? error : "(none)");
	tap_is_int(temporaries(), 0, "and removes its temporary file");
	free(error);
	rmdir(path);
	free(path);
}

/* Creation never overwrites. */
static void
test_create(void)
{
	char *path = scratch("new.yaml"), *data = NULL, *error = NULL;
	size_t len;

	tap_is_int(file_create_new(path, "first\n", 6, 0600, &error), 0,
	    "a new file is created");
	tap_is_int(testfs_mode_of(path), 0600, "mode 0600");
	tap_is_int(file_create_new(path, "second\n", 7, 0600, &error), 1,
	    "an existing file is not overwritten");
	if (file_read(path, 100, &data, &len, &error) == 0) {
		tap_is_mem(data, len, "first\n", 6, "its text is untouched");
		free(data);
	} else {
		tap_ok(0, "the file reads back: %s", error);
	}
	free(path);
}

/* Remove the scratch folder and what it holds. */
static void
cleanup(void)
{
	DIR *d = opendir(folder);
	struct dirent *de;

	while (d != NULL && (de = readdir(d)) != NULL) {
		char *p;

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		p = scratch(de->d_name);
		unlink(p);
		free(p);
	}
	if (d != NULL)
		closedir(d);
	rmdir(folder);
}

int
main(void)
{
	if (mkdtemp(folder) == NULL) {
		perror("mkdtemp");
		return 99;
	}
	umask(022);
	test_read();
	test_save();
	test_symlink();
	test_save_failure();
	test_create();
	cleanup();
	return tap_done();
}
