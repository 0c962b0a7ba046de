/* tap.h — a small Test Anything Protocol writer for the C unit tests.
 *
 * A test program calls the checks below, each printing one "ok N" or
 * "not ok N" line with a description, then returns tap_done(), which
 * prints the plan and returns the number of failures as the exit status.
 */
#ifndef TRIPREPORT_TESTS_TAP_H
#define TRIPREPORT_TESTS_TAP_H

#include <stddef.h>

#if defined(__GNUC__)
# define TAP_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
# define TAP_PRINTF(a, b)
#endif

/* Record one check: passes when COND is non-zero.  Return COND. */
int tap_ok(int cond, const char *fmt, ...) TAP_PRINTF(2, 3);
/* Record that the integers GOT and WANT are equal. */
int tap_is_int(long long got, long long want, const char *fmt, ...)
    TAP_PRINTF(3, 4);
/* Record that the strings GOT and WANT are equal (NULL equals only NULL). */
int tap_is_str(const char *got, const char *want, const char *fmt, ...)
    TAP_PRINTF(3, 4);
/* Record that GOT_LEN bytes at GOT equal WANT_LEN bytes at WANT. */
int tap_is_mem(const void *got, size_t got_len, const void *want,
    size_t want_len, const char *fmt, ...) TAP_PRINTF(5, 6);
/* Print a "# ..." diagnostic line. */
void tap_diag(const char *fmt, ...) TAP_PRINTF(1, 2);
/* Record a skipped check with the reason. */
void tap_skip(const char *reason, ...) TAP_PRINTF(1, 2);
/* Print the plan; return the number of failed checks (capped at 255). */
int tap_done(void);

#endif
