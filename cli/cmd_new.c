/* cmd_new.c — "tripreport new": create an empty draft of a template,
 * never overwriting a file. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli/commands.h"
#include "cli/report.h"
#include "forms/draft.h"
#include "forms/text.h"
#include "lib/i18n.h"
#include "storage/draft_file.h"
#include "storage/templates.h"

/* Print the --help text of new. */
static void
print_help(void)
{
	printf(_("Usage: %s new [-t TEMPLATE] FILE\n"), PACKAGE);
	printf(_("Create an empty draft of TEMPLATE (by default %s) at FILE, "
		 "readable by\nyou alone.  An existing file is never "
		 "overwritten.\n"
		 "\n"
		 "Options:\n"
		 "  -t, --template=TEMPLATE  the template's id (see '%s "
		 "templates')\n"
		 "  -h, --help               show this help and exit\n"),
	    TEMPLATES_DEFAULT_ID, PACKAGE);
}

/* Create the draft at PATH from template ID.  Return an exit status. */
static int
create(const char *path, const char *id)
{
	struct problem_list errors;
	struct template *t;
	struct draft *d;
	char *error = NULL, *safe;
	int r;

	problem_list_init(&errors);
	t = templates_load(id, &errors);
	if (t == NULL) {
		report_problems_stderr(path, &errors);
		problem_list_free(&errors);
		return CLI_EXIT_TROUBLE;
	}
	d = draft_new(t);
	r = draft_file_create(path, d, t, &error);
	draft_free(d);
	template_free(t);
	safe = text_sanitize(r < 0 ? error : path);
	if (r > 0)
		fprintf(stderr, _("%s: %s exists already; it is not "
		    "overwritten\n"), PACKAGE, safe);
	else if (r < 0)
		fprintf(stderr, "%s: %s\n", PACKAGE, safe);
	free(safe);
	free(error);
	return r == 0 ? CLI_EXIT_OK : CLI_EXIT_TROUBLE;
}

int
cmd_new(int argc, char **argv)
{
	static const struct option options[] = {
		{ "template", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *id = TEMPLATES_DEFAULT_ID;
	int opt;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+t:h", options, NULL)) != -1) {
		switch (opt) {
		case 't':
			id = optarg;
			break;
		case 'h':
			print_help();
			return CLI_EXIT_OK;
		default:
			if (optopt == 't')
				return cli_usage_error("new", "%s",
				    _("-t needs a template id"));
			return cli_usage_error("new", _("unknown option '%s'"),
			    argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("new", "%s", _("no file named"));
	if (optind + 1 < argc)
		return cli_usage_error("new", "%s", _("one file at a time"));
	return create(argv[optind], id);
}
