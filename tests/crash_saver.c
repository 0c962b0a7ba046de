/* crash_saver.c — the saver that tests/cli/crash-save.sh kills.
 *
 *   crash_saver emit SOURCE A B     write the two versions' texts to A, B
 *   crash_saver loop SOURCE DRAFT   save A, B, A, B ... over DRAFT, forever
 *   crash_saver save-b SOURCE DRAFT save B over DRAFT once
 *   crash_saver check DRAFT         exit 0 when DRAFT loads
 *
 * Version A is the draft SOURCE as loaded; version B has another title and its
 * summary written twice, so that the two differ in length as well.  Both
 * go through storage's draft_file_save(), as the form's saves do. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "forms/value.h"
#include "lib/xalloc.h"
#include "storage/draft_file.h"
#include "storage/draft_yaml.h"
#include "storage/file.h"

/* Return version B of draft A of template T.  Caller frees. */
static struct draft *
version_b(const struct draft *a, const struct template *t)
{
	struct draft *b = draft_copy(a);
	const char *summary = draft_get_text(a, "summary");
	char *twice = xasprintf("%s%s", summary ? summary : "",
	    summary ? summary : "");

	value_set_text(draft_put(b, t, "title"), "版本 B：換過的名稱");
	value_set_text(draft_put(b, t, "summary"), twice);
	free(twice);
	return b;
}

/* Write the emitted text of D (a draft of T) to PATH.  Return 0 or -1. */
static int
emit_to(const char *path, const struct draft *d, const struct template *t)
{
	size_t len;
	char *text = draft_yaml_emit(d, t, &len), *error = NULL;
	int r = file_save_atomic(path, text, len, 0600, &error);

	if (r != 0)
		fprintf(stderr, "crash_saver: %s\n", error);
	free(error);
	free(text);
	return r;
}

/* Save D (a draft of T) over PATH once.  Return 0, or 1 on failure. */
static int
save_once(const char *path, const struct draft *d, const struct template *t)
{
	char *error = NULL;

	if (draft_file_save(path, d, t, &error) == 0)
		return 0;
	fprintf(stderr, "crash_saver: %s\n", error);
	free(error);
	return 1;
}

/* Save A and B over PATH in turn until killed; return 1 on a failed save. */
static int
save_forever(const char *path, const struct draft *a,
    const struct draft *b, const struct template *t)
{
	unsigned long n;

	for (n = 0;; n++)
		if (save_once(path, n % 2 ? b : a, t) != 0)
			return 1;
}

int
main(int argc, char **argv)
{
	struct problem_list errors;
	struct draft *a = NULL, *b;
	struct template *t = NULL;
	int status = 2;

	if (argc < 3) {
		fputs("usage: crash_saver emit|loop|save-b|check SOURCE "
		    "[DRAFT|A B]\n", stderr);
		return 2;
	}
	problem_list_init(&errors);
	if (draft_file_load(argv[2], &a, &t, &errors) != 0) {
		fprintf(stderr, "crash_saver: %s does not load: %s\n", argv[2],
		    errors.n > 0 ? errors.items[0].message : "?");
		problem_list_free(&errors);
		return 1;
	}
	b = version_b(a, t);
	if (strcmp(argv[1], "check") == 0)
		status = 0;
	else if (strcmp(argv[1], "emit") == 0 && argc == 5)
		status = emit_to(argv[3], a, t) || emit_to(argv[4], b, t);
	else if (strcmp(argv[1], "save-b") == 0 && argc == 4)
		status = save_once(argv[3], b, t);
	else if (strcmp(argv[1], "loop") == 0 && argc == 4)
		status = save_forever(argv[3], a, b, t);
	draft_free(b);
	draft_free(a);
	template_free(t);
	problem_list_free(&errors);
	return status;
}
