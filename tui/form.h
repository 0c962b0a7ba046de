/* form.h — the form: a draft's fields drawn from its template, one widget
 * each, one under another; the title line, the status line with the
 * current field's rule and live count, and the help bar.  The form owns
 * the loop that reads keys and the keys that are not a widget's own:
 * moving between fields, save, check, help and exit.
 */
#ifndef TRIPREPORT_TUI_FORM_H
#define TRIPREPORT_TUI_FORM_H

#include "forms/draft.h"
#include "forms/template.h"
#include "tui/guard.h"

struct form;

/* Return a form over draft D of template T, saved to PATH.  The form
 * edits D in place; D and T stay the caller's.  Caller frees with
 * form_free(). */
struct form *form_new(struct draft *d, const struct template *t,
    const char *path);

/* Free F.  F may be NULL. */
void form_free(struct form *f);

/* Let G (the caller's) keep F's draft safe: changes go to its recovery
 * file, a save or a leave without keeping them removes it, and a draft
 * G holds read-only refuses changes and saves. */
void form_set_guard(struct form *f, struct guard *g);

/* Return true when F's draft is open read-only. */
bool form_read_only(const struct form *f);

/* Show MSG (copied) on the status line until the next key. */
void form_notice(struct form *f, const char *msg);

/* Mark F's draft as changed since it was saved (a restored recovery). */
void form_set_modified(struct form *f);

/* Run the form on the started screen until the user leaves it or a
 * signal ends it; on a hangup the keys already typed are applied and
 * the changes written to the recovery file.  Return the exit status: 0,
 * or 128 plus the signal (SIGHUP when the terminal is gone). */
int form_run(struct form *f);

#endif
