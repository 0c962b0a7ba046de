/* prompt.c — questions on the status line (see prompt.h). */
#include <config.h>

#include "tui/prompt.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "tui/draw.h"
#include "tui/input.h"
#include "tui/lineedit.h"
#include "tui/screen.h"

/* How long a wait for a key lasts before the loop looks around. */
#define POLL_MS 1000

int
prompt_status_row(void)
{
	return LINES - 3;
}

/* Draw the screen behind, then QUESTION and, when E is not NULL, the line
 * being edited after it on the status line; send the frame. */
static void
frame(const char *question, struct lineedit *e, prompt_draw_fn *draw,
    void *data)
{
	int y = prompt_status_row(), qw, x;

	if (tui_too_small()) {
		tui_draw_too_small();
		return;
	}
	draw(data);
	wmove(stdscr, y, 0);
	wclrtoeol(stdscr);
	qw = tui_draw_text(stdscr, y, 1, COLS - 2, question,
	    tui_attr(TUI_PART_MESSAGE));
	x = 1 + qw + 1;
	if (e != NULL && x < COLS - 4)
		x += lineedit_draw(e, stdscr, y, x, COLS - x - 1, 0);
	else
		x = 1 + qw;
	wmove(stdscr, y, x < COLS ? x : COLS - 1);
	wnoutrefresh(stdscr);
	doupdate();
}

/* Return true when K cancels a question: Esc, ^C, ^X, F10. */
static bool
is_cancel(const struct tui_key *k)
{
	return tui_key_is_char(k, 27) || tui_key_is_char(k, TUI_CTRL('C'))
	    || tui_key_is_char(k, TUI_CTRL('X'))
	    || tui_key_is_func(k, KEY_F(10));
}

enum prompt_result
prompt_line(const char *question, char **text, prompt_draw_fn *draw,
    void *data)
{
	struct lineedit e;
	struct tui_key k;

	lineedit_attach(&e, text);
	for (;;) {
		frame(question, &e, draw, data);
		switch (tui_read_key(&k, POLL_MS)) {
		case TUI_KEY_HANGUP:
			return PROMPT_HANGUP;
		case TUI_KEY_NONE:
			continue;
		default:
			break;
		}
		if (tui_key_is_func(&k, KEY_RESIZE) || tui_too_small())
			continue;
		if (tui_key_is_enter(&k) && !k.pasted)
			return PROMPT_OK;
		if (is_cancel(&k))
			return PROMPT_NO;
		lineedit_key(&e, &k, NULL);
	}
}

/* Wait for the answer to LINE, DRAW drawing the screen behind with DATA:
 * yes, no, or (when WITH_CANCEL) cancel, which Esc, ^C and ^X mean; they
 * mean no otherwise.  Return what the answer was. */
static enum prompt_result
answer_of(const char *line, bool with_cancel, prompt_draw_fn *draw,
    void *data)
{
	struct tui_key k;

	for (;;) {
		uint32_t c;

		frame(line, NULL, draw, data);
		if (tui_read_key(&k, POLL_MS) == TUI_KEY_HANGUP)
			return PROMPT_HANGUP;
		if (k.type != TUI_KEY_CHAR || tui_too_small())
			continue;
		c = k.code;
		if (c == 'y' || c == 'Y' || c == 0x662f)	/* 是 */
			return PROMPT_OK;
		if (c == 'n' || c == 'N' || c == 0x5426)	/* 否 */
			return PROMPT_NO;
		if (with_cancel && (c == 'c' || c == 'C' || c == 0x53d6))
			return PROMPT_CANCEL;			/* 取 */
		if (is_cancel(&k))
			return with_cancel ? PROMPT_CANCEL : PROMPT_NO;
	}
}

enum prompt_result
prompt_yes_no(const char *question, prompt_draw_fn *draw, void *data)
{
	/* TRANSLATORS: a yes/no question, then how to answer it. */
	char *line = xasprintf(_("%s  Y Yes   N No"), question);
	enum prompt_result r = answer_of(line, false, draw, data);

	free(line);
	return r;
}

enum prompt_result
prompt_yes_no_cancel(const char *question, prompt_draw_fn *draw, void *data)
{
	return answer_of(question, true, draw, data);
}
