/* commands.c — the sub-command table and the messages all commands share. */
#include <config.h>

#include "cli/commands.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "lib/i18n.h"

const struct cli_command cli_commands[] = {
	{ "new", N_("[-t TEMPLATE] FILE"),
	    N_("create an empty draft (never overwrites)"), cmd_new },
	{ "validate", N_("[--strict] [--json] FILE..."),
	    N_("check drafts against the rules of their template"),
	    cmd_validate },
	{ "templates", "", N_("list the known templates"), cmd_templates },
	{ "list", N_("[-s change|period] [-f TEXT] [--trash]"),
	    N_("list the drafts of the drafts folder"), cmd_list },
	{ "print", N_("[-e ENCODING] [-w COLUMNS] [--sheet-only] [--ascii] "
	    "[--replace] [--lp[=PRINTER]] FILE"),
	    N_("write the plain-text copy of a draft"), cmd_print },
	{ "import", N_("[-e ENCODING] [-t TEMPLATE] [--force] TEXT -o FILE"),
	    N_("make a draft from a printed or plain-text report"),
	    cmd_import },
	{ NULL, NULL, NULL, NULL }
};

const struct cli_command *
cli_command_find(const char *name)
{
	const struct cli_command *c;

	for (c = cli_commands; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

int
cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", PACKAGE);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (command != NULL)
		fprintf(stderr, _("Try '%s %s --help' for more information.\n"),
		    PACKAGE, command);
	else
		fprintf(stderr, _("Try '%s --help' for more information.\n"),
		    PACKAGE);
	return CLI_EXIT_TROUBLE;
}

void
cli_print_help_trailer(void)
{
	printf(_("Exit status: 0 when all is well, 1 when a draft has problems, "
		 "2 for usage or I/O errors.\n"));
}
