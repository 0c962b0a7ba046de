/* textwidth.c — print the display width of the widest line on standard
 * input, as forms/text.c measures it (a helper of the shell tests). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/xalloc.h"

int
main(void)
{
	char *line = NULL;
	size_t cap = 0, widest = 0;
	ssize_t n;

	while ((n = getline(&line, &cap, stdin)) > 0) {
		size_t w;

		if (line[n - 1] == '\n')
			line[n - 1] = '\0';
		w = text_width(line);
		if (w > widest)
			widest = w;
	}
	free(line);
	printf("%zu\n", widest);
	return 0;
}
