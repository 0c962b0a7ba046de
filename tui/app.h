/* app.h — opening a draft in the form: load it (or start a new one from
 * the default template), run the form on the terminal, give the terminal
 * back.
 */
#ifndef TRIPREPORT_TUI_APP_H
#define TRIPREPORT_TUI_APP_H

/* Edit the draft at PATH in the form; a missing PATH becomes a new draft
 * of the default template, written only when the user saves.  Return the
 * exit status: 0, 2 when the draft cannot be read or there is no
 * terminal, or 128 plus the signal that ended the form. */
int tui_edit_file(const char *path);

#endif
