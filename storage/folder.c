/* folder.c — making private folders (see folder.h). */
#include <config.h>

#include "storage/folder.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "lib/xalloc.h"

int
folder_make(const char *path)
{
	char *copy = xstrdup(path), *p;
	struct stat st;
	int rc = 0;

	for (p = copy + 1; rc == 0; p++) {
		char c = *p;

		if (c != '/' && c != '\0')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			rc = -1;
		else if (stat(copy, &st) != 0 || !S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			rc = -1;
		}
		*p = c;
		if (c == '\0')
			break;
	}
	free(copy);
	return rc;
}
