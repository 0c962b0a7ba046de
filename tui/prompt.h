/* prompt.h — questions on the status line of a screen: a line of text
 * to type (a file name) with the form's line editor, or yes and no.
 *
 * The screen behind the question is drawn by the caller's callback on
 * every frame, so a resize while a question waits lays everything out
 * again; the question itself is drawn on the status line (the third row
 * from the bottom, above the help bar).
 */
#ifndef TRIPREPORT_TUI_PROMPT_H
#define TRIPREPORT_TUI_PROMPT_H

#include <stdbool.h>

/* Draws the screen behind a question into stdscr, without sending it. */
typedef void prompt_draw_fn(void *data);

/* What became of a question. */
enum prompt_result {
	PROMPT_OK,		/* answered: Enter, or yes */
	PROMPT_NO,		/* no, or cancelled (Esc, ^C, ^X) */
	PROMPT_HANGUP,		/* the terminal is gone or a signal came */
	PROMPT_CANCEL		/* cancelled, where no and cancel differ */
};

/* Ask QUESTION (translated) and let the user edit *TEXT (malloc'd; NULL
 * starts empty; replaced in place) after it, the cursor at its end, DRAW
 * drawing the screen behind with DATA.  Return PROMPT_OK on Enter. */
enum prompt_result prompt_line(const char *question, char **text,
    prompt_draw_fn *draw, void *data);

/* Ask the yes/no QUESTION (translated); Y, 是 say yes; N, 否, Esc say
 * no.  Return PROMPT_OK for yes. */
enum prompt_result prompt_yes_no(const char *question, prompt_draw_fn *draw,
    void *data);

/* Ask QUESTION (translated, with its own list of answers); Y, 是 say
 * yes; N, 否 say no; C, 取, Esc, ^C, ^X cancel.  Return PROMPT_OK for yes,
 * PROMPT_NO for no, PROMPT_CANCEL. */
enum prompt_result prompt_yes_no_cancel(const char *question,
    prompt_draw_fn *draw, void *data);

/* Return the row of the status line on the screen as it is now. */
int prompt_status_row(void);

#endif
