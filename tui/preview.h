/* preview.h — the print preview: the plain-text copy of the draft (as
 * "tripreport print" makes it) on the whole screen, to page through, to
 * save as a .txt file in UTF-8 or Big5, or to send to lp.
 */
#ifndef TRIPREPORT_TUI_PREVIEW_H
#define TRIPREPORT_TUI_PREVIEW_H

#include "forms/draft.h"
#include "forms/template.h"

/* Show the copy of draft D (of template T, kept at PATH) until the user
 * goes back or the terminal is gone. */
void preview_run(const struct draft *d, const struct template *t,
    const char *path);

#endif
