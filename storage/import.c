/* import.c — a draft from a printed or plain-text report: which layout
 * it is, and what could not be placed (see import.h). */
#include <config.h>

#include "storage/import.h"

#include <stdlib.h>
#include <string.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/import_util.h"

enum import_layout
import_detect_layout(const char *text)
{
	if (strstr(text, "<input") != NULL || strstr(text, "<p>") != NULL
	    || strchr(text, '\t') != NULL)
		return IMPORT_LAYOUT_WEB;
	return IMPORT_LAYOUT_OWN;
}

char *
import_title(const char *text)
{
	struct ilines *l = ilines_split(text);
	char *title = NULL;
	size_t i;

	for (i = 0; i < l->n && title == NULL; i++)
		if (!ilines_blank(l, i))
			title = text_trim(l->line[i]);
	ilines_free(l);
	return title != NULL ? title : xstrdup("");
}

struct draft *
import_text(const char *text, const struct template *t,
    struct problem_list *notes)
{
	struct ilines *l = ilines_split(text);
	struct draft *d = draft_new(t);
	size_t seen;

	if (import_detect_layout(text) == IMPORT_LAYOUT_WEB)
		seen = import_web(l, t, d, notes);
	else
		seen = import_own(l, t, d, notes);
	ilines_report(l, 0, l->n, notes);
	ilines_free(l);
	if (seen == 0) {
		problem_add(notes, PROBLEM_ERROR, NULL, 0, 0,
		    _("no field of the template '%s' was found in the text"),
		    t->id);
		draft_free(d);
		return NULL;
	}
	return d;
}
