/* replay.c — a fuzz target's main for "make check": feed it every file of
 * its seeds (fuzz/seeds/NAME) and of the inputs that once broke it
 * (tests/data/hostile/fuzz/NAME), in name order; or of the folders named
 * on the command line.
 * A broken invariant aborts, which fails the test; each file that comes
 * through is one passing check. */
#include <config.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz/fuzz.h"
#include "lib/xalloc.h"
#include "storage/file.h"
#include "tests/tap.h"

/* Return the names in folder DIR, sorted, with their number in *N; none
 * when DIR cannot be read.  Caller frees each and the array. */
static char **
list_files(const char *dir, size_t *n)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t cap = 0;

	*n = 0;
	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[(*n)++] = xstrdup(e->d_name);
	}
	closedir(d);
	return names;
}

/* Order strings for qsort(). */
static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Feed every file of DIR to the target, one check each; a folder that
 * is not there fails the test only when REQUIRED. */
static void
replay_dir(const char *dir, bool required)
{
	size_t n, i;
	char **names = list_files(dir, &n);

	if (names == NULL && !required)
		return;
	tap_ok(names != NULL, "%s can be read", dir);
	if (names == NULL)
		return;
	qsort(names, n, sizeof *names, by_name);
	for (i = 0; i < n; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		char *data = NULL, *error = NULL;
		size_t len = 0;

		if (file_read(path, FILE_MAX_SIZE, &data, &len, &error) == 0) {
			LLVMFuzzerTestOneInput((const uint8_t *)data, len);
			tap_ok(1, "%s comes through", names[i]);
		} else {
			tap_ok(0, "%s: %s", names[i], error);
		}
		free(error);
		free(data);
		free(path);
		free(names[i]);
	}
	free(names);
}

int
main(int argc, char **argv)
{
	char *dir;
	int i;

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			replay_dir(argv[i], true);
		return tap_done();
	}
	dir = xasprintf("%s/fuzz/seeds/%s", REPLAY_TOP, REPLAY_NAME);
	replay_dir(dir, true);
	free(dir);
	dir = xasprintf("%s/tests/data/hostile/fuzz/%s", REPLAY_TOP,
	    REPLAY_NAME);
	replay_dir(dir, false);
	free(dir);
	return tap_done();
}
