/* cmd_list.c — "tripreport list": the drafts of the drafts folder, one a
 * line, for scripts and for a look without the browser. */
#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/commands.h"
#include "forms/date.h"
#include "forms/text.h"
#include "lib/i18n.h"
#include "lib/xalloc.h"
#include "storage/drafts.h"

/* What the options ask for. */
struct list_options {
	enum drafts_order order;
	const char *filter;	/* or NULL */
	int trash;		/* list the trash instead */
};

/* Print the --help text of list. */
static void
print_help(void)
{
	printf(_("Usage: %s list [-s change|period] [-f TEXT] [--trash]\n"),
	    PACKAGE);
	fputs(_("List the drafts of the drafts folder ($TRIPREPORT_DRAFTS, "
		"else\n$XDG_DATA_HOME/tripreport/drafts, else "
		"~/.local/share/tripreport/drafts),\none a line, the fields "
		"separated by tabs: file name, template, period\n(ROC "
		"dates), status (ready, or the count of errors and "
		"warnings), time\nof the last change, title.\n"
		"\n"
		"Options:\n"
		"  -s, --sort=ORDER   change (last changed first, the "
		"default) or period\n"
		"                     (latest trip first)\n"
		"  -f, --filter=TEXT  only drafts whose title or file name "
		"holds TEXT\n"
		"      --trash        list the deleted drafts in the trash "
		"instead\n"
		"  -h, --help         show this help and exit\n"), stdout);
}

/* Return the period of E in ROC form ("107年7月7日～107年7月11日"), or
 * "-".  Caller frees. */
static char *
roc_period(const struct drafts_entry *e)
{
	char a[DATE_BUFSIZE], b[DATE_BUFSIZE];
	struct drafts_period p;

	if (!drafts_entry_period(e, &p))
		return xstrdup("-");
	return xasprintf("%s～%s", p.has_from ? date_to_roc(p.from, a) : "",
	    p.has_to ? date_to_roc(p.to, b) : "");
}

/* Print the line of entry E of the folder DIR; a draft that cannot be
 * read is also reported on standard error. */
static void
print_entry(const char *dir, const struct drafts_entry *e)
{
	char *name = text_sanitize(e->name), *status = drafts_entry_status(e);
	char *title = text_sanitize(e->title != NULL ? e->title : "");
	char *tmpl = text_sanitize(e->template_id != NULL ? e->template_id
	    : "-");
	char *period = roc_period(e), when[32] = "-", *why;
	struct tm tm;

	if (localtime_r(&e->mtime, &tm) != NULL)
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	printf("%s\t%s\t%s\t%s\t%s\t%s\n", name, tmpl, period, status, when,
	    title);
	if (e->load_error != NULL) {
		why = text_sanitize(e->load_error);
		fprintf(stderr, "%s/%s:%s\n", dir, name, why);
		free(why);
	}
	free(name);
	free(status);
	free(title);
	free(tmpl);
	free(period);
}

/* Print the drafts of the folder DIR as O asks.  Return an exit status. */
static int
list_folder(const char *dir, const struct list_options *o)
{
	struct template_cache *cache = template_cache_new();
	struct drafts_list l;
	char *error = NULL, *safe;
	size_t i;

	if (drafts_list_read(dir, cache, &l, &error) != 0) {
		safe = text_sanitize(error);
		fprintf(stderr, "%s: %s\n", PACKAGE, safe);
		free(safe);
		free(error);
		template_cache_free(cache);
		return CLI_EXIT_TROUBLE;
	}
	drafts_list_sort(&l, o->order);
	for (i = 0; i < l.n; i++)
		if (drafts_entry_matches(&l.items[i], o->filter))
			print_entry(dir, &l.items[i]);
	drafts_list_clear(&l);
	template_cache_free(cache);
	return CLI_EXIT_OK;
}

/* Find the drafts folder, make it when missing, and list it (or its
 * trash) as O asks.  Return an exit status. */
static int
list_drafts(const struct list_options *o)
{
	char *dir = drafts_dir(), *warning = NULL, *error = NULL, *trash;
	char *safe;
	int status;

	if (dir == NULL) {
		fprintf(stderr, _("%s: no drafts folder: set "
		    "TRIPREPORT_DRAFTS or HOME\n"), PACKAGE);
		return CLI_EXIT_TROUBLE;
	}
	if (drafts_dir_prepare(dir, &warning, &error) != 0) {
		safe = text_sanitize(error);
		fprintf(stderr, "%s: %s\n", PACKAGE, safe);
		free(safe);
		free(error);
		free(dir);
		return CLI_EXIT_TROUBLE;
	}
	if (warning != NULL) {
		safe = text_sanitize(warning);
		fprintf(stderr, _("%s: warning: %s\n"), PACKAGE, safe);
		free(safe);
		free(warning);
	}
	trash = drafts_trash_dir(dir);
	if (o->trash && access(trash, F_OK) != 0)
		status = CLI_EXIT_OK;	/* nothing deleted yet */
	else
		status = list_folder(o->trash ? trash : dir, o);
	free(trash);
	free(dir);
	return status;
}

int
cmd_list(int argc, char **argv)
{
	static const struct option options[] = {
		{ "sort", required_argument, NULL, 's' },
		{ "filter", required_argument, NULL, 'f' },
		{ "trash", no_argument, NULL, 'T' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct list_options o = { DRAFTS_BY_CHANGE, NULL, 0 };
	int opt;

	opterr = 0;
	optind = 1;
	while ((opt = getopt_long(argc, argv, "+s:f:h", options, NULL)) != -1) {
		if (opt == 'h') {
			print_help();
			return CLI_EXIT_OK;
		} else if (opt == 's' && strcmp(optarg, "change") == 0)
			o.order = DRAFTS_BY_CHANGE;
		else if (opt == 's' && strcmp(optarg, "period") == 0)
			o.order = DRAFTS_BY_PERIOD;
		else if (opt == 's')
			return cli_usage_error("list", _("unknown order '%s' "
			    "(change or period)"), optarg);
		else if (opt == 'f')
			o.filter = optarg;
		else if (opt == 'T')
			o.trash = 1;
		else
			return cli_usage_error("list", _("unknown option "
			    "'%s'"), argv[optind - 1]);
	}
	if (optind < argc)
		return cli_usage_error("list", _("unexpected argument '%s'"),
		    argv[optind]);
	return list_drafts(&o);
}
