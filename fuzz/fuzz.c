/* fuzz.c — helpers shared by the fuzz targets (see fuzz.h). */
#include <config.h>

#include "fuzz/fuzz.h"

#include <string.h>

#include "lib/xalloc.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);

	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}
