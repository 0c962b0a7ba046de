/* fuzz_templates.c — the two shipped templates, read once for the targets
 * that need them (see fuzz.h). */
#include <config.h>

#include "fuzz/fuzz.h"

#include "forms/problem.h"
#include "lib/xalloc.h"
#include "storage/file.h"
#include "storage/template_yaml.h"

/* Return the template in the file NAME of FUZZ_TEMPLATES_DIR, or abort:
 * without it the target cannot run. */
static struct template *
load_one(const char *name)
{
	struct problem_list errors;
	struct template *t;
	char *path, *data, *error = NULL;
	size_t len;

	path = xasprintf("%s/%s", FUZZ_TEMPLATES_DIR, name);
	if (file_read(path, FILE_MAX_SIZE, &data, &len, &error) != 0) {
		fprintf(stderr, "fuzz: %s\n", error);
		abort();
	}
	problem_list_init(&errors);
	t = template_yaml_load(data, len, &errors);
	if (t == NULL) {
		fprintf(stderr, "fuzz: %s does not load\n", path);
		abort();
	}
	problem_list_free(&errors);
	free(data);
	free(path);
	return t;
}

const struct template *
fuzz_template(size_t i)
{
	static struct template *shipped[FUZZ_N_TEMPLATES];

	if (shipped[0] == NULL) {
		shipped[0] = load_one("taichung.yaml");
		shipped[1] = load_one("national.yaml");
	}
	return shipped[i % FUZZ_N_TEMPLATES];
}
