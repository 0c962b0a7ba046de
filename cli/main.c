/* main.c — the command line: global options, then one sub-command. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/commands.h"
#include "cli/locale.h"
#include "lib/i18n.h"
#include "storage/templates.h"
#include "tui/app.h"
#include "tui/browser.h"

/* Print the program's --help text on standard output. */
static void
print_help(void)
{
	const struct cli_command *c;

	printf(_("Usage: %s [OPTION]... [FILE.yaml]\n"
		 "  or:  %s COMMAND [OPTION]... [ARGUMENT]...\n"), PACKAGE,
	    PACKAGE);
	fputs(_("Write the report of an official trip abroad (公務出國報告):\n"
		"fill in its summary sheet in a full-screen form, keep drafts as\n"
		"YAML files, check them, and print plain-text copies.\n"), stdout);
	fputs(_("With no FILE, the drafts browser opens on the drafts folder;\n"
		"with FILE, the form opens on that draft.\n"), stdout);
	if (cli_commands[0].name != NULL) {
		fputs(_("\nCommands:\n"), stdout);
		for (c = cli_commands; c->name != NULL; c++) {
			if (c->usage[0] != '\0')
				printf("  %s %s\n", c->name, _(c->usage));
			else
				printf("  %s\n", c->name);
			printf("      %s\n", _(c->summary));
		}
	}
	fputs(_("\nOptions:\n"
		"      --templates=DIR  read the templates from DIR\n"
		"  -h, --help           show this help and exit\n"
		"  -V, --version        show the version and exit\n"), stdout);
	fputs(_("\nEnvironment:\n"
		"  TRIPREPORT_TEMPLATES  folder of the templates\n"
		"  TRIPREPORT_DRAFTS     folder of the drafts\n"), stdout);
	fputs(_("  XDG_CONFIG_HOME       holds tripreport/profile.yaml: your "
		"details\n"
		"                        for new drafts\n"), stdout);
	if (cli_commands[0].name != NULL)
		printf(_("\nRun '%s COMMAND --help' for the options of a "
			 "command.\n"), PACKAGE);
	cli_print_help_trailer();
}

/* Print the program's --version text on standard output. */
static void
print_version(void)
{
	printf("%s %s\n", PACKAGE, VERSION);
}

int
main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "templates", required_argument, NULL, 'T' },
		{ NULL, 0, NULL, 0 }
	};
	const struct cli_command *command;
	int opt;

	if (cli_locale_init() != 0)
		return CLI_EXIT_TROUBLE;

	/* "+": stop at the first non-option, the sub-command's name. */
	opterr = 0;
	while ((opt = getopt_long(argc, argv, "+hV", options, NULL)) != -1) {
		switch (opt) {
		case 'h':
			print_help();
			return CLI_EXIT_OK;
		case 'V':
			print_version();
			return CLI_EXIT_OK;
		case 'T':
			templates_set_dir(optarg);
			break;
		default:
			if (optopt == 'T')
				return cli_usage_error(NULL, "%s",
				    _("--templates needs a folder"));
			if (optopt != 0)
				return cli_usage_error(NULL,
				    _("unknown option '-%c'"), optopt);
			return cli_usage_error(NULL, _("unknown option '%s'"),
			    argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return tui_browse();	/* tripreport: the drafts browser */
	command = cli_command_find(argv[optind]);
	if (command == NULL && optind + 1 == argc)
		return tui_edit_file(argv[optind]);	/* tripreport FILE */
	if (command == NULL)
		return cli_usage_error(NULL, _("unknown command '%s'"),
		    argv[optind]);
	optind++;	/* leave argv[optind - 1] = the command name */
	return command->run(argc - optind + 1, argv + optind - 1);
}
