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

/* Return true when TEXT has a line that is only a rule (─ or '-', at
 * least twenty), as the one that ends the sheet of a printed copy. */
static bool
has_rule_line(const char *text)
{
	const char *p = text;

	while (*p != '\0') {
		size_t marks = 0;

		while (*p == '-' || strncmp(p, "\xe2\x94\x80", 3) == 0) {
			p += *p == '-' ? 1 : 3;
			marks++;
		}
		if (marks >= 20 && (*p == '\n' || *p == '\0'))
			return true;
		p += strcspn(p, "\n");
		if (*p == '\n')
			p++;
	}
	return false;
}

enum import_layout
import_detect_layout(const char *text)
{
	/* A printed copy has no tab (the printer turns them into spaces)
	 * and has its rule, whatever its text says. */
	if (strchr(text, '\t') != NULL)
		return IMPORT_LAYOUT_WEB;
	if (has_rule_line(text))
		return IMPORT_LAYOUT_OWN;
	if (strstr(text, "<input") != NULL || strstr(text, "<p>") != NULL)
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
