/* rawcheck.c — find what must never reach a terminal in the text on
 * standard input (a helper of the shell tests): any C0 control but
 * newline (and tab with -t), DEL, a C1 control (U+0080-U+009F), a bidi
 * control, or a byte that is not UTF-8.  Each is reported on standard
 * output with its line and byte offset; the exit status is 1 when one
 * was found, 0 when the text is clean. */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"

/* Return true when CP must not be written to a terminal raw. */
static bool
forbidden(uint32_t cp, bool tab_ok)
{
	if (cp == '\n' || (cp == '\t' && tab_ok))
		return false;
	return cp < 0x20 || cp == 0x7F || text_shown_escaped(cp);
}

int
main(int argc, char **argv)
{
	bool tab_ok = argc > 1 && strcmp(argv[1], "-t") == 0;
	char buf[65536];
	char *all = NULL;
	size_t len = 0, n, i, line = 1, found = 0;

	while ((n = fread(buf, 1, sizeof buf, stdin)) > 0) {
		all = xreallocarray(all, len + n, 1);
		memcpy(all + len, buf, n);
		len += n;
	}
	for (i = 0; i < len; ) {
		uint32_t cp;
		int k = text_decode(all + i, len - i, &cp);

		if (k < 0 || forbidden(cp, tab_ok)) {
			if (found++ < 20)
				printf("line %zu, byte %zu: %s U+%04X\n", line, i,
				    k < 0 ? "invalid byte" : "control",
				    k < 0 ? (unsigned)(unsigned char)all[i]
				    : (unsigned)cp);
			k = k < 0 ? 1 : k;
		}
		if (cp == '\n')
			line++;
		i += (size_t)k;
	}
	free(all);
	return found > 0;
}
