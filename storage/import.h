/* import.h — a draft from a printed or plain-text report.
 *
 * Two layouts are read: tripreport's own printed copies (storage/print.h),
 * exactly, so that print -> import -> print gives the same text; and the
 * text that the official web system produces (<input type="checkbox"/>
 * boxes, <p> paragraphs, tab-separated tables, the 壹…陸 body sections).
 * Every value recognised goes into the draft; every line that could not
 * be placed is reported as a warning with its line number.
 */
#ifndef TRIPREPORT_STORAGE_IMPORT_H
#define TRIPREPORT_STORAGE_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

enum import_layout {
	IMPORT_LAYOUT_OWN,	/* tripreport's printed copy */
	IMPORT_LAYOUT_WEB	/* the official web system's text */
};

/* Return the layout the UTF-8 TEXT is written in. */
enum import_layout import_detect_layout(const char *text);

/* Return the report's title: its first line that is not blank, trimmed
 * (without any HTML).  Caller frees. */
char *import_title(const char *text);

/* Read the UTF-8 TEXT (NUL-terminated) as a report of template T.  Return
 * a new draft of T holding every value recognised (caller frees with
 * draft_free()); append to NOTES a warning, with its line, for each line
 * that could not be placed.  Return NULL, after appending an error, when
 * TEXT is no report of T at all (no field could be read). */
struct draft *import_text(const char *text, const struct template *t,
    struct problem_list *notes);

#endif
