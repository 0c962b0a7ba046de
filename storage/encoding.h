/* encoding.h — text between UTF-8 and the character sets of printers and
 * older systems (BIG5, CP950, and any other that iconv knows).
 *
 * The model is UTF-8 throughout; this module converts at the edge.  One
 * conversion descriptor is kept per charset and direction, opened on first
 * use.  A character that the target cannot hold is an error that says
 * which character and where, so that the caller can name the field it
 * came from; in replace mode a marker takes its place instead.
 */
#ifndef TRIPREPORT_STORAGE_ENCODING_H
#define TRIPREPORT_STORAGE_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum encoding_status {
	ENCODING_OK = 0,
	ENCODING_UNMAPPABLE,	/* a character the target cannot hold */
	ENCODING_INVALID,	/* input bytes that are not valid in the source
				   charset (or a sequence cut short) */
	ENCODING_UNKNOWN	/* a charset iconv does not know */
};

/* Where a conversion stopped, and why. */
struct encoding_error {
	enum encoding_status status;
	size_t offset;		/* byte offset in the input */
	uint32_t cp;		/* UNMAPPABLE: the character (from UTF-8) */
	char glyph[5];		/* UNMAPPABLE: its UTF-8 form, NUL-ended */
};

/* Return true when CHARSET names UTF-8 (UTF-8, utf8, any case). */
bool encoding_is_utf8(const char *charset);

/* Convert LEN bytes of UTF-8 at IN to CHARSET.  Return ENCODING_OK and
 * store the result in *OUT (NUL-terminated, caller frees) and its length
 * in *OUT_LEN.  In REPLACE mode a character CHARSET cannot hold becomes
 * 〓 where CHARSET has it, else '?'; otherwise it is an error.  On error
 * nothing is stored in *OUT and *ERR says what and where. */
enum encoding_status encoding_from_utf8(const char *charset, const char *in,
    size_t len, bool replace, char **out, size_t *out_len,
    struct encoding_error *err);

/* Convert LEN bytes in CHARSET at IN to UTF-8.  Return ENCODING_OK and
 * store the result in *OUT (NUL-terminated, caller frees) and its length
 * in *OUT_LEN, or an error with its place in *ERR. */
enum encoding_status encoding_to_utf8(const char *charset, const char *in,
    size_t len, char **out, size_t *out_len, struct encoding_error *err);

/* Return the charset the LEN bytes at DATA are written in, as far as can
 * be told: "UTF-8" when they are valid UTF-8, else "CP950" or "BIG5" when
 * they convert from it, else NULL. */
const char *encoding_detect(const char *data, size_t len);

/* Return a translated one-line message for ERR (converting to or from
 * CHARSET): the character as U+XXXX and its glyph, or the offset of bad
 * bytes.  Caller frees. */
char *encoding_error_message(const struct encoding_error *err,
    const char *charset);

/* Close every cached conversion descriptor. */
void encoding_cache_free(void);

#endif
