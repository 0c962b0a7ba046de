/* profile.h — the user's own details, filled into new drafts.
 *
 * $XDG_CONFIG_HOME/tripreport/profile.yaml, else
 * $HOME/.config/tripreport/profile.yaml: a YAML map of text values
 *   name: 任珮諤
 *   agency: 臺中市政府秘書處
 *   unit: 國際事務科
 *   title: 科員
 *   phone: 04-22289111分機11414
 *   template: taichung
 * Keys this program does not know are ignored on load and not written
 * back.  Saved atomically, mode 0600, its folder made mode 0700.
 */
#ifndef TRIPREPORT_STORAGE_PROFILE_H
#define TRIPREPORT_STORAGE_PROFILE_H

#include "forms/draft.h"
#include "forms/problem.h"
#include "forms/template.h"

/* The user's details; each string owned, NULL when not given. */
struct profile {
	char *name;		/* 姓名 */
	char *agency;		/* 服務機關 */
	char *unit;		/* 單位 */
	char *title;		/* 職稱 */
	char *phone;		/* 電話 */
	char *template_id;	/* the template of new drafts ("template") */
};

/* Return the path of the profile file, or NULL when neither
 * XDG_CONFIG_HOME nor HOME is set.  Caller frees. */
char *profile_path(void);

/* Load the profile at PATH into P (cleared first).  A missing file is an
 * empty profile.  Return 0, or -1 after appending an error to ERRORS (a
 * broken file with its line and column; a document that is not a map, a
 * value that is not text); P is then empty. */
int profile_load(const char *path, struct profile *p,
    struct problem_list *errors);

/* Save P at PATH, atomically, mode 0600, making its folder (mode 0700)
 * when missing.  Return 0, or -1 with a translated message in *ERROR
 * (caller frees). */
int profile_save(const char *path, const struct profile *p, char **error);

/* Fill what P gives into the new draft D of template T, only in the
 * fields and columns T has: contact <- name, phone <- phone, and the
 * first row of travellers <- name, agency, unit, title (and phone when
 * the table has that column); a row is added when there is none. */
void profile_apply(const struct profile *p, struct draft *d,
    const struct template *t);

/* Free what P owns and zero it.  P may be NULL. */
void profile_clear(struct profile *p);

#endif
