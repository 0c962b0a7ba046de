/* cmd_templates.c — "tripreport templates": the ids and names of the
 * known templates. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/report.h"
#include "forms/text.h"
#include "lib/i18n.h"
#include "storage/templates.h"

/* Print the --help text of templates. */
static void
print_help(void)
{
	printf(_("Usage: %s templates\n"), PACKAGE);
	fputs(_("List the known templates: the id to give 'new -t', and the "
		"name of the\nform.  They are read from --templates DIR, "
		"$TRIPREPORT_TEMPLATES or the\ninstalled folder.\n"
		"\n"
		"Options:\n"
		"  -h, --help  show this help and exit\n"), stdout);
}

/* Print template ID's line, its id padded to WIDTH.  Return 0, or -1
 * after printing why it cannot be loaded. */
static int
print_template(const char *id, int width)
{
	struct problem_list errors;
	struct template *t;
	char *name;

	problem_list_init(&errors);
	t = templates_load(id, &errors);
	if (t == NULL) {
		report_problems_stderr(id, &errors);
		problem_list_free(&errors);
		return -1;
	}
	name = text_sanitize(t->name);
	printf("%-*s  %s\n", width, id, name);
	free(name);
	template_free(t);
	return 0;
}

/* List the templates.  Return an exit status. */
static int
list_templates(void)
{
	char **ids, *error = NULL, *safe;
	long n, i;
	int width = 0, status = CLI_EXIT_OK;

	n = templates_list(&ids, &error);
	if (n < 0) {
		safe = text_sanitize(error);
		fprintf(stderr, "%s: %s\n", PACKAGE, safe);
		free(safe);
		free(error);
		return CLI_EXIT_TROUBLE;
	}
	for (i = 0; i < n; i++)
		if ((int)strlen(ids[i]) > width)
			width = (int)strlen(ids[i]);
	for (i = 0; i < n; i++) {
		if (print_template(ids[i], width) != 0)
			status = CLI_EXIT_TROUBLE;
		free(ids[i]);
	}
	free(ids);
	return status;
}

int
cmd_templates(int argc, char **argv)
{
	static const struct option options[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int opt;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+h", options, NULL)) != -1) {
		if (opt == 'h') {
			print_help();
			return CLI_EXIT_OK;
		}
		return cli_usage_error("templates", _("unknown option '%s'"),
		    argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("templates", _("unexpected argument "
		    "'%s'"), argv[optind]);
	return list_templates();
}
