/* lp.c — a copy sent to lp by fork and exec (see lp.h). */
#include <config.h>

#include "storage/lp.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lib/i18n.h"
#include "lib/xalloc.h"

/* Return the program to run: $TRIPREPORT_PRINT_COMMAND, else lp. */
static const char *
spooler(void)
{
	const char *cmd = getenv("TRIPREPORT_PRINT_COMMAND");

	return cmd != NULL && *cmd != '\0' ? cmd : "lp";
}

/* In the child: read the copy from IN, exec the spooler, and on failure
 * write errno to REPORT and exit. */
static _Noreturn void
child(int in, int report, const char *cmd, const char *printer,
    const char *title)
{
	const char *argv[8];
	size_t n = 0;
	int e;

	argv[n++] = cmd;
	if (printer != NULL) {
		argv[n++] = "-d";
		argv[n++] = printer;
	}
	argv[n++] = "-t";
	argv[n++] = title;
	argv[n] = NULL;
	if (dup2(in, STDIN_FILENO) < 0)
		_exit(127);
	close(in);
	execvp(cmd, (char *const *)argv);
	e = errno;
	if (write(report, &e, sizeof e) < 0)
		_exit(127);
	_exit(127);
}

/* Write LEN bytes at DATA to FD whole.  Return 0, or an errno value. */
static int
write_all(int fd, const char *data, size_t len)
{
	while (len > 0) {
		ssize_t w = write(fd, data, len);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return errno;
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

/* Wait for PID; return its exit status, or -1 when it did not exit. */
static int
wait_for(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int
lp_send(const char *printer, const char *title, const char *data,
    size_t len, char **error)
{
	const char *cmd = spooler();
	int copy[2], report[2], werr, exec_errno = 0, status;
	struct sigaction ign, old;
	pid_t pid;

	if (pipe(copy) < 0 || pipe(report) < 0) {
		*error = xasprintf(_("cannot run '%s': %s"), cmd,
		    strerror(errno));
		return -1;
	}
	fcntl(report[1], F_SETFD, FD_CLOEXEC);
	fcntl(copy[1], F_SETFD, FD_CLOEXEC);
	pid = fork();
	if (pid < 0) {
		*error = xasprintf(_("cannot run '%s': %s"), cmd,
		    strerror(errno));
		close(copy[0]);
		close(copy[1]);
		close(report[0]);
		close(report[1]);
		return -1;
	}
	if (pid == 0) {
		close(report[0]);
		child(copy[0], report[1], cmd, printer, title);
	}
	close(copy[0]);
	close(report[1]);
	/* A spooler that stops reading must not kill us with SIGPIPE. */
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	werr = write_all(copy[1], data, len);
	close(copy[1]);
	sigaction(SIGPIPE, &old, NULL);
	if (read(report[0], &exec_errno, sizeof exec_errno)
	    != (ssize_t)sizeof exec_errno)
		exec_errno = 0;
	close(report[0]);
	status = wait_for(pid);
	if (exec_errno == ENOENT)
		*error = xasprintf(_("cannot run '%s': it is not installed (on "
		    "Debian, the package cups-client provides lp); set "
		    "TRIPREPORT_PRINT_COMMAND to use another program"), cmd);
	else if (exec_errno != 0)
		*error = xasprintf(_("cannot run '%s': %s"), cmd,
		    strerror(exec_errno));
	else if (status != 0)
		*error = xasprintf(_("'%s' failed (exit status %d)"), cmd,
		    status);
	else if (werr != 0)
		*error = xasprintf(_("cannot send the copy to '%s': %s"), cmd,
		    strerror(werr));
	else
		return 0;
	return -1;
}
