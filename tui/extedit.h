/* extedit.h — a multi-line field edited in the user's own editor
 * ($VISUAL, else $EDITOR, else nano, else vi).  The text goes through a
 * private temporary file (mode 0600, in $TMPDIR or /tmp) that is removed
 * afterwards; the editor runs by fork and exec, never through a shell,
 * with curses suspended and the terminal in its normal mode.
 */
#ifndef TRIPREPORT_TUI_EXTEDIT_H
#define TRIPREPORT_TUI_EXTEDIT_H

/* Let the user edit TEXT in the external editor.  Return 0 and store the
 * edited text (valid UTF-8, without a trailing newline the editor added)
 * in *OUT (caller frees); or -1 with a translated message in *ERROR
 * (caller frees), the field unchanged.  The caller redraws the screen. */
int extedit_run(const char *text, char **out, char **error);

#endif
