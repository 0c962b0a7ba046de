/* cmd_print.c — "tripreport print": the plain-text copy of a draft, in
 * UTF-8 or any encoding iconv knows, on standard output or to lp.  The
 * whole copy is laid out and converted before a byte is written, so a
 * character the encoding cannot hold stops it with nothing half-printed.
 */
#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "storage/lp.h"
#include "cli/report.h"
#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/encoding.h"
#include "storage/print.h"

/* What the command line asked for. */
struct print_args {
	struct print_options layout;
	const char *encoding;	/* "UTF-8" unless -e */
	bool replace;
	bool lp;
	const char *printer;	/* --lp PRINTER, or NULL */
	const char *file;
};

/* Print the --help text of print. */
static void
print_help(void)
{
	printf(_("Usage: %s print [OPTION]... FILE\n"), PACKAGE);
	fputs(_("Write the plain-text copy of the draft FILE: the summary sheet "
		"as the\nofficial form reads, then the body sections.\n"),
	    stdout);
	fputs(_("\nOptions:\n"
		"  -e, --encoding=ENCODING  write in ENCODING (BIG5, CP950, any "
		"that iconv\n"
		"                           knows); the default is UTF-8\n"
		"  -w, --width=COLUMNS      wrap lines at COLUMNS (40 to 1000; "
		"80)\n"
		"      --sheet-only         leave out the body\n"
		"      --ascii              [x] and [ ] for boxes, '-' for rules\n"
		"      --replace            put a marker in place of a character "
		"the\n"
		"                           encoding cannot hold, instead of "
		"stopping\n"
		"      --lp[=PRINTER]       send the copy to lp (on PRINTER) "
		"instead of\n"
		"                           standard output\n"
		"  -h, --help               show this help and exit\n"), stdout);
	fputs(_("\nEnvironment:\n"
		"  TRIPREPORT_PRINT_COMMAND  the program run in place of lp\n"),
	    stdout);
	putchar('\n');
	cli_print_help_trailer();
}

/* Read the width argument ARG into A.  Return 0, or -1 when it is no
 * number in range. */
static int
parse_width(const char *arg, struct print_args *a)
{
	char *end;
	long n = strtol(arg, &end, 10);

	if (*arg == '\0' || *end != '\0' || n < PRINT_MIN_COLUMNS
	    || n > PRINT_MAX_COLUMNS)
		return -1;
	a->layout.columns = (size_t)n;
	return 0;
}

/* Parse the command line into A.  Return -1 to go on, else an exit
 * status. */
static int
parse_args(int argc, char **argv, struct print_args *a)
{
	enum { OPT_SHEET = 256, OPT_ASCII, OPT_REPLACE, OPT_LP };
	static const struct option options[] = {
		{ "encoding", required_argument, NULL, 'e' },
		{ "width", required_argument, NULL, 'w' },
		{ "sheet-only", no_argument, NULL, OPT_SHEET },
		{ "ascii", no_argument, NULL, OPT_ASCII },
		{ "replace", no_argument, NULL, OPT_REPLACE },
		{ "lp", optional_argument, NULL, OPT_LP },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int opt;

	opterr = 0;
	optind = 0;	/* 0: start afresh, as glibc wants */
	while ((opt = getopt_long(argc, argv, ":e:w:h", options, NULL)) != -1) {
		switch (opt) {
		case 'e':
			a->encoding = optarg;
			break;
		case 'w':
			if (parse_width(optarg, a) != 0)
				return cli_usage_error("print", _("the width "
				    "must be a number from %d to %d: '%s'"),
				    PRINT_MIN_COLUMNS, PRINT_MAX_COLUMNS,
				    optarg);
			break;
		case OPT_SHEET:
			a->layout.sheet_only = true;
			break;
		case OPT_ASCII:
			a->layout.ascii = true;
			break;
		case OPT_REPLACE:
			a->replace = true;
			break;
		case OPT_LP:
			a->lp = true;
			a->printer = optarg;
			break;
		case 'h':
			print_help();
			return CLI_EXIT_OK;
		case ':':
			return cli_usage_error("print", _("option '%s' needs an "
			    "argument"), argv[optind - 1]);
		default:
			return cli_usage_error("print", _("unknown option '%s'"),
			    argv[optind - 1]);
		}
	}
	/* "--lp PRINTER FILE": the printer may follow --lp as a word. */
	if (a->lp && a->printer == NULL && argc - optind == 2)
		a->printer = argv[optind++];
	if (argc - optind != 1)
		return cli_usage_error("print", argc - optind == 0
		    ? _("no draft named") : _("more than one draft named"));
	a->file = argv[optind];
	return -1;
}

/* Print why the copy of FILE cannot be written in the encoding: the
 * field, its line in the copy, and the character. */
static void
report_encoding(const struct print_args *a, const struct print_copy *c,
    const struct template *t, const struct encoding_error *err)
{
	char *msg = encoding_error_message(err, a->encoding);
	const char *id = print_copy_field_at(c, err->offset);
	const struct template_field *f = id != NULL ? template_field(t, id)
	    : NULL;
	char *file = text_sanitize(a->file);

	if (f != NULL)
		fprintf(stderr, "%s: %s (%s): %s (%s)\n", file, f->id,
		    f->label, msg, _("nothing was printed"));
	else
		fprintf(stderr, _("%s: line %zu of the copy: %s (nothing was "
		    "printed)\n"), file, print_copy_line_at(c, err->offset),
		    msg);
	free(file);
	free(msg);
}

/* Convert the copy C to the encoding asked for.  Return 0 and store the
 * bytes (caller frees), or an exit status after saying why. */
static int
convert(const struct print_args *a, const struct print_copy *c,
    const struct template *t, char **out, size_t *len)
{
	struct encoding_error err;

	if (encoding_is_utf8(a->encoding)) {
		*out = xstrdup(c->text);
		*len = c->len;
		return 0;
	}
	if (encoding_from_utf8(a->encoding, c->text, c->len, a->replace, out,
	    len, &err) == ENCODING_OK)
		return 0;
	if (err.status == ENCODING_UNKNOWN) {
		char *msg = encoding_error_message(&err, a->encoding);

		cli_usage_error("print", "%s", msg);
		free(msg);
	} else {
		report_encoding(a, c, t, &err);
	}
	return CLI_EXIT_TROUBLE;
}

/* Write the LEN bytes of the copy where they go.  Return an exit
 * status. */
static int
deliver(const struct print_args *a, const char *data, size_t len)
{
	char *error = NULL;
	const char *base = strrchr(a->file, '/');

	if (a->lp) {
		if (lp_send(a->printer, base != NULL ? base + 1 : a->file, data,
		    len, &error) == 0)
			return CLI_EXIT_OK;
		fprintf(stderr, "%s: %s\n", PACKAGE, error);
		free(error);
		return CLI_EXIT_TROUBLE;
	}
	if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0) {
		perror(PACKAGE);
		return CLI_EXIT_TROUBLE;
	}
	return CLI_EXIT_OK;
}

/* Run "tripreport print". */
int
cmd_print(int argc, char **argv)
{
	struct print_args a = { .encoding = "UTF-8" };
	struct problem_list errors;
	struct draft *d = NULL;
	struct template *t = NULL;
	struct print_copy *copy;
	char *out;
	size_t len;
	int status;

	print_options_init(&a.layout);
	if ((status = parse_args(argc, argv, &a)) >= 0)
		return status;
	problem_list_init(&errors);
	if (draft_file_load(a.file, &d, &t, &errors) != 0) {
		report_problems_stderr(a.file, &errors);
		problem_list_free(&errors);
		return CLI_EXIT_TROUBLE;
	}
	problem_list_free(&errors);
	copy = print_layout(d, t, &a.layout);
	status = convert(&a, copy, t, &out, &len);
	if (status == 0) {
		status = deliver(&a, out, len);
		free(out);
	}
	print_copy_free(copy);
	draft_free(d);
	template_free(t);
	encoding_cache_free();
	return status;
}
