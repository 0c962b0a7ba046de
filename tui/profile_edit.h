/* profile_edit.h — the profile (storage/profile.h) as a small form of its
 * own: name, agency, unit, title and phone typed with the form's line
 * editor, the default template chosen among the known ones, saved with
 * Ctrl-S.
 */
#ifndef TRIPREPORT_TUI_PROFILE_EDIT_H
#define TRIPREPORT_TUI_PROFILE_EDIT_H

/* Edit the profile on the started screen until the user leaves.  Return
 * 1 when it was saved, 0 when not, -1 when a signal or a hangup ends
 * it. */
int profile_edit(void);

#endif
