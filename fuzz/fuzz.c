/* fuzz.c — helpers shared by the fuzz targets (see fuzz.h). */
#include <config.h>

#include "fuzz/fuzz.h"

#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	return xstrndup((const char *) data, size);
}

void
fuzz_check_printable(const char *text, size_t len, size_t cols)
{
	const char *line = text, *nl;
	size_t i;

	FUZZ_CHECK(text_valid_utf8(text, len, NULL));
	for (i = 0; i < len; ) {
		uint32_t cp;
		int n = text_decode(text + i, len - i, &cp);

		FUZZ_CHECK(n > 0);
		FUZZ_CHECK(cp == '\n' || (cp >= 0x20 && cp != 0x7f));
		FUZZ_CHECK(!text_shown_escaped(cp));
		i += (size_t)n;
	}
	while (line < text + len) {
		char *one;

		nl = memchr(line, '\n', (size_t)(text + len - line));
		if (nl == NULL)
			nl = text + len;
		one = fuzz_string((const uint8_t *)line, (size_t)(nl - line));
		if (text_width(one) > cols)
			fprintf(stderr, "too wide (%zu > %zu): %s\n",
			    text_width(one), cols, one);
		FUZZ_CHECK(text_width(one) <= cols);
		free(one);
		line = nl + 1;
	}
}
