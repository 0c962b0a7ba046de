/* fuzz_template.c — the template reader: never crash, and a template it
 * accepts has every member a template must have. */
#include <config.h>

#include "fuzz/fuzz.h"
#include "storage/template_yaml.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct problem_list errors;
	struct template *t;
	size_t i;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	problem_list_init(&errors);
	t = template_yaml_load((const char *)data, size, &errors);
	FUZZ_CHECK(t != NULL || errors.n > 0);
	if (t != NULL) {
		FUZZ_CHECK(t->id != NULL && t->name != NULL && t->n_fields > 0);
		for (i = 0; i < t->n_fields; i++)
			FUZZ_CHECK(t->fields[i].id != NULL
			    && t->fields[i].label != NULL);
	}
	template_free(t);
	problem_list_free(&errors);
	return 0;
}
