/* browser.h — the drafts browser: the drafts of the drafts folder, one a
 * line (title, template, period, status, last change), sorted and
 * filtered, with the actions on them: open in the form, new, duplicate,
 * rename, delete to the trash and restore from it, and the profile.
 */
#ifndef TRIPREPORT_TUI_BROWSER_H
#define TRIPREPORT_TUI_BROWSER_H

/* Run the browser on the drafts folder (made mode 0700 when missing)
 * until the user leaves it.  Return the exit status: 0, 2 when there is
 * no terminal or no drafts folder, or 128 plus the signal that ended
 * it. */
int tui_browse(void);

#endif
