/* drafts.h — the drafts folder: where it is, what it holds, and the
 * browser's actions on its files.
 *
 * The folder is $TRIPREPORT_DRAFTS, else $XDG_DATA_HOME/tripreport/drafts,
 * else $HOME/.local/share/tripreport/drafts.  It is made mode 0700 (with
 * its parents) when missing; an existing folder keeps its mode, but one
 * that others may enter is reported.  A draft is a file NAME.yaml that is
 * not hidden; beside it may stand its lock (.NAME.yaml.lock, lock.h) and
 * its recovery file (.NAME.yaml.recover, recovery.h), which go where the
 * draft goes.  Deleted drafts go to the trash folder ".trash" inside the
 * drafts folder (mode 0700), never gone for good, and can be restored.
 *
 * Names given to rename, restore and the like are plain file names: no
 * '/', not hidden, not "." or "..", no control characters.
 */
#ifndef TRIPREPORT_STORAGE_DRAFTS_H
#define TRIPREPORT_STORAGE_DRAFTS_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "forms/date.h"
#include "forms/draft.h"
#include "forms/template.h"
#include "storage/templates.h"

/* The name of the trash folder inside the drafts folder. */
#define DRAFTS_TRASH ".trash"

/* Return the drafts folder named by the environment (see above), or NULL
 * when neither TRIPREPORT_DRAFTS, XDG_DATA_HOME nor HOME is set.  Caller
 * frees. */
char *drafts_dir(void);

/* Make sure DIR is a folder: create it mode 0700, parents included, when
 * missing.  Return 0, storing in *WARNING a translated message (caller
 * frees) when an existing DIR may be entered by others, else NULL; or -1
 * with a translated message in *ERROR (caller frees) when DIR is not a
 * folder or cannot be made. */
int drafts_dir_prepare(const char *dir, char **warning, char **error);

/* One draft of the folder, as the browser lists it. */
struct drafts_entry {
	char *name;		/* file name in the folder; owned */
	char *title;		/* the title field, or NULL; owned */
	char *template_id;	/* or NULL when unreadable; owned */
	char *period_from;	/* ISO dates of the period, or NULL; owned */
	char *period_to;
	size_t errors;		/* what draft_validate() found */
	size_t warnings;
	time_t mtime;		/* last change of the file */
	bool recovery;		/* a recovery file stands beside it */
	char *load_error;	/* NULL, or why the draft cannot be read
				   ("LINE:COL: message"); owned */
};

/* The drafts of a folder. */
struct drafts_list {
	struct drafts_entry *items;	/* owned */
	size_t n;
};

/* Read every draft of DIR (each *.yaml that is not hidden) into OUT,
 * sorted by name; a draft that cannot be read is listed with its
 * load_error.  Templates come from CACHE, each read once.  Return 0, or
 * -1 with a translated message in *ERROR (caller frees) when DIR cannot be
 * read. */
int drafts_list_read(const char *dir, struct template_cache *cache,
    struct drafts_list *out, char **error);

/* Free what L owns and leave it empty.  L may be NULL. */
void drafts_list_clear(struct drafts_list *l);

enum drafts_order {
	DRAFTS_BY_CHANGE,	/* last changed first */
	DRAFTS_BY_PERIOD	/* latest trip first; no period last */
};

/* Sort L by ORDER; ties go by name. */
void drafts_list_sort(struct drafts_list *l, enum drafts_order order);

/* Return true when FILTER (empty or NULL matches all) is part of E's
 * title or file name, ASCII letters compared without case. */
bool drafts_entry_matches(const struct drafts_entry *e, const char *filter);

/* The period of a listed draft, as far as its dates can be read (plain
 * values: nothing to free). */
struct drafts_period {
	struct date from, to;
	bool has_from, has_to;	/* the date is there and an ISO date */
};

/* Read the period of E into *P.  Return true when it has a start or an
 * end. */
bool drafts_entry_period(const struct drafts_entry *e,
    struct drafts_period *p);

/* Return E's status for the list: "ready", "N errors, M warnings", or
 * "cannot be read".  Translated.  Caller frees. */
char *drafts_entry_status(const struct drafts_entry *e);

/* Return a new file name in DIR for a draft titled TITLE (NULL or blank:
 * the date TODAY): safe characters only (letters of any script, digits,
 * '-', '_'), at most a few dozen characters, ".yaml" added, and "-2",
 * "-3" ... added until no file of DIR (nor its lock or recovery file)
 * has it.  Caller frees. */
char *drafts_suggest_name(const char *dir, const char *title,
    struct date today);

/* Clear in D, a draft of T, what belongs to one trip so that D can start
 * the report of a similar one: the dates (fields of kind date and
 * daterange: period, report_date), the texts of the report (multiline
 * fields: summary and the body sections), whole numbers (pages), text
 * with a pattern (identifiers such as system_id), and every field T marks
 * body (the itinerary).  The sheet stays: category, title, organizer,
 * contact, phone, travellers, trip type, destination ... */
void drafts_clear_trip(struct draft *d, const struct template *t);

/* Make a new draft in DIR from the draft NAME of DIR, cleared by
 * drafts_clear_trip(), under a name from drafts_suggest_name() stored in
 * *NEW_NAME (caller frees).  Return 0, or -1 with a translated message in
 * *ERROR (caller frees). */
int drafts_duplicate(const char *dir, const char *name,
    struct template_cache *cache, struct date today, char **new_name,
    char **error);

/* Return true when NAME is a plain file name (see above). */
bool drafts_name_ok(const char *name);

/* Rename the draft FROM of DIR to TO (".yaml" added when missing).  Never
 * overwrites; refused while another process holds the draft's lock; the
 * recovery file moves along.  Return 0, or -1 with a translated message
 * in *ERROR (caller frees). */
int drafts_rename(const char *dir, const char *from, const char *to,
    char **error);

/* Return the trash folder of DIR.  Caller frees. */
char *drafts_trash_dir(const char *dir);

/* Move the draft NAME of DIR, with its recovery file, to the trash
 * (made mode 0700 when missing), under NAME or, when the trash holds one
 * already, a name with "-2", "-3" ..., stored in *TRASHED (caller frees).
 * Refused while another process holds the draft's lock.  Return 0, or -1
 * with a translated message in *ERROR (caller frees). */
int drafts_delete(const char *dir, const char *name, char **trashed,
    char **error);

/* Move the draft NAME of DIR's trash back to DIR, with its recovery
 * file, under NAME or a free name made as drafts_delete() does, stored in
 * *RESTORED (caller frees).  Return 0, or -1 with a translated message in
 * *ERROR (caller frees). */
int drafts_restore(const char *dir, const char *name, char **restored,
    char **error);

#endif
