/* flow.c — items flowing over rows (see flow.h). */
#include <config.h>

#include "tui/flow.h"

int
flow_layout(const int *widths, size_t n, int cols, int gap,
    struct flow_place *places)
{
	int row = 0, x = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		int w = widths[i] < cols ? widths[i] : cols;

		if (x > 0 && x + gap + w > cols) {
			row++;
			x = 0;
		} else if (x > 0) {
			x += gap;
		}
		places[i].row = row;
		places[i].x = x;
		places[i].width = w;
		x += w;
	}
	return row + 1;
}
