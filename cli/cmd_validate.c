/* cmd_validate.c — "tripreport validate": check drafts against the rules
 * of their templates, and say what is wrong and where. */
#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

#include "cli/commands.h"
#include "cli/report.h"
#include "forms/validate.h"
#include "lib/i18n.h"
#include "storage/draft_file.h"
#include "storage/templates.h"

/* What the files checked so far came to. */
struct tally {
	size_t errors;		/* problems of severity error */
	size_t warnings;
	bool trouble;		/* a file could not be read */
};

/* Print the --help text of validate. */
static void
print_help(void)
{
	printf(_("Usage: %s validate [OPTION]... FILE...\n"), PACKAGE);
	fputs(_("Check drafts against the rules of their template; print each "
		"problem as\nFILE:LINE:COL: FIELD: error|warning: message.\n"
		"\n"
		"Options:\n"
		"  -s, --strict  count warnings as errors\n"
		"  -j, --json    print the problems as a JSON array\n"
		"  -h, --help    show this help and exit\n"
		"\n"
		"Exit status: 0 when no draft has an error (warnings allowed, "
		"unless\n--strict), 1 when one has, 2 when a file cannot be "
		"read.\n"), stdout);
}

/* Check the draft at PATH, reporting its problems to R; add them up in
 * T. */
static void
validate_file(const char *path, struct template_cache *cache,
    struct report *r, struct tally *t)
{
	struct problem_list problems;
	const struct template *tmpl;
	struct draft *d;
	size_t i;

	problem_list_init(&problems);
	d = draft_file_read(path, cache, &tmpl, &problems);
	if (d == NULL)
		t->trouble = true;
	else
		draft_validate(d, tmpl, &problems);
	for (i = 0; i < problems.n; i++) {
		report_problem(r, path, &problems.items[i]);
		if (problems.items[i].severity == PROBLEM_ERROR)
			t->errors++;
		else
			t->warnings++;
	}
	problem_list_free(&problems);
	draft_free(d);
}

int
cmd_validate(int argc, char **argv)
{
	static const struct option options[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct tally t = { 0, 0, false };
	bool strict = false, json = false;
	struct template_cache *cache;
	struct report r;
	int opt;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+sjh", options, NULL)) != -1) {
		switch (opt) {
		case 's':
			strict = true;
			break;
		case 'j':
			json = true;
			break;
		case 'h':
			print_help();
			return CLI_EXIT_OK;
		default:
			return cli_usage_error("validate", _("unknown option "
			    "'%s'"), argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("validate", "%s", _("no draft to check"));
	cache = template_cache_new();
	report_begin(&r, stdout, json);
	for (; optind < argc; optind++)
		validate_file(argv[optind], cache, &r, &t);
	report_end(&r);
	template_cache_free(cache);
	if (t.trouble)
		return CLI_EXIT_TROUBLE;
	if (t.errors > 0 || (strict && t.warnings > 0))
		return CLI_EXIT_PROBLEMS;
	return CLI_EXIT_OK;
}
