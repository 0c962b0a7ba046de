/* testfs.h — small file-system helpers the storage unit tests share:
 * paths in a scratch folder, files written with plain stdio, and what a
 * path is on disk. */
#ifndef TRIPREPORT_TESTS_UNIT_TESTFS_H
#define TRIPREPORT_TESTS_UNIT_TESTFS_H

#include <stdbool.h>

/* Return the path of NAME in folder DIR.  Caller frees. */
char *testfs_path(const char *dir, const char *name);

/* Write TEXT to PATH with plain stdio (nothing when it cannot open). */
void testfs_write_text(const char *path, const char *text);

/* Return the mode bits of PATH, or -1. */
int testfs_mode_of(const char *path);

/* Return true when PATH exists (a dangling link counts). */
bool testfs_exists(const char *path);

#endif
