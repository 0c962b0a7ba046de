/* signals.c — signals as flags (see signals.h). */
#include <config.h>

#include "tui/signals.h"

#include <signal.h>
#include <string.h>

static volatile sig_atomic_t pending;

/* Record the signal; all the work happens in the main loop. */
static void
record(int signo)
{
	pending = signo;
}

void
tui_signals_install(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = record;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: wget_wch must return */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int
tui_signal_pending(void)
{
	return pending;
}
