/* flow.h — laying out a row of items (options, check boxes) that flows on
 * to the next row when the width runs out, as words do.
 */
#ifndef TRIPREPORT_TUI_FLOW_H
#define TRIPREPORT_TUI_FLOW_H

#include <stddef.h>

/* Where one item landed. */
struct flow_place {
	int row;	/* from 0 */
	int x;		/* column from the start of the area */
	int width;	/* columns it may use (cut when wider than the area) */
};

/* Place N items of the given WIDTHS in rows of COLS columns, GAP columns
 * apart, into PLACES (N entries); return the number of rows (at least 1). */
int flow_layout(const int *widths, size_t n, int cols, int gap,
    struct flow_place *places);

#endif
