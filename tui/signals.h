/* signals.h — signals as flags: the handlers only record, the main loop
 * acts.  Installed without SA_RESTART, so that a blocking read returns at
 * once with EINTR and the flag is seen.
 */
#ifndef TRIPREPORT_TUI_SIGNALS_H
#define TRIPREPORT_TUI_SIGNALS_H

/* Catch SIGHUP and SIGTERM (the connection dropped, or we are asked to
 * end).  Call before initscr(), so curses leaves them to us. */
void tui_signals_install(void);

/* Return the number of the signal that asks us to end, or 0. */
int tui_signal_pending(void);

#endif
