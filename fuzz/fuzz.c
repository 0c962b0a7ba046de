/* fuzz.c — helpers shared by the fuzz targets (see fuzz.h). */
#include <config.h>

#include "fuzz/fuzz.h"

#include "lib/xalloc.h"

char *
fuzz_string(const uint8_t *data, size_t size)
{
	return xstrndup((const char *) data, size);
}
