/* ptydrive.c — run a full-screen program on a pseudo-terminal of a fixed
 * size, feed it keys from a script, and count what it writes back: the
 * bytes a user's terminal (and SSH link) would carry, and the time it
 * takes.  A benchmark driver, never part of the program.
 *
 *   ptydrive [-s COLSxROWS] [-q QUIET_MS] [-t TIMEOUT_MS] SCRIPT -- PROG ARG...
 *
 * The script has one command a line:
 *   paint LABEL          wait until the first screen is drawn (no output
 *                        for QUIET_MS); print its bytes and the time from
 *                        start to its last byte, in milliseconds
 *   send KEYS            send KEYS (escapes: \t \r \n \e \\ \xHH), wait
 *                        for the answer to settle, count nothing
 *   each LABEL N KEYS    send KEYS N times, waiting for each answer;
 *                        print the bytes per time
 *   chars LABEL TEXT     send TEXT one character at a time, waiting for
 *                        each answer; print the bytes per character
 *   hwm LABEL            print the program's peak resident memory (KiB)
 *   quit KEYS            send KEYS and wait for the program to end
 * Figures are printed as "LABEL NAME VALUE" lines on standard output.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child = -1;
static int quiet_ms = 150;
static int timeout_ms = 5000;
static struct timespec started;
static FILE *log_file;		/* $PTYDRIVE_LOG: all output, for a look */

/* Return milliseconds since the program was started. */
static double
elapsed_ms(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double) (now.tv_sec - started.tv_sec) * 1e3
	    + (double) (now.tv_nsec - started.tv_nsec) / 1e6;
}

/* Read what the program writes until it has been quiet for QUIET_MS
 * after at least one byte (or TIMEOUT_MS with none); return the bytes,
 * and store the time of the last one in *LAST (when not NULL). */
static long
drain(double *last)
{
	char buf[65536];
	long total = 0;
	double t0 = elapsed_ms();

	for (;;) {
		struct pollfd p = { .fd = master, .events = POLLIN };
		int wait = total > 0 ? quiet_ms
		    : timeout_ms - (int) (elapsed_ms() - t0);
		ssize_t n;

		if (wait <= 0 || poll(&p, 1, wait) <= 0)
			return total;
		n = read(master, buf, sizeof buf);
		if (n <= 0)
			return total;
		total += n;
		if (log_file != NULL)
			fwrite(buf, 1, (size_t) n, log_file);
		if (last != NULL)
			*last = elapsed_ms();
	}
}

/* Decode the escapes of S into OUT (as long as S); return its length. */
static size_t
unescape(const char *s, char *out)
{
	size_t n = 0;

	while (*s != '\0') {
		if (*s != '\\' || s[1] == '\0') {
			out[n++] = *s++;
			continue;
		}
		s++;
		switch (*s) {
		case 't': out[n++] = '\t'; s++; break;
		case 'r': out[n++] = '\r'; s++; break;
		case 'n': out[n++] = '\n'; s++; break;
		case 'e': out[n++] = 27; s++; break;
		case 's': out[n++] = ' '; s++; break;
		case 'x':
			out[n++] = (char) strtol((char[3]) { s[1], s[2], 0 },
			    NULL, 16);
			s += 3;
			break;
		default: out[n++] = *s++; break;
		}
	}
	return n;
}

/* Send the LEN bytes at S to the program. */
static void
send_bytes(const char *s, size_t len)
{
	while (len > 0) {
		ssize_t n = write(master, s, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		s += n;
		len -= (size_t) n;
	}
}

/* Send the escaped KEYS and return the bytes of the answer. */
static long
send_keys(const char *keys)
{
	char *buf = malloc(strlen(keys) + 1);
	size_t n = unescape(keys, buf);
	long got;

	send_bytes(buf, n);
	free(buf);
	got = drain(NULL);
	return got;
}

/* Send TEXT one UTF-8 character at a time; print bytes per character. */
static void
send_chars(const char *label, const char *text)
{
	long total = 0, chars = 0;

	while (*text != '\0') {
		size_t n = 1;

		while ((text[n] & 0xc0) == 0x80)
			n++;
		send_bytes(text, n);
		total += drain(NULL);
		chars++;
		text += n;
	}
	printf("%s bytes_per_char %.1f\n", label,
	    chars > 0 ? (double) total / (double) chars : 0.0);
}

/* Print the child's peak resident memory in KiB. */
static void
print_hwm(const char *label)
{
	char path[64], line[256];
	FILE *fp;

	snprintf(path, sizeof path, "/proc/%ld/status", (long) child);
	fp = fopen(path, "r");
	if (fp == NULL)
		return;
	while (fgets(line, sizeof line, fp) != NULL)
		if (strncmp(line, "VmHWM:", 6) == 0)
			printf("%s peak_kib %ld\n", label,
			    strtol(line + 6, NULL, 10));
	fclose(fp);
}

/* Run one script line. */
static void
run_line(char *line)
{
	char *cmd = strtok(line, " \n"), *label, *rest;
	double last = 0;

	if (cmd == NULL || *cmd == '#')
		return;
	if (strcmp(cmd, "paint") == 0) {
		long b = drain(&last);

		label = strtok(NULL, " \n");
		printf("%s bytes %ld\n%s ms %.2f\n", label, b, label, last);
	} else if (strcmp(cmd, "send") == 0 || strcmp(cmd, "quit") == 0) {
		rest = strtok(NULL, "\n");
		send_keys(rest != NULL ? rest : "");
		if (strcmp(cmd, "quit") == 0) {
			int st;

			close(master);
			master = -1;
			waitpid(child, &st, 0);
			child = -1;
		}
	} else if (strcmp(cmd, "each") == 0) {
		long n, i, total = 0;

		label = strtok(NULL, " ");
		n = strtol(strtok(NULL, " "), NULL, 10);
		rest = strtok(NULL, "\n");
		for (i = 0; i < n; i++)
			total += send_keys(rest != NULL ? rest : "");
		printf("%s bytes_per_key %.1f\n", label,
		    n > 0 ? (double) total / (double) n : 0.0);
	} else if (strcmp(cmd, "chars") == 0) {
		label = strtok(NULL, " ");
		rest = strtok(NULL, "\n");
		send_chars(label, rest != NULL ? rest : "");
	} else if (strcmp(cmd, "hwm") == 0) {
		print_hwm(strtok(NULL, " \n"));
	}
	fflush(stdout);
}

/* Start ARGV on a new pseudo-terminal of COLS x ROWS. */
static void
start(char **argv, int cols, int rows)
{
	struct winsize ws = { .ws_row = (unsigned short) rows,
	    .ws_col = (unsigned short) cols };

	clock_gettime(CLOCK_MONOTONIC, &started);
	child = forkpty(&master, NULL, NULL, &ws);
	if (child < 0) {
		perror("forkpty");
		exit(2);
	}
	if (child == 0) {
		execvp(argv[0], argv);
		perror(argv[0]);
		_exit(127);
	}
}

int
main(int argc, char **argv)
{
	int cols = 80, rows = 24, opt;
	char line[65536];
	FILE *script;

	while ((opt = getopt(argc, argv, "+s:q:t:")) != -1) {
		switch (opt) {
		case 's':
			if (sscanf(optarg, "%dx%d", &cols, &rows) != 2)
				return 2;
			break;
		case 'q':
			quiet_ms = atoi(optarg);
			break;
		case 't':
			timeout_ms = atoi(optarg);
			break;
		default:
			return 2;
		}
	}
	if (argc - optind < 3 || strcmp(argv[optind + 1], "--") != 0) {
		fprintf(stderr, "usage: ptydrive [-s COLSxROWS] [-q MS] "
		    "[-t MS] SCRIPT -- PROG ARG...\n");
		return 2;
	}
	script = fopen(argv[optind], "r");
	if (script == NULL) {
		perror(argv[optind]);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	if (getenv("PTYDRIVE_LOG") != NULL)
		log_file = fopen(getenv("PTYDRIVE_LOG"), "w");
	start(argv + optind + 2, cols, rows);
	while (child > 0 && fgets(line, sizeof line, script) != NULL)
		run_line(line);
	fclose(script);
	if (child > 0) {
		kill(child, SIGTERM);
		waitpid(child, NULL, 0);
	}
	return 0;
}
