/* browser_priv.h — the browser's state, shared by its files: browser.c
 * (the loop and the keys), browser_draw.c (the list on screen) and
 * browser_act.c (the actions on the files).  Not used outside them.
 */
#ifndef TRIPREPORT_TUI_BROWSER_PRIV_H
#define TRIPREPORT_TUI_BROWSER_PRIV_H

#include <stdbool.h>
#include <stddef.h>

#include "storage/drafts.h"
#include "storage/templates.h"
#include "tui/lineedit.h"

struct browser {
	char *dir;			/* the drafts folder */
	char *trash;			/* its trash folder */
	bool in_trash;			/* the trash is shown, not the drafts */
	struct template_cache *cache;	/* templates of the listed drafts */
	struct drafts_list list;	/* what the shown folder holds */
	size_t *shown;			/* indexes into list that pass the
					   filter, in order */
	size_t n_shown;
	size_t sel;			/* the chosen line, into shown */
	size_t top;			/* the first line on screen */
	enum drafts_order order;
	char *filter;			/* "" shows all */
	bool filtering;			/* keys go to the filter line */
	struct lineedit filter_edit;	/* on filter */
	char *message;			/* for the status line, or NULL */
	bool quit;
	int status;			/* exit status */
};

/* Put MSG (copied; NULL clears) on B's status line. */
void browser_message(struct browser *b, const char *msg);

/* Read the shown folder again, keep the order and the filter, and
 * choose the draft NAME when given (else the one chosen before). */
void browser_reload(struct browser *b, const char *name);

/* Return the entry on the chosen line, or NULL when none is shown. */
struct drafts_entry *browser_selected(struct browser *b);

/* Return the rows of the list on the screen. */
int browser_list_rows(void);

/* Draw the whole browser into stdscr, without sending it. */
void browser_draw(struct browser *b);

/* Draw the browser B into stdscr, without sending it (a prompt_draw_fn). */
void browser_draw_cb(void *b);

/* Open the chosen draft in the form, then read the folder again. */
void browser_open(struct browser *b);

/* Make a new draft (template chosen, name asked, profile filled in) and
 * open it. */
void browser_new(struct browser *b);

/* Copy the chosen draft to a new one for a similar trip. */
void browser_duplicate(struct browser *b);

/* Rename the chosen draft, asking for the new name. */
void browser_rename(struct browser *b);

/* Move the chosen draft to the trash, asking first. */
void browser_delete(struct browser *b);

/* Move the chosen draft of the trash back to the drafts folder. */
void browser_restore(struct browser *b);

#endif
