/* extedit.c — a field edited in the user's editor (see extedit.h). */
#include <config.h>

#include "tui/extedit.h"

#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/file.h"
#include "tui/input.h"
#include "tui/signals.h"

/* The most words taken from $VISUAL or $EDITOR. */
#define MAX_WORDS 32

/* Return the editor command the user chose, or NULL for the default. */
static const char *
chosen_editor(void)
{
	const char *e = getenv("VISUAL");

	if (e == NULL || strspn(e, " \t") == strlen(e))
		e = getenv("EDITOR");
	if (e == NULL || strspn(e, " \t") == strlen(e))
		return NULL;
	return e;
}

/* Split CMD on spaces and tabs into ARGV (at most MAX_WORDS words, then
 * FILE, then NULL); the words point into BUF, a copy of CMD.  Return the
 * number of words before FILE. */
static size_t
split_words(char *buf, const char *file, char **argv)
{
	size_t n = 0;
	char *p = buf, *save = NULL;

	while (n < MAX_WORDS && (p = strtok_r(p, " \t", &save)) != NULL) {
		argv[n++] = p;
		p = NULL;
	}
	argv[n] = (char *)file;
	argv[n + 1] = NULL;
	return n;
}

/* In the child: run the editor on FILE; never returns. */
static _Noreturn void
exec_editor(const char *file)
{
	const char *cmd = chosen_editor();
	char *argv[MAX_WORDS + 2], *buf;
	struct sigaction dfl;

	memset(&dfl, 0, sizeof dfl);
	dfl.sa_handler = SIG_DFL;
	sigemptyset(&dfl.sa_mask);
	sigaction(SIGINT, &dfl, NULL);
	sigaction(SIGQUIT, &dfl, NULL);
	if (cmd != NULL) {
		buf = xstrdup(cmd);
		if (split_words(buf, file, argv) > 0)
			execvp(argv[0], argv);
		_exit(errno == ENOENT ? 127 : 126);
	}
	argv[1] = (char *)file;
	argv[2] = NULL;
	argv[0] = (char *)"nano";
	execvp(argv[0], argv);
	argv[0] = (char *)"vi";
	execvp(argv[0], argv);
	_exit(127);
}

/* Run the editor on FILE and wait for it, with curses suspended.  Return
 * its exit status, or -1 when it could not be started or was killed. */
static int
run_editor(const char *file)
{
	struct sigaction ign, old_int, old_quit;
	bool told = false;
	pid_t pid;
	int st = 0;

	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	def_prog_mode();
	tui_input_end();
	endwin();
	/* Ctrl-C in the editor is the editor's, not a reason to end. */
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	pid = fork();
	if (pid == 0)
		exec_editor(file);
	while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
		/* Asked to end: so is the editor (once), then we go on. */
		if (tui_signal_pending() != 0 && !told) {
			kill(pid, tui_signal_pending());
			told = true;
		}
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	reset_prog_mode();
	tui_input_start();
	clearok(curscr, TRUE);
	refresh();
	if (pid < 0 || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

/* Write TEXT to a new private temporary file, with a final newline for
 * the editor's sake.  Return its name (caller frees), or NULL with a
 * message in *ERROR. */
static char *
write_temp(const char *text, char **error)
{
	const char *dir = getenv("TMPDIR");
	size_t len = strlen(text);
	char *name;
	int fd, ok;

	if (dir == NULL || *dir != '/')
		dir = "/tmp";
	name = xasprintf("%s/%s-XXXXXX", dir, PACKAGE);
	fd = mkstemp(name);	/* mode 0600 */
	if (fd < 0) {
		*error = xasprintf(_("cannot make a temporary file in %s: %s"),
		    dir, strerror(errno));
		free(name);
		return NULL;
	}
	ok = write(fd, text, len) == (ssize_t)len;
	if (ok && len > 0 && text[len - 1] != '\n')
		ok = write(fd, "\n", 1) == 1;
	if (close(fd) != 0 || !ok) {
		*error = xasprintf(_("cannot write %s: %s"), name,
		    strerror(errno));
		unlink(name);
		free(name);
		return NULL;
	}
	return name;
}

/* Check the edited text DATA (LEN bytes) as typed text would be: valid
 * UTF-8, no control characters but newlines and tabs; carriage returns
 * before a newline are dropped.  Return 0, or -1 with a message. */
static int
clean_text(char *data, size_t *len, char **error)
{
	size_t bad, i, j, line = 1;

	if (!text_valid_utf8(data, *len, &bad)) {
		*error = xasprintf(_("The edited text is not valid UTF-8 (byte "
		    "%zu); the field was not changed."), bad + 1);
		return -1;
	}
	for (i = j = 0; i < *len; i++) {
		unsigned char c = (unsigned char)data[i];

		if (c == '\r' && i + 1 < *len && data[i + 1] == '\n')
			continue;
		if (c == '\n')
			line++;
		else if ((c < 0x20 && c != '\t') || c == 0x7f) {
			*error = xasprintf(_("The edited text has a control "
			    "character on line %zu; the field was not "
			    "changed."), line);
			return -1;
		}
		data[j++] = data[i];
	}
	data[j] = '\0';
	*len = j;
	return 0;
}

int
extedit_run(const char *text, char **out, char **error)
{
	char *name = write_temp(text, error), *data = NULL;
	size_t len = 0, tlen = strlen(text);
	int status;

	if (name == NULL)
		return -1;
	status = run_editor(name);
	if (status != 0) {
		*error = status == 127 ? xstrdup(_("The editor could not be "
		    "started: set VISUAL or EDITOR.")) : xasprintf(_("The "
		    "editor failed (status %d); the field was not changed."),
		    status);
	} else if (file_read(name, FILE_MAX_SIZE, &data, &len, error) == 0
	    && clean_text(data, &len, error) == 0) {
		/* The newline the editor (or we) put at the end. */
		if (len > 0 && data[len - 1] == '\n'
		    && (tlen == 0 || text[tlen - 1] != '\n'))
			data[--len] = '\0';
		*out = data;
		data = NULL;
		status = 0;
	} else {
		status = -1;
	}
	unlink(name);
	free(name);
	free(data);
	return status == 0 ? 0 : -1;
}
