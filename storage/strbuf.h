/* strbuf.h — a growing string, for building text piece by piece in
 * linear time.  Internal to storage/.
 */
#ifndef TRIPREPORT_STORAGE_STRBUF_H
#define TRIPREPORT_STORAGE_STRBUF_H

#include <stddef.h>

struct strbuf {
	char *data;	/* NUL-terminated once anything is added; owned */
	size_t len;
	size_t cap;
};

/* Make room in B for at least N more bytes and a NUL, for a writer that
 * fills data + len itself and then moves len. */
void strbuf_reserve(struct strbuf *b, size_t n);
/* Append the LEN bytes at S to B. */
void strbuf_add(struct strbuf *b, const char *s, size_t len);
/* Append the string S to B. */
void strbuf_str(struct strbuf *b, const char *s);
/* Return B's text (an empty string when nothing was added) and leave B
 * empty.  Caller frees. */
char *strbuf_take(struct strbuf *b);

#endif
