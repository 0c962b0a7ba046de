/* xalloc.h — allocation that never returns NULL.
 *
 * Every part allocates through these.  When memory runs out, the hook set
 * with xalloc_set_failure_hook() runs first (the form uses it to write its
 * recovery file, the same path as a dropped connection), then the program
 * prints a message and exits with status 2.
 */
#ifndef TRIPREPORT_XALLOC_H
#define TRIPREPORT_XALLOC_H

#include <stddef.h>

/* Called once, before exiting, when an allocation fails. */
typedef void (*xalloc_failure_hook)(void);

/* Set (or, with NULL, clear) the hook run before exiting on failure. */
void xalloc_set_failure_hook(xalloc_failure_hook hook);

/* Return SIZE bytes of fresh memory.  Caller frees. */
void *xmalloc(size_t size);
/* Return NMEMB * SIZE zeroed bytes; the product is checked for overflow.
 * Caller frees. */
void *xcalloc(size_t nmemb, size_t size);
/* Return PTR resized to NMEMB * SIZE bytes, checked for overflow.
 * Caller frees the result, and no longer owns PTR. */
void *xreallocarray(void *ptr, size_t nmemb, size_t size);
/* Return a copy of the string S.  Caller frees. */
char *xstrdup(const char *s);
/* Return a copy of the first LEN bytes of S, NUL-terminated.  Caller frees. */
char *xstrndup(const char *s, size_t len);
/* Free the N strings of the array A, and A (NULL when N is 0). */
void free_strings(char **a, size_t n);
/* Return a newly formatted string, as printf would write it.  Caller frees. */
char *xasprintf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

#endif
