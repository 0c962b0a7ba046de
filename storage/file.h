/* file.h — reading and saving whole files safely.
 *
 * Owns the file-system rules of DESIGN.md: a save writes a temporary file
 * in the same folder, fsyncs it, renames it over the target and fsyncs the
 * folder, so a crash leaves the old or the new file, never a mix.  New
 * files are created mode 0600; an existing file keeps its mode.
 */
#ifndef TRIPREPORT_STORAGE_FILE_H
#define TRIPREPORT_STORAGE_FILE_H

#include <stddef.h>
#include <sys/types.h>

/* The largest draft or template read: anything bigger is refused. */
#define FILE_MAX_SIZE (8u * 1024u * 1024u)

/* Read the file at PATH whole, refusing more than MAX bytes.  Return 0 and
 * store a NUL-terminated copy in *DATA (caller frees) and its length in
 * *LEN; or return -1 and store a translated message that names PATH in
 * *ERROR (caller frees). */
int file_read(const char *path, size_t max, char **data, size_t *len,
    char **error);

/* Save LEN bytes of DATA at PATH atomically.  A new file gets MODE (0600
 * for drafts); an existing one keeps its mode.  When PATH is a symbolic
 * link, the file it points to is replaced and the link stays.  The
 * temporary file is NAME.tmp.XXXXXX (six random characters) beside the
 * file replaced, made by mkostemp() mode 0600; a process killed during
 * the save may leave it behind, and later saves are not troubled by it.
 * Return 0, or -1 with a translated message in *ERROR (caller frees); on
 * failure PATH is untouched and no temporary file is left. */
int file_save_atomic(const char *path, const char *data, size_t len,
    mode_t mode, char **error);

/* Create PATH with DATA only when it does not exist yet (O_EXCL), mode
 * MODE, and fsync it.  Return 0, 1 when PATH exists (nothing written), or
 * -1 with a translated message in *ERROR (caller frees). */
int file_create_new(const char *path, const char *data, size_t len,
    mode_t mode, char **error);

#endif
