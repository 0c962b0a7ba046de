/* input.c — keys from the user's terminal (see input.h). */
#include <config.h>

#include "tui/input.h"

#include <curses.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <wctype.h>

#include "tui/signals.h"

/* Key codes of our own for the paste marks, above every curses code. */
#define KEY_PASTE_BEGIN (KEY_MAX + 1)
#define KEY_PASTE_END (KEY_MAX + 2)

/* A run of errors this long with no key means the terminal is gone. */
#define HANGUP_ERRORS 32

static bool paste_on;		/* bracketed paste was turned on */
static bool in_paste;		/* between the paste marks */
static int error_run;		/* consecutive read errors */

/* Return the terminfo string capability NAME, or NULL when missing. */
static const char *
capability(const char *name)
{
	char *s = tigetstr((char *) name);

	if (s == NULL || s == (char *) -1 || *s == '\0')
		return NULL;
	return s;
}

/* Return true when TERM names a terminal known to take bracketed paste
 * although its terminfo entry may not say so (screen and tmux panes). */
static bool
pastes_anyway(void)
{
	static const char *const names[] = { "xterm", "screen", "tmux",
	    "rxvt", "alacritty", "foot", "kitty" };
	const char *term = getenv("TERM");
	size_t i;

	for (i = 0; term != NULL && i < sizeof names / sizeof names[0]; i++)
		if (strncmp(term, names[i], strlen(names[i])) == 0)
			return true;
	return false;
}

/* Sequences that terminals send for keys whatever TERM says (a tmux or
 * screen pane with TERM=xterm, a console): taught to curses where its
 * terminfo entry has another. */
static const struct {
	const char *seq;
	int code;
} alternates[] = {
	{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END },
	{ "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
	{ "\033[H", KEY_HOME }, { "\033[F", KEY_END },
	{ "\033OH", KEY_HOME }, { "\033OF", KEY_END },
	{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN },
	{ "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
	{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN },
	{ "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
	{ "\033[2~", KEY_IC }, { "\033[3~", KEY_DC },
	{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
	{ "\033[Z", KEY_BTAB },
	{ "\033OP", KEY_F(1) }, { "\033OQ", KEY_F(2) },
	{ "\033OR", KEY_F(3) }, { "\033[11~", KEY_F(1) },
	{ "\033[12~", KEY_F(2) }, { "\033[13~", KEY_F(3) },
	{ "\033OS", KEY_F(4) }, { "\033[14~", KEY_F(4) },
	{ "\033[15~", KEY_F(5) }, { "\033[21~", KEY_F(10) },
};

/* Teach curses the alternate key sequences it does not know yet. */
static void
define_alternates(void)
{
	size_t i;

	for (i = 0; i < sizeof alternates / sizeof alternates[0]; i++)
		if (key_defined(alternates[i].seq) == 0)
			define_key(alternates[i].seq, alternates[i].code);
}

void
tui_input_start(void)
{
	const char *on = capability("BE");
	const char *begin = capability("PS");
	const char *end = capability("PE");

	if ((on == NULL || begin == NULL || end == NULL) && pastes_anyway()) {
		on = "\033[?2004h";
		begin = "\033[200~";
		end = "\033[201~";
	}
	define_alternates();
	if (on == NULL || begin == NULL || end == NULL)
		return;
	define_key(begin, KEY_PASTE_BEGIN);
	define_key(end, KEY_PASTE_END);
	putp(on);
	fflush(stdout);
	paste_on = true;
}

void
tui_input_end(void)
{
	const char *off = capability("BD");

	if (off == NULL)
		off = "\033[?2004l";
	if (paste_on) {
		putp(off);
		fflush(stdout);
	}
	paste_on = false;
}

/* Read one raw key into K; return false when none came in time. */
static bool
read_raw(struct tui_key *k, int timeout_ms)
{
	wint_t ch;
	int rc;

	wtimeout(stdscr, timeout_ms);
	errno = 0;
	rc = wget_wch(stdscr, &ch);
	if (rc == ERR) {
		/* With a timeout, ERR also means "no key yet": look at errno
		 * and the signal flags, not at ERR alone. */
		k->type = TUI_KEY_NONE;
		if (tui_signal_pending() != 0 || errno == EIO)
			k->type = TUI_KEY_HANGUP;
		else if (errno == 0 || errno == EINTR)
			error_run = 0;
		else if (++error_run >= HANGUP_ERRORS)
			k->type = TUI_KEY_HANGUP;
		return k->type == TUI_KEY_HANGUP;
	}
	error_run = 0;
	k->type = rc == KEY_CODE_YES ? TUI_KEY_FUNC : TUI_KEY_CHAR;
	k->code = (uint32_t) ch;
	k->pasted = in_paste;
	return true;
}

enum tui_key_type
tui_read_key(struct tui_key *k, int timeout_ms)
{
	for (;;) {
		if (!read_raw(k, timeout_ms))
			return k->type;
		if (k->type == TUI_KEY_FUNC && k->code == KEY_PASTE_BEGIN) {
			in_paste = true;
			continue;
		}
		if (k->type == TUI_KEY_FUNC && k->code == KEY_PASTE_END) {
			in_paste = false;
			continue;
		}
		return k->type;
	}
}

bool
tui_read_pending(struct tui_key *k)
{
	wint_t ch;
	int rc;

	for (;;) {
		wtimeout(stdscr, 0);
		errno = 0;
		rc = wget_wch(stdscr, &ch);
		if (rc == ERR)
			return false;
		k->type = rc == KEY_CODE_YES ? TUI_KEY_FUNC : TUI_KEY_CHAR;
		k->code = (uint32_t) ch;
		k->pasted = in_paste;
		if (k->type == TUI_KEY_FUNC && k->code == KEY_PASTE_BEGIN)
			in_paste = true;
		else if (k->type == TUI_KEY_FUNC && k->code == KEY_PASTE_END)
			in_paste = false;
		else
			return true;
	}
}

bool
tui_key_is_char(const struct tui_key *k, uint32_t c)
{
	return k->type == TUI_KEY_CHAR && k->code == c;
}

bool
tui_key_is_func(const struct tui_key *k, int code)
{
	return k->type == TUI_KEY_FUNC && k->code == (uint32_t) code;
}

bool
tui_key_is_text(const struct tui_key *k)
{
	if (k->type != TUI_KEY_CHAR)
		return false;
	if (k->code < 0x20 || k->code == 0x7f
	    || (k->code >= 0x80 && k->code < 0xa0))
		return false;
	return iswprint((wint_t) k->code) || k->code >= 0x80;
}

bool
tui_key_is_enter(const struct tui_key *k)
{
	return tui_key_is_char(k, '\r') || tui_key_is_char(k, '\n')
	    || tui_key_is_func(k, KEY_ENTER);
}

bool
tui_key_is_backspace(const struct tui_key *k)
{
	return tui_key_is_func(k, KEY_BACKSPACE) || tui_key_is_char(k, 0x7f)
	    || tui_key_is_char(k, TUI_CTRL('H'));
}
