/* input.h — keys from the user's terminal, as the form sees them.
 *
 * Owns the edge where bytes become keys: wide characters come through
 * wget_wch() (UTF-8 decoded by curses in the user's locale), function keys
 * as curses key codes, and text pasted between bracketed-paste marks is
 * flagged, so that a pasted newline or tab is text, not a command.
 */
#ifndef TRIPREPORT_TUI_INPUT_H
#define TRIPREPORT_TUI_INPUT_H

#include <stdbool.h>
#include <stdint.h>

/* Control characters, as raw mode delivers them. */
#define TUI_CTRL(c) ((c) & 0x1f)

enum tui_key_type {
	TUI_KEY_NONE,	/* no key before the timeout */
	TUI_KEY_CHAR,	/* a character (controls included) in code */
	TUI_KEY_FUNC,	/* a curses key code (KEY_UP ...) in code */
	TUI_KEY_HANGUP	/* the terminal is gone, or a signal asks to end */
};

struct tui_key {
	enum tui_key_type type;
	uint32_t code;		/* code point or curses key code */
	bool pasted;		/* it came inside a bracketed paste */
};

/* Turn on bracketed paste when the terminal offers it (terminfo BE), and
 * teach curses the paste marks.  Call once after initscr(). */
void tui_input_start(void);

/* Turn bracketed paste off again; call before endwin(). */
void tui_input_end(void);

/* Read one key, waiting at most TIMEOUT_MS milliseconds (-1: no limit).
 * Paste marks are consumed here and reflected in the pasted flag.
 * Return the key's type. */
enum tui_key_type tui_read_key(struct tui_key *k, int timeout_ms);

/* Read a key already typed, without waiting and whatever the signal
 * flags say: for the keys that came before a hangup.  Return false when
 * there is none (or the terminal is gone). */
bool tui_read_pending(struct tui_key *k);

/* Return true when K is the character C (not a function key). */
bool tui_key_is_char(const struct tui_key *k, uint32_t c);

/* Return true when K is the curses function key CODE. */
bool tui_key_is_func(const struct tui_key *k, int code);

/* Return true when K is text to insert: a printable character. */
bool tui_key_is_text(const struct tui_key *k);

/* Return true when K is Enter (CR, LF or the keypad Enter). */
bool tui_key_is_enter(const struct tui_key *k);

/* Return true when K is Backspace (its key code, DEL or Ctrl-H). */
bool tui_key_is_backspace(const struct tui_key *k);

#endif
