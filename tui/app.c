/* app.c — opening a draft in the form (see app.h). */
#include <config.h>

#include "tui/app.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forms/text.h"
#include "lib/i18n.h"
#include "storage/draft_file.h"
#include "storage/templates.h"
#include "tui/form.h"
#include "tui/screen.h"
#include "tui/signals.h"

/* Print the problems of L on standard error, GNU style, about PATH. */
static void
print_problems(const char *path, const struct problem_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct problem *p = &l->items[i];
		char *msg = text_sanitize(p->message);

		if (p->line > 0)
			fprintf(stderr, "%s:%d:%d: %s\n", path, p->line,
			    p->col, msg);
		else
			fprintf(stderr, "%s: %s\n", path, msg);
		free(msg);
	}
}

/* Load PATH, or make a new draft when it does not exist.  Return 0 with
 * both stored (caller frees), or -1 after saying why. */
static int
open_draft(const char *path, struct draft **d, struct template **t)
{
	struct problem_list l;
	struct stat st;
	int rc = 0;

	problem_list_init(&l);
	if (stat(path, &st) == 0 || errno != ENOENT) {
		if (draft_file_load(path, d, t, &l) != 0)
			rc = -1;
	} else {
		*t = templates_load(TEMPLATES_DEFAULT_ID, &l);
		if (*t == NULL)
			rc = -1;
		else
			*d = draft_new(*t);
	}
	if (rc == 0 && (*t)->n_fields == 0) {
		fprintf(stderr, _("%s: the template has no fields\n"), path);
		draft_free(*d);
		template_free(*t);
		rc = -1;
	}
	if (rc != 0)
		print_problems(path, &l);
	problem_list_free(&l);
	return rc;
}

int
tui_edit_file(const char *path)
{
	struct draft *d = NULL;
	struct template *t = NULL;
	struct form *f;
	int status;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, _("%s: %s: not a command; the form needs a "
		    "terminal to open it as a draft\n"), PACKAGE, path);
		return 2;
	}
	if (open_draft(path, &d, &t) != 0)
		return 2;
	tui_signals_install();
	if (tui_screen_start() != 0) {
		fprintf(stderr, _("%s: cannot start the terminal (TERM?)\n"),
		    PACKAGE);
		draft_free(d);
		template_free(t);
		return 2;
	}
	f = form_new(d, t, path);
	status = form_run(f);
	tui_screen_end();
	form_free(f);
	draft_free(d);
	template_free(t);
	return status;
}
