/* testfs.c — file-system helpers of the storage unit tests (see
 * testfs.h). */
#include <config.h>

#include "tests/unit/testfs.h"

#include <stdio.h>
#include <sys/stat.h>

#include "lib/xalloc.h"

char *
testfs_path(const char *dir, const char *name)
{
	return xasprintf("%s/%s", dir, name);
}

void
testfs_write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f != NULL) {
		fputs(text, f);
		fclose(f);
	}
}

int
testfs_mode_of(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (int)(st.st_mode & 07777) : -1;
}

bool
testfs_exists(const char *path)
{
	struct stat st;

	return lstat(path, &st) == 0;
}
