/* cmd_import.c — "tripreport import": a draft from a printed copy or from
 * the text of the official web system, in UTF-8 or Big5.  What could not
 * be placed is reported with its line; an existing draft is never
 * overwritten without --force.
 */
#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/report.h"
#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/encoding.h"
#include "storage/file.h"
#include "storage/import.h"
#include "storage/templates.h"

/* What the command line asked for. */
struct import_args {
	const char *encoding;	/* -e, or NULL to detect */
	const char *template_id;	/* -t, or NULL to go by the title */
	bool force;
	const char *text;	/* the file read */
	const char *output;	/* -o */
};

/* Print the --help text of import. */
static void
import_help(void)
{
	printf(_("Usage: %s import [OPTION]... TEXT -o FILE\n"), PACKAGE);
	fputs(_("Make the draft FILE from TEXT: a copy printed by this program, "
		"or the\ntext of the official web system. UTF-8 and Big5 are "
		"told apart by\nthemselves.\n"), stdout);
	fputs(_("\nOptions:\n"
		"  -o, --output=FILE        the draft to write\n"
		"  -e, --encoding=ENCODING  read TEXT as ENCODING (UTF-8, BIG5, "
		"CP950 ...)\n"
		"  -t, --template=TEMPLATE  the template of the report; by "
		"default the\n"
		"                           one whose title the text starts "
		"with\n"
		"      --force              overwrite FILE when it exists\n"
		"  -h, --help               show this help and exit\n"), stdout);
	fputs(_("\nLines that could not be placed are listed as TEXT:LINE: "
		"warnings;\nthe exit status is then 1.\n"), stdout);
	putchar('\n');
	cli_print_help_trailer();
}

/* Parse the command line into A.  Return -1 to go on, else an exit
 * status. */
static int
parse_args(int argc, char **argv, struct import_args *a)
{
	enum { OPT_FORCE = 256 };
	static const struct option options[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "encoding", required_argument, NULL, 'e' },
		{ "template", required_argument, NULL, 't' },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int opt;

	opterr = 0;
	optind = 0;	/* 0: start afresh, as glibc wants */
	while ((opt = getopt_long(argc, argv, ":o:e:t:h", options, NULL))
	    != -1) {
		switch (opt) {
		case 'o':
			a->output = optarg;
			break;
		case 'e':
			a->encoding = optarg;
			break;
		case 't':
			a->template_id = optarg;
			break;
		case OPT_FORCE:
			a->force = true;
			break;
		case 'h':
			import_help();
			return CLI_EXIT_OK;
		case ':':
			return cli_usage_error("import", _("option '%s' needs "
			    "an argument"), argv[optind - 1]);
		default:
			return cli_usage_error("import", _("unknown option "
			    "'%s'"), argv[optind - 1]);
		}
	}
	if (argc - optind != 1)
		return cli_usage_error("import", argc - optind == 0
		    ? _("no text named") : _("more than one text named"));
	if (a->output == NULL)
		return cli_usage_error("import", _("no draft named: give "
		    "-o FILE"));
	a->text = argv[optind];
	return -1;
}

/* Print MSG about the file PATH on standard error. */
static void
say(const char *path, const char *msg)
{
	char *p = text_sanitize(path);

	fprintf(stderr, "%s: %s\n", p, msg);
	free(p);
}

/* Return the text of A->text as UTF-8 (caller frees), or NULL after
 * saying why. */
static char *
read_text(const struct import_args *a)
{
	struct encoding_error err;
	char *data, *error = NULL, *out = NULL, *msg;
	const char *charset;
	size_t len, out_len;

	if (file_read(a->text, FILE_MAX_SIZE, &data, &len, &error) != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, error);
		free(error);
		return NULL;
	}
	charset = a->encoding != NULL ? a->encoding : encoding_detect(data, len);
	if (charset == NULL) {
		say(a->text, _("the text is neither UTF-8 nor Big5; name its "
		    "encoding with -e"));
	} else if (encoding_is_utf8(charset)) {
		size_t bad;

		if (text_valid_utf8(data, len, &bad) && strlen(data) == len)
			out = xstrdup(data + (strncmp(data, "\xef\xbb\xbf", 3)
			    == 0 ? 3 : 0));
		else {
			msg = xasprintf(_("bytes at offset %zu are not valid "
			    "%s"), bad, "UTF-8");
			say(a->text, msg);
			free(msg);
		}
	} else if (encoding_to_utf8(charset, data, len, &out, &out_len, &err)
	    != ENCODING_OK) {
		msg = encoding_error_message(&err, charset);
		say(a->text, msg);
		free(msg);
		out = NULL;
	}
	free(data);
	return out;
}

/* Return true when the title TITLE is the one of template T. */
static bool
title_is(const char *title, const struct template *t)
{
	const char *want = t->title != NULL ? t->title : t->name;

	return want != NULL && strcmp(title, want) == 0;
}

/* Return the template of the report TEXT: -t, else the one whose title
 * the text starts with, else the default.  NULL after saying why. */
static struct template *
choose_template(const struct import_args *a, const char *text)
{
	struct problem_list errors;
	struct template *t = NULL;
	char **ids = NULL, *error = NULL, *title;
	long n, i;

	problem_list_init(&errors);
	if (a->template_id != NULL) {
		t = templates_load(a->template_id, &errors);
		report_problems_stderr(a->template_id, &errors);
		problem_list_free(&errors);
		return t;
	}
	title = import_title(text);
	n = templates_list(&ids, &error);
	for (i = 0; i < n; i++) {
		if (t == NULL) {
			struct problem_list ignored;

			problem_list_init(&ignored);
			t = templates_load(ids[i], &ignored);
			problem_list_free(&ignored);
			if (t != NULL && !title_is(title, t)) {
				template_free(t);
				t = NULL;
			}
		}
		free(ids[i]);
	}
	free(ids);
	free(error);
	free(title);
	if (t == NULL) {
		t = templates_load(TEMPLATES_DEFAULT_ID, &errors);
		report_problems_stderr(TEMPLATES_DEFAULT_ID, &errors);
	}
	problem_list_free(&errors);
	return t;
}

/* Write D as the new draft A->output.  Return an exit status. */
static int
write_draft(const struct import_args *a, const struct draft *d,
    const struct template *t)
{
	char *error = NULL;
	int r;

	r = a->force ? draft_file_save(a->output, d, t, &error)
	    : draft_file_create(a->output, d, t, &error);
	if (r == 1) {
		say(a->output, _("the file exists; use --force to overwrite "
		    "it"));
		return CLI_EXIT_TROUBLE;
	}
	if (r != 0) {
		fprintf(stderr, "%s: %s\n", PACKAGE, error);
		free(error);
		return CLI_EXIT_TROUBLE;
	}
	return CLI_EXIT_OK;
}

/* Import TEXT with template T and write the draft.  Return an exit
 * status. */
static int
import_and_write(const struct import_args *a, const char *text,
    const struct template *t)
{
	struct problem_list notes;
	struct draft *d;
	int status;
	char *msg;

	problem_list_init(&notes);
	d = import_text(text, t, &notes);
	report_problems_stderr(a->text, &notes);
	if (d == NULL) {
		say(a->output, _("nothing was written"));
		problem_list_free(&notes);
		return CLI_EXIT_TROUBLE;
	}
	status = write_draft(a, d, t);
	if (status == CLI_EXIT_OK && notes.n > 0) {
		msg = xasprintf(P_("%zu line could not be placed; the draft "
		    "holds the rest", "%zu lines could not be placed; the "
		    "draft holds the rest", notes.n), notes.n);
		say(a->output, msg);
		free(msg);
		status = CLI_EXIT_PROBLEMS;
	}
	draft_free(d);
	problem_list_free(&notes);
	return status;
}

/* Run "tripreport import". */
int
cmd_import(int argc, char **argv)
{
	struct import_args a = { NULL, NULL, false, NULL, NULL };
	struct template *t;
	char *text;
	int status;

	if ((status = parse_args(argc, argv, &a)) >= 0)
		return status;
	if (!a.force && access(a.output, F_OK) == 0) {
		say(a.output, _("the file exists; use --force to overwrite "
		    "it"));
		return CLI_EXIT_TROUBLE;
	}
	if ((text = read_text(&a)) == NULL)
		return CLI_EXIT_TROUBLE;
	t = choose_template(&a, text);
	if (t == NULL) {
		free(text);
		return CLI_EXIT_TROUBLE;
	}
	status = import_and_write(&a, text, t);
	template_free(t);
	free(text);
	encoding_cache_free();
	return status;
}
