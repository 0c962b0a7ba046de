/* Unit tests of storage/recovery.c: the recovery file beside a draft,
 * written atomically and privately, never over another session's. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "forms/draft_diff.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/recovery.h"
#include "storage/templates.h"
#include "tests/tap.h"
#include "tests/unit/testfs.h"

/* The scratch folder of this run. */
static char folder[] = "/tmp/tripreport-recovery.XXXXXX";

/* Return the path of NAME in the scratch folder.  Caller frees. */
static char *
scratch(const char *name)
{
	return testfs_path(folder, name);
}

/* Return the sample draft of the test data (caller frees) and its
 * template in *T (caller frees). */
static struct draft *
sample(struct template **t)
{
	char *path = xasprintf("%s/data/taichung-2018.yaml",
	    getenv("TESTS_SRCDIR"));
	struct problem_list errors;
	struct draft *d = NULL;

	problem_list_init(&errors);
	if (draft_file_load(path, &d, t, &errors) != 0) {
		tap_diag("cannot load %s", path);
		exit(99);
	}
	problem_list_free(&errors);
	free(path);
	return d;
}

static void
test_paths(void)
{
	char *p = recovery_path_for("drafts/trip.yaml");

	tap_is_str(p, "drafts/.trip.yaml.recover",
	    "the recovery file stands beside the draft, hidden");
	free(p);
	p = recovery_path_for("trip.yaml");
	tap_is_str(p, "./.trip.yaml.recover", "a draft without a folder");
	free(p);
}

/* Write, read back, and the file's mode and place. */
static void
test_write_and_load(const struct draft *d, const struct template *t,
    const char *draft)
{
	struct recovery *r = recovery_new(draft);
	char *path = recovery_path_for(draft), *error = NULL;
	struct problem_list errors;
	struct draft *back;
	struct draft_diff diff;
	struct stat st;
	time_t mtime = 0;

	tap_ok(!recovery_exists(draft, NULL), "no recovery file at first");
	tap_ok(!recovery_written(r), "a new session has written nothing");
	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_WRITTEN,
	    "the first write of a session");
	tap_ok(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600,
	    "the recovery file is mode 0600");
	tap_ok(recovery_exists(draft, &mtime) && mtime == st.st_mtime,
	    "it exists, with its time of change");
	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_WRITTEN,
	    "a later write replaces the session's own file");
	problem_list_init(&errors);
	back = recovery_load(draft, t, &errors);
	tap_ok(back != NULL && errors.n == 0, "it loads as a draft");
	if (back != NULL) {
		draft_diff(d, back, t, &diff);
		tap_is_int(draft_diff_count(&diff), 0,
		    "and holds the same values");
		draft_diff_clear(&diff);
	}
	draft_free(back);
	problem_list_free(&errors);
	tap_is_int(recovery_remove(r, &error), 0, "the session removes it");
	tap_ok(!recovery_exists(draft, NULL), "and it is gone");
	recovery_free(r);
	free(path);
}

/* A recovery file left by an earlier session is never overwritten. */
static void
test_not_ours(const struct draft *d, const struct template *t,
    const char *draft)
{
	struct recovery *r = recovery_new(draft), *later;
	char *path = recovery_path_for(draft), *error = NULL;

	testfs_write_text(path, "format: tripreport/1\ntemplate: taichung\n"
	    "fields: {title: 舊的}\n");
	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_NOT_OURS,
	    "an older recovery file is not overwritten");
	tap_ok(error != NULL && strstr(error, path) != NULL,
	    "and the message names it");
	free(error);
	error = NULL;
	tap_is_int(recovery_remove(r, &error), 0,
	    "removing what the session did not write does nothing");
	tap_ok(recovery_exists(draft, NULL), "so the older file stays");
	tap_is_int(recovery_adopt(r), 0, "after a restore it is adopted");
	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_WRITTEN,
	    "and then replaced by the session's writes");
	/* Another session's file put there meanwhile stays. */
	later = recovery_new(draft);
	unlink(path);
	tap_is_int(recovery_write(later, d, t, &error), RECOVERY_WRITTEN,
	    "a file removed meanwhile is written anew by another session");
	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_NOT_OURS,
	    "and the first session no longer writes over it");
	free(error);
	error = NULL;
	tap_is_int(recovery_discard(draft, &error), 0,
	    "the user discards it");
	tap_ok(!recovery_exists(draft, NULL), "and it is gone");
	tap_is_int(recovery_discard(draft, &error), 0,
	    "discarding nothing is no error");
	recovery_free(r);
	recovery_free(later);
	free(path);
}

/* Broken and foreign recovery files are errors with a place. */
static void
test_bad_files(const struct template *t, const char *draft)
{
	static const struct {
		const char *title;
		const char *text;
		int line;
	} cases[] = {
		{"broken YAML", "format: tripreport/1\nfields: [\n", 3},
		{"another template", "format: tripreport/1\n"
		    "template: national\nfields: {}\n", 2},
		{"a value of the wrong shape", "format: tripreport/1\n"
		    "template: taichung\nfields:\n  title: [a, b]\n", 4},
		{"not a map", "- a\n", 1},
	};
	char *path = recovery_path_for(draft);
	struct problem_list errors;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct draft *d;

		testfs_write_text(path, cases[i].text);
		problem_list_init(&errors);
		d = recovery_load(draft, t, &errors);
		tap_ok(d == NULL && errors.n > 0, "%s is refused",
		    cases[i].title);
		tap_is_int(errors.n > 0 ? errors.items[0].line : -1,
		    cases[i].line, "%s: the line of the error",
		    cases[i].title);
		draft_free(d);
		problem_list_free(&errors);
	}
	unlink(path);
	problem_list_init(&errors);
	tap_ok(recovery_load(draft, t, &errors) == NULL && errors.n == 1,
	    "a missing recovery file is an error to load");
	problem_list_free(&errors);
	free(path);
}

/* A folder where the recovery file cannot be written. */
static void
test_failure(const struct draft *d, const struct template *t)
{
	char *draft = scratch("missing/trip.yaml"), *error = NULL;
	struct recovery *r = recovery_new(draft);

	tap_is_int(recovery_write(r, d, t, &error), RECOVERY_FAILED,
	    "a missing folder fails");
	tap_ok(error != NULL, "with a message");
	free(error);
	recovery_free(r);
	recovery_free(NULL);
	free(draft);
}

int
main(void)
{
	struct template *t = NULL;
	struct draft *d;
	char *draft;

	if (mkdtemp(folder) == NULL)
		return 99;
	d = sample(&t);
	draft = scratch("trip.yaml");
	test_paths();
	test_write_and_load(d, t, draft);
	test_not_ours(d, t, draft);
	test_bad_files(t, draft);
	test_failure(d, t);
	free(draft);
	draft_free(d);
	template_free(t);
	rmdir(folder);
	return tap_done();
}
