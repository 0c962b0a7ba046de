/* fuzz_template.c — the template reader on any bytes: never crash or
 * leak; a template it accepts has every member a template must have, and
 * gives an empty draft that emits, loads back, validates and prints. */
#include <config.h>

#include <string.h>

#include "fuzz/fuzz.h"
#include "forms/validate.h"
#include "storage/draft_yaml.h"
#include "storage/print.h"
#include "storage/template_yaml.h"

/* Check what an empty draft of T goes through: emit, load, validate,
 * print. */
static void
check_empty_draft(const struct template *t)
{
	struct problem_list problems;
	struct print_options o;
	struct print_copy *c;
	struct draft *d, *again;
	char *text;
	size_t len;

	problem_list_init(&problems);
	d = draft_new(t);
	text = draft_yaml_emit(d, t, &len);
	again = draft_yaml_load(text, len, &problems);
	FUZZ_CHECK(again != NULL);
	FUZZ_CHECK(draft_yaml_check_shapes(again, t, &problems) == 0);
	draft_validate(again, t, &problems);
	print_options_init(&o);
	c = print_layout(again, t, &o);
	fuzz_check_printable(c->text, c->len, o.columns);
	print_copy_free(c);
	draft_free(again);
	free(text);
	draft_free(d);
	problem_list_free(&problems);
}

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
		check_empty_draft(t);
		template_free(t);
	}
	problem_list_free(&errors);
	return 0;
}
