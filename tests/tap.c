/* tap.c — the TAP writer (see tap.h). */
#include <config.h>

#include "tests/tap.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

/* Print the "ok N - description" line for a check; return COND. */
static int
report(int cond, const char *fmt, va_list ap)
{
	tap_count++;
	if (!cond)
		tap_failed++;
	printf("%sok %d - ", cond ? "" : "not ", tap_count);
	vprintf(fmt, ap);
	putchar('\n');
	fflush(stdout);
	return cond;
}

int
tap_ok(int cond, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(cond, fmt, ap);
	va_end(ap);
	return cond;
}

int
tap_is_int(long long got, long long want, const char *fmt, ...)
{
	va_list ap;
	int cond = got == want;

	va_start(ap, fmt);
	report(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		printf("#   got:  %lld\n#   want: %lld\n", got, want);
	return cond;
}

int
tap_is_str(const char *got, const char *want, const char *fmt, ...)
{
	va_list ap;
	int cond;

	if (got == NULL || want == NULL)
		cond = got == want;
	else
		cond = strcmp(got, want) == 0;
	va_start(ap, fmt);
	report(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		printf("#   got:  %s%s%s\n#   want: %s%s%s\n",
		    got ? "'" : "", got ? got : "(null)", got ? "'" : "",
		    want ? "'" : "", want ? want : "(null)", want ? "'" : "");
	return cond;
}

int
tap_is_mem(const void *got, size_t got_len, const void *want,
    size_t want_len, const char *fmt, ...)
{
	va_list ap;
	int cond = got_len == want_len
	    && (got_len == 0 || memcmp(got, want, got_len) == 0);

	va_start(ap, fmt);
	report(cond, fmt, ap);
	va_end(ap);
	if (!cond)
		printf("#   got %zu bytes, want %zu bytes\n", got_len, want_len);
	return cond;
}

void
tap_diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void
tap_skip(const char *reason, ...)
{
	va_list ap;

	tap_count++;
	printf("ok %d # SKIP ", tap_count);
	va_start(ap, reason);
	vprintf(reason, ap);
	va_end(ap);
	putchar('\n');
}

int
tap_done(void)
{
	printf("1..%d\n", tap_count);
	if (tap_failed > 0)
		printf("# %d of %d checks failed\n", tap_failed, tap_count);
	return tap_failed > 255 ? 255 : tap_failed;
}
