/* folder.h — making private folders, for the drafts folder, its trash
 * and the profile's folder.  Internal to storage/.
 */
#ifndef TRIPREPORT_STORAGE_FOLDER_H
#define TRIPREPORT_STORAGE_FOLDER_H

/* Make the folder PATH mode 0700, with the missing folders above it
 * (also 0700); existing ones are left as they are.  Return 0, or -1 with
 * errno set (ENOTDIR when a part of PATH is not a folder). */
int folder_make(const char *path);

#endif
